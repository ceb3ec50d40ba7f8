// Size limits shared by the API, the dashboard forms and the widget, so that a text the dashboard
// accepts is never refused by the API.
import { z } from 'zod';

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

function pageSizeRangeMessage(value: unknown): string {
  return `first must be between 1 and ${PAGE_SIZE.max} (the page size cap is ${PAGE_SIZE.max}); got ${String(value)}`;
}

export const pageSizeSchema = z
  .int({
    // z.int() also refuses integers beyond Number.MAX_SAFE_INTEGER; those are out of range, not fractional.
    error: (issue) =>
      issue.code === 'too_big' || issue.code === 'too_small'
        ? pageSizeRangeMessage(issue.input)
        : `first must be a whole number; got ${String(issue.input)}`,
  })
  .min(1, { error: (issue) => pageSizeRangeMessage(issue.input) })
  .max(PAGE_SIZE.max, { error: (issue) => pageSizeRangeMessage(issue.input) });

export interface BoundedTextOptions {
  /** Accept the empty string, for texts such as a description that may be left blank. */
  allowEmpty?: boolean;
}

/** The refusal of a text holding a NUL or half a surrogate pair (see isStorableText). */
export function notTextMessage(label: string): string {
  return `${label} contains a character that is not text (a NUL or an unpaired surrogate)`;
}

/** A trimmed string of at most `max` characters, with messages that name the field as `label`. */
export function boundedText(max: number, label: string, options: BoundedTextOptions = {}) {
  const text = z
    .string({
      error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be text`),
    })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .refine(isStorableText, notTextMessage(label));
  return options.allowEmpty === true ? text : text.min(1, `${label} must not be empty`);
}
