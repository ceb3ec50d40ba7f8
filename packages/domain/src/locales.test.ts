import { describe, expect, it } from 'vitest';

import {
  DEFAULT_LOCALE,
  LOCALE_NAMES,
  SUPPORTED_LOCALES,
  isLocale,
  localeFromAcceptLanguage,
  localeSchema,
} from './locales.js';

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
    expect(result.error?.issues[0]?.message).toBe('This field is required');
  });
});

describe('localeFromAcceptLanguage', () => {
  it('takes the supported language asked for most, region subtags aside', () => {
    expect(localeFromAcceptLanguage('ko')).toBe('ko');
    expect(localeFromAcceptLanguage('ja-JP')).toBe('ja');
    expect(localeFromAcceptLanguage('ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('ko');
    expect(localeFromAcceptLanguage('fr-CH, fr;q=0.9, ja;q=0.8, en;q=0.7')).toBe('ja');
  });

  it('honours q-values whatever the order, and the order between equal ones', () => {
    expect(localeFromAcceptLanguage('en;q=0.5, ko;q=0.8')).toBe('ko');
    expect(localeFromAcceptLanguage('ja;q=0.8, ko;q=0.8')).toBe('ja');
    expect(localeFromAcceptLanguage('EN;Q=0.1, JA')).toBe('ja');
  });

  it('never picks a language refused with q=0', () => {
    expect(localeFromAcceptLanguage('ko;q=0')).toBe('en');
    expect(localeFromAcceptLanguage('en;q=0, *')).toBe('ko');
    expect(localeFromAcceptLanguage('*;q=0.5, ja')).toBe('ja');
  });

  it('falls back to English for nothing, nothing supported, or nonsense', () => {
    for (const header of [undefined, null, '', 'fr, de;q=0.9', '*', 'ko;q=2', 'ko;q=abc', ';;,', 'k o']) {
      expect(localeFromAcceptLanguage(header), String(header)).toBe('en');
    }
  });
});
