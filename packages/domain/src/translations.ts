// Texts that readers see are written once per locale and stored side by side, so a campaign can be
// published in Korean first and gain English and Japanese later.
import { z } from 'zod';

import { TEXT_LIMITS, boundedText } from './limits.js';
import { SUPPORTED_LOCALES, isLocale, unsupportedLocale, type Locale } from './locales.js';
import { failsWith, inEnglish, problem } from './problems.js';

export type Translations<T> = Partial<Record<Locale, T>>;

/**
 * The text to show a reader: the locale they asked for, else the entity's own default locale,
 * else whichever supported locale exists first, so a reader always sees something if anything
 * was written at all.
 */
export function pickTranslation<T>(
  translations: Translations<T>,
  requested: Locale | null | undefined,
  fallback: Locale,
): { locale: Locale; text: T } | null {
  for (const locale of [requested, fallback, ...SUPPORTED_LOCALES]) {
    if (locale === null || locale === undefined) continue;
    const text = translations[locale];
    // Rows read back from JSON may hold null for a locale that was cleared; that is no translation.
    if (text !== undefined && text !== null) return { locale, text };
  }
  return null;
}

function withoutMissingTranslations<T>(
  translations: Partial<Record<Locale, T | null | undefined>>,
): Translations<T> {
  const present: Translations<T> = {};
  for (const locale of SUPPORTED_LOCALES) {
    const text = translations[locale];
    if (text !== undefined && text !== null) present[locale] = text;
  }
  return present;
}

/**
 * Texts keyed by locale: at least one locale, no unsupported ones. A locale given as null or
 * undefined counts as absent and is dropped, because a GraphQL client may send null for a locale
 * it has no text for. Whether the entity's default locale is present is checked by the
 * entity schema, which knows that default.
 */
export function translationsSchema<TextSchema extends z.ZodType>(textSchema: TextSchema) {
  // The key is checked with isLocale rather than localeSchema: with an enum key zod reports all
  // unknown keys as one issue on the record, while this way each gets its own issue at its own path.
  return z
    .partialRecord(z.string().refine(isLocale, failsWith(unsupportedLocale)), textSchema.nullish(), {
      error: inEnglish,
    })
    .transform((translations) => withoutMissingTranslations<z.output<TextSchema>>(translations))
    .refine(
      (translations) => Object.keys(translations).length > 0,
      failsWith(problem('translationRequired', { allowed: SUPPORTED_LOCALES.join(', ') })),
    );
}

export const campaignTextSchema = z.object({
  title: boundedText(TEXT_LIMITS.title),
  summary: boundedText(TEXT_LIMITS.summary),
  description: boundedText(TEXT_LIMITS.description, { allowEmpty: true }),
});
export type CampaignText = z.infer<typeof campaignTextSchema>;

export const appealTextSchema = z.object({
  title: boundedText(TEXT_LIMITS.title),
  body: boundedText(TEXT_LIMITS.body),
  // Who the appeal is addressed to, e.g. a ministry or a company board.
  target: boundedText(TEXT_LIMITS.target),
  // What signers agree to; an empty consent text would make every signature's consent meaningless.
  consentText: boundedText(TEXT_LIMITS.consentText),
});
export type AppealText = z.infer<typeof appealTextSchema>;

export const eventTextSchema = z.object({
  title: boundedText(TEXT_LIMITS.title),
  description: boundedText(TEXT_LIMITS.description, { allowEmpty: true }),
});
export type EventText = z.infer<typeof eventTextSchema>;
