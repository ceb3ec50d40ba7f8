// How people and organisations are reached: signers' email addresses and organisations' web links.
import { z } from 'zod';

import { failsWith, inEnglish, problem } from './problems.js';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN, isStorableText } from './rules.js';

export { EMAIL_MAX_LENGTH } from './rules.js';
export const URL_MAX_LENGTH = 2048;

// Domains are case-insensitive, so Example.ORG and example.org are the same mailbox host; the local
// part may legally be case-sensitive on the receiving server, so it is kept as typed.
function lowerCaseEmailDomain(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? address : address.slice(0, at + 1) + address.slice(at + 1).toLowerCase();
}

export const emailSchema = z
  .string({ error: inEnglish })
  .trim()
  .overwrite(lowerCaseEmailDomain)
  .max(EMAIL_MAX_LENGTH)
  .check(z.email({ pattern: EMAIL_PATTERN, error: inEnglish }));

// Only http(s): these links are rendered as hrefs and images, where javascript: or data: URLs
// would be a way to run code in a reader's browser.
export const httpUrlSchema = z
  .string({ error: inEnglish })
  .trim()
  .max(URL_MAX_LENGTH)
  // The URL parser accepts a NUL or half a surrogate pair in a path, and keeps it.
  .refine(isStorableText, failsWith(problem('notStorableText')))
  .check(z.url({ protocol: /^https?$/, error: inEnglish }));
