import { describe, expect, it } from 'vitest';

import { PAGE_SIZE, boundedText, pageSizeSchema } from './limits.js';

describe('pageSizeSchema', () => {
  it('accepts page sizes from 1 up to the cap', () => {
    for (const size of [1, PAGE_SIZE.default, PAGE_SIZE.max]) {
      expect(pageSizeSchema.safeParse(size)).toEqual({ success: true, data: size });
    }
  });

  it('rejects sizes outside 1..100, naming the cap and the value', () => {
    for (const size of [0, -5, 101, 1000]) {
      const result = pageSizeSchema.safeParse(size);
      expect(result.error?.issues[0]?.message).toBe(
        `Must be between 1 and 100 (the page size cap is 100); got ${size}`,
      );
    }
  });

  it('treats huge integers as out of range rather than fractional', () => {
    expect(pageSizeSchema.safeParse(2 ** 60).error?.issues[0]?.message).toBe(
      `Must be between 1 and 100 (the page size cap is 100); got ${2 ** 60}`,
    );
  });

  it('rejects fractions', () => {
    expect(pageSizeSchema.safeParse(2.5).error?.issues[0]?.message).toBe('Must be a whole number');
  });
});

describe('boundedText', () => {
  const venue = boundedText(10);

  it('trims the text', () => {
    expect(venue.safeParse('  City Hall ')).toEqual({ success: true, data: 'City Hall' });
  });

  it('counts the limit after trimming', () => {
    expect(venue.safeParse(`   ${'가'.repeat(10)}   `).success).toBe(true);
    expect(venue.safeParse('가'.repeat(11)).error?.issues[0]?.message).toBe('Must be at most 10 characters');
  });

  it('rejects empty and whitespace-only text unless empty is allowed', () => {
    expect(venue.safeParse('   ').error?.issues[0]?.message).toBe('This field is required');
    expect(boundedText(10, { allowEmpty: true }).safeParse('   ')).toEqual({
      success: true,
      data: '',
    });
  });

  it('says a missing text is required', () => {
    expect(venue.safeParse(undefined).error?.issues[0]?.message).toBe('This field is required');
    expect(venue.safeParse(42).error?.issues[0]?.message).toBe('Must be text');
  });

  it('keeps emoji, joiners and marks, and refuses a NUL or half a surrogate pair', () => {
    for (const text of ['👩‍👩‍👧', 'e\u0301', '\u200f서울', '𐀀가']) expect(venue.safeParse(text).data).toBe(text);
    for (const text of ['a\u0000b', '\ud800', 'x\udc00', '\udc00\ud800']) {
      expect(venue.safeParse(text).error?.issues[0]?.message).toBe(
        'Contains a character that is not text (a NUL or an unpaired surrogate)',
      );
    }
  });
});
