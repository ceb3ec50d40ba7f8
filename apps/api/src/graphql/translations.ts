import { SUPPORTED_LOCALES, localeSchema, problem } from '@chorus/domain';
import { fieldProblem, ValidationError } from '../modules/errors.js';
import { builder } from './builder.js';

export const localeArgs = builder.args((t) => ({
  locale: t
    .string({
      required: false,
      description: `The language wanted: one of ${SUPPORTED_LOCALES.join(', ')}. Falls back to the item's default locale when it has no text in this one.`,
    })
    .validate(localeSchema),
}));

/**
 * Inputs give texts as a list of { locale, …texts }; services take them keyed by locale. A locale
 * given twice is an input mistake.
 */
export function translationsFromList<T extends { locale: string }>(
  list: readonly T[] | null | undefined,
): Record<string, Omit<T, 'locale'>> | undefined {
  if (!list) return undefined;
  const byLocale: Record<string, Omit<T, 'locale'>> = {};
  for (const { locale, ...texts } of list) {
    if (locale in byLocale) {
      throw new ValidationError([
        fieldProblem(['translations', locale], problem('duplicateLocale', { locale })),
      ]);
    }
    byLocale[locale] = texts;
  }
  return byLocale;
}
