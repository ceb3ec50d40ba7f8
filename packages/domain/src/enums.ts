// The states and kinds that campaigns, partnerships, appeals and events move through. The tuples
// are the source for the zod enums, the TypeScript types and the GraphQL enums alike.
import { z } from 'zod';

import { inEnglish } from './problems.js';

function enumSchema<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.enum(values, { error: inEnglish });
}

export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'closed', 'archived'] as const;
export const campaignStatusSchema = enumSchema(CAMPAIGN_STATUSES);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

// Drafts are still being written and archived campaigns have been withdrawn, so neither is shown
// to the public; paused and closed campaigns stay visible so that links shared earlier still work.
export const PUBLIC_CAMPAIGN_STATUSES = [
  'active',
  'paused',
  'closed',
] as const satisfies readonly CampaignStatus[];

export const PARTNERSHIP_ROLES = ['lead', 'partner', 'supporter'] as const;
export const partnershipRoleSchema = enumSchema(PARTNERSHIP_ROLES);
export type PartnershipRole = z.infer<typeof partnershipRoleSchema>;

export const PARTNERSHIP_STATUSES = ['invited', 'active', 'left'] as const;
export const partnershipStatusSchema = enumSchema(PARTNERSHIP_STATUSES);
export type PartnershipStatus = z.infer<typeof partnershipStatusSchema>;

export const APPEAL_STATUSES = ['draft', 'open', 'closed'] as const;
export const appealStatusSchema = enumSchema(APPEAL_STATUSES);
export type AppealStatus = z.infer<typeof appealStatusSchema>;

// Whether an appeal's form asks for an optional piece of information, and whether it must be given.
export const FORM_FIELD_MODES = ['hidden', 'optional', 'required'] as const;
export const formFieldModeSchema = enumSchema(FORM_FIELD_MODES);
export type FormFieldMode = z.infer<typeof formFieldModeSchema>;

// A closed appeal stays public so that its final count and text can still be read.
export const PUBLIC_APPEAL_STATUSES = ['open', 'closed'] as const satisfies readonly AppealStatus[];

export const EVENT_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const eventFormatSchema = enumSchema(EVENT_FORMATS);
export type EventFormat = z.infer<typeof eventFormatSchema>;

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'completed'] as const;
export const eventStatusSchema = enumSchema(EVENT_STATUSES);
export type EventStatus = z.infer<typeof eventStatusSchema>;
