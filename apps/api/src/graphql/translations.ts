import { SUPPORTED_LOCALES, localeSchema } from '@chorus/domain';
import { builder } from './builder.js';

export const localeArgs = builder.args((t) => ({
  locale: t
    .string({
      required: false,
      description: `The language wanted: one of ${SUPPORTED_LOCALES.join(', ')}. Falls back to the item's default locale when it has no text in this one.`,
    })
    .validate(localeSchema),
}));
