// Which sites may embed an appeal's widget: a list of exact web origins, as browsers send them in
// the Origin header. An empty list lets any site embed it.
import { z } from 'zod';

export const EMBED_ORIGINS_MAX = 100;

// Scheme, host and an optional port, and nothing else: what `new URL(…).origin` gives.
const ORIGIN_SHAPE =
  /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/** Why this is not an origin a browser would send, or null when it is one. */
export function embedOriginProblem(value: string): string | null {
  const example = 'like https://www.example.org or http://localhost:8080';
  if (!ORIGIN_SHAPE.test(value)) {
    return /^https?:\/\/[^/]+\/./.test(value) || value.endsWith('/')
      ? `"${value}" is not an origin: leave out the path and any trailing slash, ${example}`
      : `"${value}" is not an origin: give the scheme (http or https), the host in lower case and an optional port, ${example}`;
  }
  let origin: string;
  try {
    origin = new URL(value).origin;
  } catch {
    return `"${value}" is not an origin: the host or port is not valid, ${example}`;
  }
  // Browsers leave a default port out of the Origin header; a list entry with it would never match.
  if (origin !== value) return `"${value}" is written "${origin}" by browsers: use that form`;
  return null;
}

export const embedOriginSchema = z.string().superRefine((value, ctx) => {
  const problem = embedOriginProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const embedOriginsSchema = z
  .array(embedOriginSchema)
  .max(EMBED_ORIGINS_MAX, { error: `An appeal can allow at most ${EMBED_ORIGINS_MAX} embedding sites` })
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
