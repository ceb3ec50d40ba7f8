import { describe, expect, it } from 'vitest';
import { canonicalEmail, signatureInputSchema } from './signatures.js';

describe('canonicalEmail', () => {
  it('ignores case, whitespace and plus tags everywhere', () => {
    expect(canonicalEmail('  Min.Ji+Peace@Example.ORG ')).toBe('min.ji@example.org');
  });
  it('ignores dots for Gmail, and treats googlemail.com as gmail.com', () => {
    expect(canonicalEmail('Kim.Min.Ji+appeal@googlemail.com')).toBe('kimminji@gmail.com');
    expect(canonicalEmail('k.i.m@gmail.com')).toBe(canonicalEmail('kim@gmail.com'));
  });
  it('keeps dots for other providers', () => {
    expect(canonicalEmail('kim.minji@example.org')).not.toBe(canonicalEmail('kimminji@example.org'));
  });
});

describe('signatureInputSchema', () => {
  const valid = {
    appealSlug: 'korea-peace-appeal',
    name: 'Kim Min-ji',
    email: 'minji@example.org',
    country: 'kr',
    locale: 'ko',
    consentToLead: true,
    consentToPartner: false,
    consentVersion: 'v1',
  };

  it('accepts a minimal signature and normalises it', () => {
    const parsed = signatureInputSchema.parse(valid);
    expect(parsed).toMatchObject({
      country: 'KR',
      postcode: null,
      comment: null,
      partnerSlug: null,
      utm: null,
    });
  });

  it('refuses names with web addresses or formula characters', () => {
    for (const [name, message] of [
      ['Visit https://spam.example', 'A name cannot contain a web address'],
      ['=HYPERLINK("x")', 'A name cannot start with = + - or @'],
      ['@everyone', 'A name cannot start with = + - or @'],
      ['   ', 'This field is required'],
    ] as const) {
      const result = signatureInputSchema.safeParse({ ...valid, name });
      expect(result.error?.issues[0]).toMatchObject({ path: ['name'], message });
    }
  });

  it('names each bad field', () => {
    const result = signatureInputSchema.safeParse({ ...valid, email: 'nope', country: 'XX', locale: 'fr' });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['email', 'country', 'locale']);
  });
});
