// Slugs name campaigns, appeals and organisations in URLs and in the widget's embed code, so they
// must stay readable and survive being typed by hand.
import { z } from 'zod';

export const SLUG_MIN_LENGTH = 2;
export const SLUG_MAX_LENGTH = 64;

export const slugSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'A slug is required' : 'A slug must be text') })
  .trim()
  .min(SLUG_MIN_LENGTH, `A slug must be at least ${SLUG_MIN_LENGTH} characters`)
  .max(SLUG_MAX_LENGTH, `A slug must be at most ${SLUG_MAX_LENGTH} characters`)
  .regex(
    /^[a-z0-9-]*$/,
    'A slug uses lowercase letters, digits and single hyphens, like "korea-peace-appeal"',
  )
  .regex(/^(?!-)(?!.*-$)/, 'A slug must not start or end with a hyphen')
  .regex(/^(?!.*--)/, 'A slug must not contain two hyphens in a row, like "korea-peace-appeal"');
