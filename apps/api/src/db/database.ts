// The database as Kysely sees it. Written by hand, kept in step with migrations/.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type {
  AppealStatus,
  AppealText,
  CampaignStatus,
  CampaignText,
  EventFormat,
  EventStatus,
  EventText,
  Locale,
  PartnershipRole,
  PartnershipStatus,
  Translations,
} from '@chorus/domain';

/** A timestamptz column: read as Date, written as Date or ISO string. */
type Instant = ColumnType<Date, Date | string, Date | string>;
/** A timestamptz column filled by its default. */
type StampedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A jsonb column: read as the parsed value, written as JSON text (pg sends arrays as Postgres arrays otherwise). */
type Json<T> = ColumnType<T, string, string>;

export interface OrganisationsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  website: string | null;
  country: string | null;
  description: string | null;
  logo_url: string | null;
  created_at: StampedAt;
  updated_at: StampedAt;
}

export interface CampaignsTable {
  id: Generated<string>;
  slug: string;
  status: CampaignStatus;
  starts_at: Instant | null;
  ends_at: Instant | null;
  lead_organisation_id: string;
  default_locale: Locale;
  translations: Json<Translations<CampaignText>>;
  created_at: StampedAt;
  updated_at: StampedAt;
}

export interface PartnershipsTable {
  id: Generated<string>;
  campaign_id: string;
  organisation_id: string;
  role: PartnershipRole;
  status: PartnershipStatus;
  created_at: StampedAt;
  updated_at: StampedAt;
}

export interface AppealsTable {
  id: Generated<string>;
  campaign_id: string;
  slug: string;
  status: AppealStatus;
  goal: number | null;
  opens_at: Instant | null;
  closes_at: Instant | null;
  consent_version: string;
  default_locale: Locale;
  translations: Json<Translations<AppealText>>;
  created_at: StampedAt;
  updated_at: StampedAt;
}

export interface EventsTable {
  id: Generated<string>;
  campaign_id: string;
  host_organisation_id: string;
  status: EventStatus;
  format: EventFormat;
  starts_at: Instant;
  ends_at: Instant;
  time_zone: string;
  venue: string | null;
  address: string | null;
  capacity: number | null;
  default_locale: Locale;
  translations: Json<Translations<EventText>>;
  created_at: StampedAt;
  updated_at: StampedAt;
}

export interface Database {
  organisations: OrganisationsTable;
  campaigns: CampaignsTable;
  partnerships: PartnershipsTable;
  appeals: AppealsTable;
  events: EventsTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisationRow = Insertable<OrganisationsTable>;
export type CampaignRow = Selectable<CampaignsTable>;
export type NewCampaignRow = Insertable<CampaignsTable>;
export type PartnershipRow = Selectable<PartnershipsTable>;
export type NewPartnershipRow = Insertable<PartnershipsTable>;
export type AppealRow = Selectable<AppealsTable>;
export type NewAppealRow = Insertable<AppealsTable>;
export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Insertable<EventsTable>;
