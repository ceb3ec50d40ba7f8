import { pickTranslation, type Locale, type Translations } from '@chorus/domain';

export interface Translatable<T> {
  defaultLocale: Locale;
  translations: Translations<T>;
}

/**
 * The text in the requested locale, else in the item's default locale, else any it has.
 * Every stored item has at least one translation (the domain schemas require the default
 * locale), so a miss here is a broken row and is reported as such.
 */
export function translate<T>(
  item: Translatable<T> & { id: string },
  locale: Locale | null | undefined,
): T & { locale: Locale } {
  const picked = pickTranslation(item.translations, locale, item.defaultLocale);
  if (!picked) throw new Error(`Item ${item.id} has no translation at all`);
  return { ...picked.text, locale: picked.locale };
}

export function availableLocales(translations: Translations<unknown>): Locale[] {
  return (Object.keys(translations) as Locale[]).filter((locale) => translations[locale] !== undefined);
}

/** A change to an item's texts: locales given replace theirs, locales listed are removed. */
export interface TranslationsPatch {
  translations?: Partial<Record<string, unknown>>;
  removeLocales?: string[];
}

/**
 * Splits a patch into its texts, merged into the current ones, and its other fields. The result
 * is checked afterwards with the entity's domain schema, which refuses unknown locales.
 */
export function mergeTranslations<P extends TranslationsPatch>(
  current: Partial<Record<string, unknown>>,
  patch: P,
): { translations: Record<string, unknown>; fields: Omit<P, keyof TranslationsPatch> } {
  const { translations: given, removeLocales, ...fields } = patch;
  const translations: Record<string, unknown> = { ...current, ...(given ?? {}) };
  for (const locale of removeLocales ?? []) delete translations[locale];
  return { translations, fields };
}
