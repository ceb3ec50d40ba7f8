// Size limits shared by the API, the dashboard forms and the widget, so that a text the dashboard
// accepts is never refused by the API.
import { z } from 'zod';

import { failsWith, inEnglish, problem } from './problems.js';
import { isStorableText } from './rules.js';

// Lengths are counted in UTF-16 code units (String#length), which is never less than the count of
// characters a database column sees, so a text that passes here also fits there.
export const TEXT_LIMITS = {
  name: 200,
  title: 200,
  summary: 500,
  description: 20000,
  body: 20000,
  target: 300,
  consentText: 2000,
  consentVersion: 40,
  venue: 200,
  address: 500,
} as const;

// The cap keeps a single list page cheap to build, in the manner of GitHub's 1..100.
export const PAGE_SIZE = { default: 20, max: 100 } as const;

// Refinements rather than z.int().min().max(), so that every size out of range, huge integers
// included, is the one problem that names the cap.
export const pageSizeSchema = z
  .number({ error: inEnglish })
  .refine(Number.isInteger, { ...failsWith(problem('notWholeNumber')), abort: true })
  .refine(
    (size) => size >= 1 && size <= PAGE_SIZE.max,
    failsWith(problem('pageSizeOutOfRange', { max: PAGE_SIZE.max })),
  );

export interface BoundedTextOptions {
  /** Accept the empty string, for texts such as a description that may be left blank. */
  allowEmpty?: boolean;
}

/** Refuses a text holding a NUL or half a surrogate pair (see isStorableText). */
export const storableText = failsWith(problem('notStorableText'));

/** A trimmed string of at most `max` characters; empty only when allowed. */
export function boundedText(max: number, options: BoundedTextOptions = {}) {
  const text = z.string({ error: inEnglish }).trim().max(max).refine(isStorableText, storableText);
  return options.allowEmpty === true ? text : text.min(1);
}
