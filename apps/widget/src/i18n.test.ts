import { SUPPORTED_LOCALES } from '@chorus/domain';
import { describe, expect, it } from 'vitest';
import { chooseLocale, MESSAGES } from './i18n.js';

describe('chooseLocale', () => {
  it('takes the first supported language: attribute, then <html lang>, then the browser', () => {
    expect(chooseLocale(['ko', 'en', 'ja'])).toBe('ko');
    expect(chooseLocale([null, 'ja', 'en-US'])).toBe('ja');
    expect(chooseLocale([null, '', 'fr-FR', 'ko-KR'])).toBe('ko');
  });

  it('reads region and script subtags and any case', () => {
    expect(chooseLocale(['ja-JP'])).toBe('ja');
    expect(chooseLocale(['KO_kr'])).toBe('ko');
    expect(chooseLocale([' en-GB '])).toBe('en');
  });

  it('falls back to English when nothing is supported', () => {
    expect(chooseLocale(['fr', 'de-DE', undefined])).toBe('en');
    expect(chooseLocale([])).toBe('en');
  });

  it('does not mistake object property names for languages', () => {
    expect(chooseLocale(['constructor', 'toString', 'ja'])).toBe('ja');
  });
});

describe('MESSAGES', () => {
  it('has every message in every language Chorus supports', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    const keys = Object.keys(MESSAGES.en).sort();
    for (const locale of SUPPORTED_LOCALES) expect(Object.keys(MESSAGES[locale]).sort()).toEqual(keys);
  });

  it('counts in each language', () => {
    expect(MESSAGES.en.signatures('1', 1)).toBe('1 signature');
    expect(MESSAGES.en.signatures('12,345', 12345)).toBe('12,345 signatures');
    expect(MESSAGES.ko.signatures('12,345', 12345)).toBe('12,345명 서명');
    expect(MESSAGES.ja.signatures('12,345', 12345)).toBe('12,345人が署名');
  });
});
