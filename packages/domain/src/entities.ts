// What it takes to create an organisation, campaign, appeal or event: used to seed demo data now
// and by the admin mutations later, so both refuse the same mistakes with the same words.
import { z } from 'zod';

import { countryCodeSchema } from './countries.js';
import { embedOriginsSchema } from './embedding.js';
import { httpUrlSchema } from './contact.js';
import {
  appealStatusSchema,
  campaignStatusSchema,
  eventFormatSchema,
  eventStatusSchema,
  formFieldModeSchema,
} from './enums.js';
import { TEXT_LIMITS, boundedText } from './limits.js';
import { localeSchema, type Locale } from './locales.js';
import { inEnglish, issueFor, problem } from './problems.js';
import { slugSchema } from './slugs.js';
import { timeZoneSchema } from './time-zones.js';
import {
  appealTextSchema,
  campaignTextSchema,
  eventTextSchema,
  translationsSchema,
  type Translations,
} from './translations.js';

function dateField() {
  return z.date({ error: inEnglish });
}

function positiveCount(max: number) {
  return z.int({ error: inEnglish }).min(1).max(max);
}

// Rules that compare fields run only once those fields have parsed, but regardless of mistakes in
// other fields, so that a form shows "endsAt must be after startsAt" together with a too-long title.
function whenFieldsParsed(...fields: readonly string[]) {
  return (payload: z.core.ParsePayload): boolean =>
    payload.issues.every((issue) => {
      const field = issue.path?.[0];
      return field !== undefined && !fields.includes(String(field));
    });
}

// Every translated entity falls back to its default locale, so that one must exist.
function requireDefaultTranslation(
  entity: { defaultLocale: Locale; translations: Translations<unknown> },
  ctx: z.core.$RefinementCtx,
): void {
  if (entity.translations[entity.defaultLocale] === undefined) {
    ctx.addIssue(
      issueFor(problem('defaultTranslationRequired', { locale: entity.defaultLocale }), [
        'translations',
        entity.defaultLocale,
      ]),
    );
  }
}

function requireOrder<Start extends string, End extends string>(start: Start, end: End) {
  return (entity: Record<Start | End, Date | null>, ctx: z.core.$RefinementCtx): void => {
    const startsAt = entity[start];
    const endsAt = entity[end];
    if (startsAt !== null && endsAt !== null && endsAt.getTime() <= startsAt.getTime()) {
      ctx.addIssue(issueFor(problem('endBeforeStart'), [end]));
    }
  };
}

const defaultTranslationRule = { when: whenFieldsParsed('defaultLocale', 'translations') };

export const organisationInputSchema = z.object({
  slug: slugSchema,
  name: boundedText(TEXT_LIMITS.name),
  website: httpUrlSchema.nullable(),
  country: countryCodeSchema.nullable(),
  description: boundedText(TEXT_LIMITS.description).nullable(),
  logoUrl: httpUrlSchema.nullable(),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;

export const campaignInputSchema = z
  .object({
    slug: slugSchema,
    status: campaignStatusSchema,
    startsAt: dateField().nullable(),
    endsAt: dateField().nullable(),
    leadOrganisationSlug: slugSchema,
    defaultLocale: localeSchema,
    translations: translationsSchema(campaignTextSchema),
  })
  .superRefine(requireDefaultTranslation, defaultTranslationRule)
  .superRefine(requireOrder('startsAt', 'endsAt'), { when: whenFieldsParsed('startsAt', 'endsAt') });
export type CampaignInput = z.infer<typeof campaignInputSchema>;

export const appealInputSchema = z
  .object({
    campaignSlug: slugSchema,
    slug: slugSchema,
    status: appealStatusSchema,
    goal: positiveCount(1_000_000_000).nullable(),
    opensAt: dateField().nullable(),
    closesAt: dateField().nullable(),
    // Recorded with every signature, so that it is known which consent text each signer agreed to.
    consentVersion: boundedText(TEXT_LIMITS.consentVersion),
    defaultLocale: localeSchema,
    translations: translationsSchema(appealTextSchema),
    // The sites whose pages may show and sign the appeal through the widget; empty for any site.
    allowedEmbedOrigins: embedOriginsSchema.default([]),
    // What the signing form asks for besides name, email and country.
    postcodeField: formFieldModeSchema.default('optional'),
    commentField: formFieldModeSchema.default('optional'),
  })
  .superRefine(requireDefaultTranslation, defaultTranslationRule)
  .superRefine(requireOrder('opensAt', 'closesAt'), { when: whenFieldsParsed('opensAt', 'closesAt') });
export type AppealInput = z.infer<typeof appealInputSchema>;

export const eventInputSchema = z
  .object({
    campaignSlug: slugSchema,
    hostOrganisationSlug: slugSchema,
    status: eventStatusSchema,
    format: eventFormatSchema,
    startsAt: dateField(),
    endsAt: dateField(),
    timeZone: timeZoneSchema,
    venue: boundedText(TEXT_LIMITS.venue).nullable(),
    address: boundedText(TEXT_LIMITS.address).nullable(),
    capacity: positiveCount(1_000_000).nullable(),
    // How to join online; given to registrants only.
    joinUrl: httpUrlSchema.nullish().transform((value) => value ?? null),
    defaultLocale: localeSchema,
    translations: translationsSchema(eventTextSchema),
  })
  .superRefine(requireDefaultTranslation, defaultTranslationRule)
  .superRefine(requireOrder('startsAt', 'endsAt'), { when: whenFieldsParsed('startsAt', 'endsAt') })
  .superRefine(
    (event, ctx) => {
      // People have to find the place; an online-only event is joined by a link instead.
      if (event.format !== 'online' && event.address === null) {
        ctx.addIssue(issueFor(problem('addressRequired'), ['address']));
      }
    },
    { when: whenFieldsParsed('format', 'address') },
  );
export type EventInput = z.infer<typeof eventInputSchema>;
