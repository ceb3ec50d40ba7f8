// The database as Kysely sees it. Written by hand, kept in step with migrations/.
import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable } from 'kysely';
import type {
  ApiKeyScope,
  AppealStatus,
  AppealText,
  CampaignStatus,
  CampaignText,
  EventFormat,
  EventStatus,
  EventText,
  FormFieldMode,
  Locale,
  MembershipRole,
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
  /** The person who sent the invitation; null for partnerships set up otherwise, or whose inviter is gone. */
  invited_by: string | null;
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
  double_opt_in: Generated<boolean>;
  default_locale: Locale;
  translations: Json<Translations<AppealText>>;
  /** Origins whose pages may embed the appeal's widget; empty for any. */
  allowed_embed_origins: Generated<string[]>;
  /** Whether the signing form asks for a postcode: hidden, optional or required. */
  postcode_field: Generated<FormFieldMode>;
  /** Whether the signing form asks for a comment: hidden, optional or required. */
  comment_field: Generated<FormFieldMode>;
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
  join_url: string | null;
  sequence: Generated<number>;
  default_locale: Locale;
  translations: Json<Translations<EventText>>;
  created_at: StampedAt;
  updated_at: StampedAt;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  email_canonical: string;
  name: string;
  password_hash: string;
  is_admin: Generated<boolean>;
  created_at: StampedAt;
  updated_at: StampedAt;
}

export interface SessionsTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  created_at: StampedAt;
  expires_at: Instant;
  last_seen_at: StampedAt;
  revoked_at: Instant | null;
  user_agent: string | null;
  ip: string | null;
}

export interface MembershipsTable {
  user_id: string;
  organisation_id: string;
  role: MembershipRole;
  created_at: StampedAt;
}

export interface InvitationsTable {
  id: Generated<string>;
  organisation_id: string;
  email_canonical: string;
  role: MembershipRole;
  token_hash: string;
  invited_by: string | null;
  created_at: StampedAt;
  expires_at: Instant;
  accepted_at: Instant | null;
  accepted_by: string | null;
}

export interface ApiKeysTable {
  id: Generated<string>;
  key_id: string;
  organisation_id: string;
  name: string;
  scopes: ApiKeyScope[];
  secret_hash: string;
  created_by: string | null;
  created_at: StampedAt;
  expires_at: Instant | null;
  last_used_at: Instant | null;
  revoked_at: Instant | null;
}

export type AuditActorType = 'user' | 'api_key' | 'system';

/** For each changed field, its value before and after. */
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

export interface AuditEventsTable {
  id: GeneratedAlways<number>;
  occurred_at: StampedAt;
  actor_type: AuditActorType;
  actor_id: string | null;
  actor_label: string;
  organisation_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  changes: Json<AuditChanges> | null;
  request_id: string | null;
}

export interface OutboxMessagesTable {
  id: Generated<string>;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  created_at: StampedAt;
  sent_at: Instant | null;
  attempts: Generated<number>;
  next_attempt_at: StampedAt;
  claimed_until: Instant | null;
  last_error: string | null;
  failed_at: Instant | null;
}

export interface AppealConsentVersionsTable {
  appeal_id: string;
  version: string;
  texts: Json<Partial<Record<Locale, string>>>;
  created_at: StampedAt;
}

export type SignatureStatus = 'pending' | 'confirmed' | 'suspect' | 'invalid';

export interface SignaturesTable {
  id: GeneratedAlways<number>;
  public_id: Generated<string>;
  appeal_id: string;
  email_index: string;
  email_sealed: string;
  name_sealed: string;
  postcode_sealed: string | null;
  comment_sealed: string | null;
  country: string;
  locale: Locale;
  status: SignatureStatus;
  consent_version: string;
  consent_to_lead: boolean;
  consent_to_partner: boolean;
  partner_organisation_id: string | null;
  utm: Json<Record<string, string | null>> | null;
  referrer: string | null;
  ip_hash: string | null;
  confirm_token_hash: string | null;
  confirm_token_sealed: string | null;
  confirm_expires_at: Instant | null;
  reminded_at: Instant | null;
  created_at: StampedAt;
  confirmed_at: Instant | null;
  suspect_reason: string | null;
  email_domain_hash: string | null;
  erased_at: Instant | null;
}

export interface BlocklistTable {
  id: Generated<string>;
  kind: 'ip_hash' | 'email_domain';
  value: string;
  reason: string;
  created_by: string | null;
  created_at: StampedAt;
}

export interface AppealCountsTable {
  appeal_id: string;
  confirmed: number;
  /** Signatures gathered on paper, from offline_signature_batches. */
  offline: Generated<number>;
  updated_at: StampedAt;
}

/** Confirmed signatures per appeal, partner, country and UTC hour, rebuilt by the aggregator. */
export interface SignatureBucketsTable {
  appeal_id: string;
  partner_organisation_id: string | null;
  country: string;
  hour: Date;
  confirmed: number;
}

export interface OfflineSignatureBatchesTable {
  id: Generated<string>;
  appeal_id: string;
  count: number;
  note: string;
  created_by: string | null;
  created_at: StampedAt;
}

export type RsvpStatus = 'registered' | 'waitlisted' | 'cancelled';

export interface RsvpsTable {
  id: GeneratedAlways<number>;
  public_id: Generated<string>;
  event_id: string;
  email_index: string;
  email_sealed: string;
  name_sealed: string;
  country: string | null;
  locale: Locale;
  time_zone: string | null;
  status: RsvpStatus;
  consent_to_lead: boolean;
  consent_to_partner: boolean;
  partner_organisation_id: string | null;
  manage_token_hash: string;
  manage_token_sealed: string;
  ip_hash: string | null;
  created_at: StampedAt;
  promoted_at: Instant | null;
  cancelled_at: Instant | null;
  attended_at: Instant | null;
  reminded_day_before_at: Instant | null;
  reminded_hour_before_at: Instant | null;
  erased_at: Instant | null;
}

export interface Database {
  rsvps: RsvpsTable;
  offline_signature_batches: OfflineSignatureBatchesTable;
  blocklist: BlocklistTable;
  signatures: SignaturesTable;
  appeal_counts: AppealCountsTable;
  signature_buckets: SignatureBucketsTable;
  appeal_consent_versions: AppealConsentVersionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  api_keys: ApiKeysTable;
  audit_events: AuditEventsTable;
  outbox_messages: OutboxMessagesTable;
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
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type MembershipRow = Selectable<MembershipsTable>;
export type InvitationRow = Selectable<InvitationsTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type OutboxMessageRow = Selectable<OutboxMessagesTable>;
export type SignatureRow = Selectable<SignaturesTable>;
export type RsvpRow = Selectable<RsvpsTable>;
