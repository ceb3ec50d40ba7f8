// The languages a campaign can be published in. Adding one here widens every translated text,
// so the dashboard, the API and the widget all learn about it at once.
import { z } from 'zod';

import { failsWith, problem } from './problems.js';

export const SUPPORTED_LOCALES = ['en', 'ko', 'ja'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

// Endonyms, so that readers find their own language in a picker whatever language the page is in.
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  ko: '한국어',
  ja: '日本語',
};

export function isLocale(value: string): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** An unsupported locale: the problem names the supported ones. */
export const unsupportedLocale = problem('unsupportedLocale', { allowed: SUPPORTED_LOCALES.join(', ') });

// A custom check rather than z.enum, so that the problem is `unsupportedLocale` (a missing locale
// is `required`) and not a generic "not one of".
export const localeSchema = z.custom<Locale>(
  (value) => typeof value === 'string' && isLocale(value),
  failsWith(unsupportedLocale),
);

interface LanguageRange {
  tag: string;
  quality: number;
}

function languageRanges(header: string): LanguageRange[] {
  const ranges: LanguageRange[] = [];
  for (const part of header.split(',')) {
    const [tag = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    if (!/^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/i.test(tag)) continue;
    let quality = 1;
    for (const parameter of parameters) {
      const q = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i.exec(parameter);
      if (q?.[1] !== undefined) quality = Number(q[1]);
      else if (/^q=/i.test(parameter)) quality = -1;
    }
    if (quality >= 0) ranges.push({ tag: tag.toLowerCase(), quality });
  }
  return ranges;
}

/**
 * The supported locale an `Accept-Language` header asks for most (RFC 9110: highest q-value first,
 * then the order given): `ko-KR` matches `ko`, `*` any locale not refused with `q=0`. Malformed
 * entries are ignored, and with no match the answer is the default locale.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = languageRanges(header);
  const refused = new Set(ranges.filter((range) => range.quality === 0).map((range) => range.tag));
  const wanted = ranges
    .filter((range) => range.quality > 0)
    // Array#sort is stable, so ranges of equal quality keep the order the client gave.
    .sort((a, b) => b.quality - a.quality);
  for (const { tag } of wanted) {
    if (tag === '*') {
      const any = [DEFAULT_LOCALE, ...SUPPORTED_LOCALES].find((locale) => !refused.has(locale));
      if (any) return any;
      continue;
    }
    const language = tag.split('-')[0] ?? '';
    if (isLocale(language) && !refused.has(language)) return language;
  }
  return DEFAULT_LOCALE;
}
