import { describe, expect, it } from 'vitest';

import { emailSchema, httpUrlSchema } from './contact.js';

describe('emailSchema', () => {
  it('trims and lower-cases the domain but keeps the local part as typed', () => {
    expect(emailSchema.safeParse('  Min-Ji.Kim@Peace-Network.OR.KR ')).toEqual({
      success: true,
      data: 'Min-Ji.Kim@peace-network.or.kr',
    });
  });

  it('rejects malformed addresses with an example', () => {
    for (const address of ['min-ji', 'min-ji@', '@example.org', 'min-ji@example', 'min ji@example.org', '']) {
      const result = emailSchema.safeParse(address);
      expect(result.error?.issues[0]?.message, address).toBe(
        'Enter a valid email address, like name@example.org',
      );
    }
  });

  it('rejects addresses longer than 254 characters', () => {
    const address = `${'a'.repeat(64)}@${'b'.repeat(180)}.example.org`;
    expect(address.length).toBeGreaterThan(254);
    expect(emailSchema.safeParse(address).error?.issues[0]?.message).toBe('Must be at most 254 characters');
  });
});

describe('httpUrlSchema', () => {
  it('accepts absolute http and https URLs, trimmed', () => {
    expect(httpUrlSchema.safeParse(' https://peace-network.example.org/about?lang=ko ')).toEqual({
      success: true,
      data: 'https://peace-network.example.org/about?lang=ko',
    });
    expect(httpUrlSchema.safeParse('http://example.org').success).toBe(true);
  });

  it('rejects other schemes, relative URLs and bare domains with an example', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'ftp://example.org',
      '/about',
      'example.org',
    ]) {
      const result = httpUrlSchema.safeParse(url);
      expect(result.error?.issues[0]?.message, url).toBe(
        'Use an absolute http(s) URL, like https://example.org',
      );
    }
  });

  it('rejects URLs longer than 2048 characters', () => {
    const url = `https://example.org/${'a'.repeat(2048)}`;
    expect(httpUrlSchema.safeParse(url).error?.issues[0]?.message).toBe('Must be at most 2,048 characters');
  });
});
