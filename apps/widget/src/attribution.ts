// Where a signer came from: the utm_* parameters of the page the widget is on, and that page's
// address, sent with the signature so partners see which of their links worked.
import { SIGNATURE_LIMITS } from '@chorus/domain/rules';

export interface Utm {
  source?: string;
  medium?: string;
  campaign?: string;
  content?: string;
  term?: string;
}

const UTM_KEYS = ['source', 'medium', 'campaign', 'content', 'term'] as const;
const URL_MAX_LENGTH = 2048;

/** The utm_* parameters of a query string, cut to the length the API keeps; null when there are none. */
export function utmFrom(search: string): Utm | null {
  const parameters = new URLSearchParams(search);
  const utm: Utm = {};
  let found = false;
  for (const key of UTM_KEYS) {
    const value = parameters.get(`utm_${key}`)?.trim();
    if (value) {
      utm[key] = value.slice(0, SIGNATURE_LIMITS.utm);
      found = true;
    }
  }
  return found ? utm : null;
}

/** The page's address without its fragment, when it is an http(s) URL the API accepts; else null. */
export function pageAddress(href: string): string | null {
  try {
    const url = new URL(href);
    url.hash = '';
    return /^https?:$/.test(url.protocol) && url.href.length <= URL_MAX_LENGTH ? url.href : null;
  } catch {
    return null;
  }
}
