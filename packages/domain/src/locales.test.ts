import { describe, expect, it } from 'vitest';

import { DEFAULT_LOCALE, LOCALE_NAMES, SUPPORTED_LOCALES, isLocale, localeSchema } from './locales.js';

describe('locales', () => {
  it('recognises exactly the supported locales', () => {
    expect(SUPPORTED_LOCALES.every(isLocale)).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale('EN')).toBe(false);
    expect(isLocale('en-US')).toBe(false);
    expect(isLocale(DEFAULT_LOCALE)).toBe(true);
  });

  it('names every supported locale in its own language', () => {
    expect(SUPPORTED_LOCALES.map((locale) => LOCALE_NAMES[locale])).toEqual(['English', '한국어', '日本語']);
  });

  it('accepts a supported locale', () => {
    expect(localeSchema.safeParse('ko')).toEqual({ success: true, data: 'ko' });
  });

  it('rejects an unsupported locale, naming it and the supported ones', () => {
    const result = localeSchema.safeParse('fr');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Unsupported locale "fr": supported locales are en, ko, ja',
    );
  });

  it('says a missing locale is required rather than calling it "undefined"', () => {
    const result = localeSchema.safeParse(undefined);
    expect(result.error?.issues[0]?.message).toBe('A locale is required: supported locales are en, ko, ja');
  });
});
