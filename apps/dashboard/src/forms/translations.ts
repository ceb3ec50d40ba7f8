// Turning the side-by-side texts of a form into the API's translation inputs and back.
import { SUPPORTED_LOCALES, type Locale } from '@chorus/domain';

export type TextsByLocale<Key extends string> = Record<Locale, Record<Key, string>>;

export function emptyTexts<Key extends string>(keys: readonly Key[]): TextsByLocale<Key> {
  const blank = () => Object.fromEntries(keys.map((key) => [key, ''])) as Record<Key, string>;
  return { en: blank(), ko: blank(), ja: blank() };
}

/** The languages the person wrote anything in. */
export function writtenLocales<Key extends string>(texts: TextsByLocale<Key>): Locale[] {
  return SUPPORTED_LOCALES.filter((locale) =>
    Object.values<string>(texts[locale]).some((text) => text.trim()),
  );
}

/** Texts keyed by locale, as the shared zod schemas expect them (only written languages). */
export function textsForSchema<Key extends string>(
  texts: TextsByLocale<Key>,
): Partial<Record<Locale, Record<Key, string>>> {
  return Object.fromEntries(writtenLocales(texts).map((locale) => [locale, trimmed(texts[locale])]));
}

/** The API's list of translation inputs (only written languages). */
export function translationInputs<Key extends string>(
  texts: TextsByLocale<Key>,
): (Record<Key, string> & { locale: Locale })[] {
  return writtenLocales(texts).map((locale) => ({ locale, ...trimmed(texts[locale]) }));
}

function trimmed<Key extends string>(texts: Record<Key, string>): Record<Key, string> {
  return Object.fromEntries(Object.entries<string>(texts).map(([key, text]) => [key, text.trim()])) as Record<
    Key,
    string
  >;
}

/** A slug from a title in Latin letters: "Korea Peace Now!" → "korea-peace-now"; empty for other scripts. */
export function slugFrom(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
