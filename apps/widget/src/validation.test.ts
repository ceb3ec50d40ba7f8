// The widget's checks must agree with the API's: each case is also run through the domain's zod
// schema, which is what the API applies.
import { signatureInputSchema } from '@chorus/domain';
import { describe, expect, it } from 'vitest';
import { checkSignature, type FormValues } from './validation.js';

const valid: FormValues = {
  name: 'Kim Min-ji',
  email: 'minji@example.org',
  country: 'KR',
  postcode: '',
  comment: '',
};

function serverAccepts(values: FormValues): boolean {
  return signatureInputSchema.safeParse({
    ...values,
    appealSlug: 'korea-peace-appeal',
    locale: 'ko',
    consentToLead: false,
    consentToPartner: false,
    consentVersion: 'v1',
  }).success;
}

describe('checkSignature', () => {
  it('accepts what the API accepts', () => {
    for (const values of [
      valid,
      { ...valid, name: '김민지', email: 'Min.Ji+peace@Example.OR.KR', postcode: '03187', comment: '평화!' },
      { ...valid, name: 'O’Brien-Nakamura 中村', country: 'JP' },
    ]) {
      expect(checkSignature(values)).toEqual({});
      expect(serverAccepts(values)).toBe(true);
    }
  });

  it('names each problem at its field', () => {
    expect(checkSignature({ name: ' ', email: '', country: '', postcode: '', comment: '' })).toEqual({
      name: { kind: 'required' },
      email: { kind: 'required' },
      country: { kind: 'chooseOne' },
    });
  });

  it('refuses what the API refuses, for the same reasons', () => {
    const cases: [Partial<FormValues>, object][] = [
      [{ name: 'Visit www.spam.example' }, { name: { kind: 'webAddress' } }],
      [{ name: 'see https://x.example' }, { name: { kind: 'webAddress' } }],
      [{ name: '=HYPERLINK("x")' }, { name: { kind: 'formula' } }],
      [{ name: '@minji' }, { name: { kind: 'formula' } }],
      [{ name: 'a'.repeat(201) }, { name: { kind: 'tooLong', max: 200 } }],
      [{ email: 'min-ji@example' }, { email: { kind: 'invalidEmail' } }],
      [{ email: 'min ji@example.org' }, { email: { kind: 'invalidEmail' } }],
      [{ email: `${'a'.repeat(250)}@example.org` }, { email: { kind: 'tooLong', max: 254 } }],
      [{ country: 'XK' }, { country: { kind: 'chooseOne' } }],
      [{ postcode: '1'.repeat(21) }, { postcode: { kind: 'tooLong', max: 20 } }],
      [{ comment: 'x'.repeat(1001) }, { comment: { kind: 'tooLong', max: 1000 } }],
    ];
    for (const [change, problems] of cases) {
      const values = { ...valid, ...change };
      expect(checkSignature(values), JSON.stringify(change)).toEqual(problems);
      expect(serverAccepts(values), JSON.stringify(change)).toBe(false);
    }
  });
});

describe('fields the appeal requires', () => {
  it('must be filled in when the appeal asks for them', () => {
    const values = {
      name: 'Min-ji Park',
      email: 'minji@example.org',
      country: 'KR',
      postcode: ' ',
      comment: '',
    };
    expect(checkSignature(values)).toEqual({});
    expect(checkSignature(values, ['postcode'])).toEqual({ postcode: { kind: 'required' } });
    expect(checkSignature({ ...values, postcode: '03172' }, ['postcode'])).toEqual({});
  });
});
