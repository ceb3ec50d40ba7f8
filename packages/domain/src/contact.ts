// How people and organisations are reached: signers' email addresses and organisations' web links.
import { z } from 'zod';

import { notTextMessage } from './limits.js';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN, isStorableText } from './rules.js';

export { EMAIL_MAX_LENGTH } from './rules.js';
export const URL_MAX_LENGTH = 2048;

const INVALID_EMAIL_MESSAGE = 'Enter a valid email address, like name@example.org';
const INVALID_URL_MESSAGE = 'Use an absolute http(s) URL, like https://example.org';

// Domains are case-insensitive, so Example.ORG and example.org are the same mailbox host; the local
// part may legally be case-sensitive on the receiving server, so it is kept as typed.
function lowerCaseEmailDomain(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? address : address.slice(0, at + 1) + address.slice(at + 1).toLowerCase();
}

export const emailSchema = z
  .string({ error: INVALID_EMAIL_MESSAGE })
  .trim()
  .overwrite(lowerCaseEmailDomain)
  .max(EMAIL_MAX_LENGTH, `An email address must be at most ${EMAIL_MAX_LENGTH} characters`)
  .check(z.email({ pattern: EMAIL_PATTERN, error: INVALID_EMAIL_MESSAGE }));

// Only http(s): these links are rendered as hrefs and images, where javascript: or data: URLs
// would be a way to run code in a reader's browser.
export const httpUrlSchema = z
  .string({ error: INVALID_URL_MESSAGE })
  .trim()
  .max(URL_MAX_LENGTH, `A URL must be at most ${URL_MAX_LENGTH} characters`)
  // The URL parser accepts a NUL or half a surrogate pair in a path, and keeps it.
  .refine(isStorableText, notTextMessage('A URL'))
  .check(z.url({ protocol: /^https?$/, error: INVALID_URL_MESSAGE }));
