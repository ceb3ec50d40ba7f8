// The languages a campaign can be published in. Adding one here widens every translated text,
// so the dashboard, the API and the widget all learn about it at once.
import { z } from 'zod';

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

export function unsupportedLocaleMessage(value: unknown): string {
  // A missing locale is not an unsupported one; saying "undefined" would only puzzle the reader.
  if (value === undefined)
    return `A locale is required: supported locales are ${SUPPORTED_LOCALES.join(', ')}`;
  return `Unsupported locale "${String(value)}": supported locales are ${SUPPORTED_LOCALES.join(', ')}`;
}

export const localeSchema = z.enum(SUPPORTED_LOCALES, {
  error: (issue) => unsupportedLocaleMessage(issue.input),
});
