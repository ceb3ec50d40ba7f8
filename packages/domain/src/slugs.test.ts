import { describe, expect, it } from 'vitest';

import { SLUG_MAX_LENGTH, slugSchema } from './slugs.js';

function messages(value: unknown): string[] | undefined {
  return slugSchema.safeParse(value).error?.issues.map((issue) => issue.message);
}

describe('slugSchema', () => {
  it('accepts lowercase words joined by single hyphens', () => {
    for (const slug of ['korea-peace-appeal', 'seoul-2026', 'a1', 'x'.repeat(SLUG_MAX_LENGTH)]) {
      expect(slugSchema.safeParse(slug), slug).toEqual({ success: true, data: slug });
    }
  });

  it('trims surrounding whitespace', () => {
    expect(slugSchema.safeParse(' korea-peace-appeal\n')).toEqual({
      success: true,
      data: 'korea-peace-appeal',
    });
  });

  it('rejects slugs that are too short or too long', () => {
    expect(messages('a')).toEqual(['Must be at least 2 characters']);
    expect(messages('x'.repeat(SLUG_MAX_LENGTH + 1))).toEqual(['Must be at most 64 characters']);
  });

  it('rejects capitals, underscores, spaces and non-Latin letters with an example', () => {
    const expected = ['A slug uses lowercase letters, digits and single hyphens, like "korea-peace-appeal"'];
    expect(messages('Korea-Peace')).toEqual(expected);
    expect(messages('korea_peace')).toEqual(expected);
    expect(messages('korea peace')).toEqual(expected);
    expect(messages('평화')).toEqual(expected);
  });

  it('rejects hyphens at either end and doubled hyphens', () => {
    expect(messages('-korea')).toEqual(['A slug must not start or end with a hyphen']);
    expect(messages('korea-')).toEqual(['A slug must not start or end with a hyphen']);
    expect(messages('korea--peace')).toEqual([
      'A slug must not contain two hyphens in a row, like "korea-peace-appeal"',
    ]);
  });

  it('says a missing slug is required', () => {
    expect(messages(undefined)).toEqual(['This field is required']);
    expect(messages(7)).toEqual(['Must be text']);
  });
});
