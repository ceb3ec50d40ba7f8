// Events happen somewhere, so they carry the IANA zone of that place rather than an offset:
// an offset cannot follow daylight saving time, and the same event is shown to readers elsewhere.
import { z } from 'zod';

import { failsWith, inEnglish, problem } from './problems.js';

function resolveTimeZone(value: string): string | null {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * True for IANA zone names that this runtime's `Intl` knows, such as `Asia/Seoul` or `UTC`.
 *
 * Intl alone is too lenient: it accepts offsets such as `+09:00`, which cannot follow daylight
 * saving time, and legacy abbreviations such as `EST` (an IANA link to America/Panama, which
 * surprises anyone who meant New York time). So a name must also be an Area/Location name
 * (contain a `/`) or be `UTC` itself. Intl matches names case-insensitively and so does this check;
 * `timeZoneSchema` then stores the canonical spelling. A browser with older zone data may not
 * know a zone that the server knows; the server's answer is the one that counts.
 */
export function isTimeZone(value: string): boolean {
  const upperCased = value.toUpperCase();
  if (!value.includes('/') && upperCased !== 'UTC') return false;
  return resolveTimeZone(value) !== null;
}

// Only the letter case is changed: Intl may also replace a link such as US/Eastern with its target,
// and engines disagree on which name is canonical, so the name the organiser chose is kept.
function canonicalTimeZoneCase(value: string): string {
  const resolved = resolveTimeZone(value);
  return resolved !== null && resolved.toLowerCase() === value.toLowerCase() ? resolved : value;
}

export const timeZoneSchema = z
  .string({ error: inEnglish })
  .trim()
  .refine(isTimeZone, { ...failsWith(problem('unknownTimeZone')), abort: true })
  .overwrite(canonicalTimeZoneCase);
