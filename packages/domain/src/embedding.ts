// Which sites may embed an appeal's widget: a list of exact web origins, as browsers send them in
// the Origin header. An empty list lets any site embed it.
import { z } from 'zod';

import { inEnglish, issueFor, problem, type Problem } from './problems.js';

export const EMBED_ORIGINS_MAX = 100;

// Scheme, host and an optional port, and nothing else: what `new URL(…).origin` gives.
const ORIGIN_SHAPE =
  /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/** Why this is not an origin a browser would send, or null when it is one. */
export function embedOriginProblem(value: string): Problem | null {
  if (!ORIGIN_SHAPE.test(value)) {
    return /^https?:\/\/[^/]+\/./.test(value) || value.endsWith('/')
      ? problem('originHasPath', { value })
      : problem('originMalformed', { value });
  }
  let origin: string;
  try {
    origin = new URL(value).origin;
  } catch {
    return problem('originInvalidHostOrPort', { value });
  }
  // Browsers leave a default port out of the Origin header; a list entry with it would never match.
  if (origin !== value) return problem('originNotAsBrowsersWrite', { value, origin });
  return null;
}

export const embedOriginSchema = z.string({ error: inEnglish }).superRefine((value, ctx) => {
  const found = embedOriginProblem(value);
  if (found) ctx.addIssue(issueFor(found));
});

export const embedOriginsSchema = z
  .array(embedOriginSchema, { error: inEnglish })
  .max(EMBED_ORIGINS_MAX)
  .transform((origins) => [...new Set(origins)]);

/**
 * Whether a page from `origin` may embed (and sign) an appeal with these allowed origins. An empty
 * list allows every site; Chorus's own site is always allowed.
 */
export function embeddingAllowed(
  allowedOrigins: readonly string[],
  origin: string,
  ownOrigin: string | null = null,
): boolean {
  return allowedOrigins.length === 0 || origin === ownOrigin || allowedOrigins.includes(origin);
}
