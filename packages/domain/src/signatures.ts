// What a person gives when they sign an appeal, and how their email is recognised when they sign
// again. The widget checks the same rules before it sends.
import { z } from 'zod';

import { countryCodeSchema } from './countries.js';
import { emailSchema, httpUrlSchema } from './contact.js';
import { localeSchema } from './locales.js';
import { storableText } from './limits.js';
import { failsWith, inEnglish, problem } from './problems.js';
import { isStorableText, NAME_FORMULA_START, NAME_WEB_ADDRESS, SIGNATURE_LIMITS } from './rules.js';
import { slugSchema } from './slugs.js';
import { timeZoneSchema } from './time-zones.js';

export { SIGNATURE_LIMITS } from './rules.js';

// Names are shown in exports and spreadsheets: a URL is spam, and a leading = + - @ would be run
// as a formula by a spreadsheet that opens the export.
const nameSchema = z
  .string({ error: inEnglish })
  .trim()
  .min(1)
  .max(SIGNATURE_LIMITS.name)
  .refine(isStorableText, storableText)
  .refine((name) => !NAME_WEB_ADDRESS.test(name), failsWith(problem('nameHasWebAddress')))
  .refine((name) => !NAME_FORMULA_START.test(name), failsWith(problem('nameStartsWithFormula')));

const optionalText = (max: number) =>
  z
    .string({ error: inEnglish })
    .trim()
    .max(max)
    .refine(isStorableText, storableText)
    .nullish()
    .transform((value) => (value ? value : null));

export const signatureInputSchema = z.object({
  appealSlug: slugSchema,
  name: nameSchema,
  email: emailSchema,
  country: countryCodeSchema,
  postcode: optionalText(SIGNATURE_LIMITS.postcode),
  comment: optionalText(SIGNATURE_LIMITS.comment),
  locale: localeSchema,
  /** To hear from the campaign's lead organisation. */
  consentToLead: z.boolean({ error: inEnglish }),
  /** To hear from the partner that brought the signer in (when there is one); no unless said. */
  consentToPartner: z.boolean({ error: inEnglish }).default(false),
  /** The consent text version the signer saw; must be the appeal's current one. */
  consentVersion: z.string({ error: inEnglish }).trim().min(1).max(40),
  partnerSlug: slugSchema.nullish().transform((value) => value ?? null),
  utm: z
    .object({
      source: optionalText(SIGNATURE_LIMITS.utm),
      medium: optionalText(SIGNATURE_LIMITS.utm),
      campaign: optionalText(SIGNATURE_LIMITS.utm),
      content: optionalText(SIGNATURE_LIMITS.utm),
      term: optionalText(SIGNATURE_LIMITS.utm),
    })
    .nullish()
    .transform((value) => value ?? null),
  referrer: httpUrlSchema.nullish().transform((value) => value ?? null),
  /** A field people never see; anything in it was typed by a bot. */
  honeypot: z
    .string({ error: inEnglish })
    .max(1000)
    .nullish()
    .transform((value) => value ?? null),
  /** Milliseconds between showing the form and submitting it, as the form measured them. */
  fillMs: z
    .int({ error: inEnglish })
    .min(0)
    .nullish()
    .transform((value) => value ?? null),
});
export type SignatureInput = z.infer<typeof signatureInputSchema>;

// Mail providers that ignore dots in the local part; they are removed before comparing.
const DOTLESS_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * The form of an email address used to recognise the same person signing twice: lower case, no
 * "+tag" (most providers deliver name+tag@ to name@), no dots for Gmail, and googlemail.com as
 * gmail.com. Mail is always sent to the address as typed.
 */
export function canonicalEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at < 1) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1);
  if (domain === 'googlemail.com') domain = 'gmail.com';
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (DOTLESS_DOMAINS.has(domain)) local = local.replaceAll('.', '');
  return `${local}@${domain}`;
}

/** The domain part of an email address, lower-cased. */
export function emailDomain(email: string): string {
  return email.trim().toLowerCase().split('@').pop() ?? '';
}

/** Registering for an event: the same person, consent and attribution rules as signing. */
export const rsvpInputSchema = z.object({
  eventId: z.uuid({ error: inEnglish }),
  name: nameSchema,
  email: emailSchema,
  country: countryCodeSchema.nullish().transform((value) => value ?? null),
  locale: localeSchema,
  /** The registrant's own zone, so mails can show the time they will see on their clock. */
  timeZone: timeZoneSchema.nullish().transform((value) => value ?? null),
  consentToLead: z.boolean({ error: inEnglish }),
  consentToPartner: z.boolean({ error: inEnglish }),
  partnerSlug: slugSchema.nullish().transform((value) => value ?? null),
});
export type RsvpInput = z.infer<typeof rsvpInputSchema>;
