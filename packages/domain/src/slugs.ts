// Slugs name campaigns, appeals and organisations in URLs and in the widget's embed code, so they
// must stay readable and survive being typed by hand.
import { z } from 'zod';

import { failsWith, inEnglish, problem } from './problems.js';

export const SLUG_MIN_LENGTH = 2;
export const SLUG_MAX_LENGTH = 64;

// Refinements rather than .regex(): each rule has its own problem code, which a regex issue
// (only "invalid format") could not carry.
export const slugSchema = z
  .string({ error: inEnglish })
  .trim()
  .min(SLUG_MIN_LENGTH)
  .max(SLUG_MAX_LENGTH)
  .refine((slug) => /^[a-z0-9-]*$/.test(slug), failsWith(problem('slugCharacters')))
  .refine((slug) => !slug.startsWith('-') && !slug.endsWith('-'), failsWith(problem('slugHyphenAtEdge')))
  .refine((slug) => !slug.includes('--'), failsWith(problem('slugDoubleHyphen')));
