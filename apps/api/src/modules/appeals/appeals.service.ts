import {
  appealInputSchema,
  type AppealStatus,
  type AppealText,
  type CampaignStatus,
  type FormFieldMode,
  type Locale,
  type Translations,
} from '@chorus/domain';
import type { Kysely } from 'kysely';
import type { AppealRow, Database } from '../../db/database.js';
import { changedFields, recordAudit } from '../audit/audit.service.js';
import { campaignToRun, campaignToRunBySlug, type Campaign } from '../campaigns/campaigns.service.js';
import { InvalidStateError, NotFoundError, parseInput, withFreeSlug } from '../errors.js';
import { definedOnly, pick } from '../objects.js';
import { ANONYMOUS, visibilityFor } from '../access/viewer.js';
import { groupInKeyOrder, indexInKeyOrder, toPage, type OffsetPage, type Page } from '../paging.js';
import type { ServiceContext } from '../service-context.js';
import { mergeTranslations } from '../translations.js';
import * as repository from './appeals.repository.js';

/** A petition within a campaign. */
export interface Appeal {
  id: string;
  campaignId: string;
  slug: string;
  status: AppealStatus;
  goal: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
  consentVersion: string;
  /** Signatures count only once confirmed from the signer's mailbox. */
  doubleOptIn: boolean;
  defaultLocale: Locale;
  translations: Translations<AppealText>;
  /** Origins whose pages may embed the widget and sign through it; empty for any site. */
  allowedEmbedOrigins: string[];
  /** Whether the signing form asks for a postcode, and whether it must be given. */
  postcodeField: FormFieldMode;
  /** Whether the signing form asks for a comment, and whether it must be given. */
  commentField: FormFieldMode;
  createdAt: Date;
}

export function toAppeal(row: AppealRow): Appeal {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    slug: row.slug,
    status: row.status,
    goal: row.goal,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    consentVersion: row.consent_version,
    doubleOptIn: row.double_opt_in,
    defaultLocale: row.default_locale,
    translations: row.translations,
    allowedEmbedOrigins: row.allowed_embed_origins,
    postcodeField: row.postcode_field,
    commentField: row.comment_field,
    createdAt: row.created_at,
  };
}

export async function loadAppeals(ctx: ServiceContext, ids: readonly string[]): Promise<(Appeal | null)[]> {
  const rows = await repository.findAppealsByIds(ctx.db, ids, visibilityFor(ctx.viewer));
  return indexInKeyOrder(ids, rows.map(toAppeal), (appeal) => appeal.id);
}

export async function findAppealBySlug(ctx: ServiceContext, slug: string): Promise<Appeal | null> {
  const row = await repository.findAppealBySlug(ctx.db, slug, visibilityFor(ctx.viewer));
  return row ? toAppeal(row) : null;
}

/**
 * An appeal and its campaign's status, whatever either's status, for the signing workflow to
 * decide whether it takes signatures.
 */
export interface AppealForSigning {
  appeal: Appeal;
  campaignStatus: CampaignStatus;
}

/** For each slug, its appeal and its campaign's status, or null for no such appeal; one statement. */
export async function findAppealsForSigning(
  db: Kysely<Database>,
  slugs: readonly string[],
): Promise<(AppealForSigning | null)[]> {
  const rows = await repository.findAppealsWithCampaignStatus(db, [...new Set(slugs)]);
  const found = new Map(
    rows.map((row) => [row.slug, { appeal: toAppeal(row), campaignStatus: row.campaign_status }]),
  );
  return slugs.map((slug) => found.get(slug) ?? null);
}

/** The sites allowed to embed each published appeal, by slug (see embed-policy.ts). */
export async function publishedEmbedOrigins(db: Kysely<Database>): Promise<Map<string, string[]>> {
  const rows = await repository.listEmbedOrigins(db, visibilityFor(ANONYMOUS));
  return new Map(rows.map((row) => [row.slug, row.allowed_embed_origins]));
}

/** The appeals of each (already visible) campaign, one page per campaign, in key order. */
export async function loadAppealsOfCampaigns(
  ctx: ServiceContext,
  campaignIds: readonly string[],
  page: OffsetPage,
): Promise<Page<Appeal>[]> {
  const rows = await repository.listAppealsOfCampaigns(ctx.db, campaignIds, {
    visibility: visibilityFor(ctx.viewer),
    offset: page.offset,
    limit: page.limit + 1,
  });
  return groupInKeyOrder(campaignIds, rows, (row) => row.campaign_id).map((group) =>
    toPage(group.map(toAppeal), page),
  );
}

const APPEAL_FIELDS = [
  'slug',
  'status',
  'goal',
  'opensAt',
  'closesAt',
  'consentVersion',
  'defaultLocale',
  'translations',
  'allowedEmbedOrigins',
  'postcodeField',
  'commentField',
] as const;

// In locale order: the database (jsonb) and the input schema order an object's keys differently, and
// the comparison below must not take a new order for a new text.
function consentTexts(translations: Translations<AppealText>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(translations)
      .flatMap(([locale, text]) => (text ? [[locale, text.consentText] as const] : []))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** v1 → v2; a version without a trailing number gets ".2". */
export function nextConsentVersion(version: string): string {
  const match = /^(.*?)(\d+)$/.exec(version);
  return match ? `${match[1]}${Number(match[2]) + 1}` : `${version}.2`;
}

function requireCampaignOpenToChange(campaign: Campaign, doing: string): void {
  if (campaign.status === 'archived')
    throw new InvalidStateError(`The campaign is archived: restore it before you ${doing}`);
}

/** Creates an appeal in a campaign the viewer runs. The first consent version is v1 unless given. */
export async function createAppeal(ctx: ServiceContext, input: Record<string, unknown>): Promise<Appeal> {
  const appeal = parseInput(appealInputSchema, { consentVersion: 'v1', ...input });
  const campaign = await campaignToRunBySlug(ctx, appeal.campaignSlug);
  requireCampaignOpenToChange(campaign, 'add an appeal');
  const row = await withFreeSlug(
    () =>
      repository.insertAppeal(ctx.db, {
        campaign_id: campaign.id,
        slug: appeal.slug,
        status: appeal.status,
        goal: appeal.goal,
        opens_at: appeal.opensAt,
        closes_at: appeal.closesAt,
        consent_version: appeal.consentVersion,
        default_locale: appeal.defaultLocale,
        translations: JSON.stringify(appeal.translations),
        allowed_embed_origins: appeal.allowedEmbedOrigins,
        postcode_field: appeal.postcodeField,
        comment_field: appeal.commentField,
      }),
    appeal.slug,
  );
  await repository.insertConsentVersion(ctx.db, {
    appealId: row.id,
    version: appeal.consentVersion,
    texts: consentTexts(appeal.translations),
  });
  const created = toAppeal(row);
  await recordAudit(ctx, {
    action: 'appeal.created',
    organisationId: campaign.leadOrganisationId,
    targetType: 'Appeal',
    targetId: created.id,
    changes: changedFields(null, created, APPEAL_FIELDS),
  });
  return created;
}

export interface AppealPatch {
  slug?: string;
  goal?: number | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
  defaultLocale?: string;
  translations?: Partial<Record<string, unknown>>;
  removeLocales?: string[];
  allowedEmbedOrigins?: string[];
  postcodeField?: string;
  commentField?: string;
}

async function appealToRun(ctx: ServiceContext, id: string): Promise<{ appeal: Appeal; campaign: Campaign }> {
  const [appeal] = await loadAppeals(ctx, [id]);
  if (!appeal) throw new NotFoundError('Appeal', id);
  const campaign = await campaignToRun(ctx, appeal.campaignId);
  return { appeal, campaign };
}

/**
 * Changes an appeal. When the consent text changes in any language, the appeal gets a new consent
 * version; signatures keep the version their signers agreed to.
 */
export async function updateAppeal(ctx: ServiceContext, id: string, patch: AppealPatch): Promise<Appeal> {
  const { appeal: current, campaign } = await appealToRun(ctx, id);
  requireCampaignOpenToChange(campaign, 'change its appeals');
  const { translations, fields } = mergeTranslations(current.translations, patch);
  const merged = parseInput(appealInputSchema, {
    ...pick(current, [
      'slug',
      'status',
      'goal',
      'opensAt',
      'closesAt',
      'consentVersion',
      'defaultLocale',
      'allowedEmbedOrigins',
      'postcodeField',
      'commentField',
    ]),
    campaignSlug: campaign.slug,
    ...definedOnly(fields),
    translations,
  });
  const texts = consentTexts(merged.translations);
  const consentChanged = JSON.stringify(texts) !== JSON.stringify(consentTexts(current.translations));
  const consentVersion = consentChanged ? nextConsentVersion(current.consentVersion) : current.consentVersion;
  const row = await withFreeSlug(
    () =>
      repository.updateAppealRow(ctx.db, id, {
        slug: merged.slug,
        goal: merged.goal,
        opens_at: merged.opensAt,
        closes_at: merged.closesAt,
        consent_version: consentVersion,
        default_locale: merged.defaultLocale,
        translations: JSON.stringify(merged.translations),
        allowed_embed_origins: merged.allowedEmbedOrigins,
        postcode_field: merged.postcodeField,
        comment_field: merged.commentField,
      }),
    merged.slug,
  );
  if (consentChanged)
    await repository.insertConsentVersion(ctx.db, { appealId: id, version: consentVersion, texts });
  const updated = toAppeal(row);
  await recordAudit(ctx, {
    action: 'appeal.updated',
    organisationId: campaign.leadOrganisationId,
    targetType: 'Appeal',
    targetId: id,
    changes: changedFields(current, updated, APPEAL_FIELDS),
  });
  return updated;
}

/** Opens an appeal for signatures, closes it, or takes it back to draft. */
export async function setAppealStatus(
  ctx: ServiceContext,
  id: string,
  status: AppealStatus,
): Promise<Appeal> {
  const { appeal: current, campaign } = await appealToRun(ctx, id);
  if (current.status === status) return current;
  if (status === 'open' && (campaign.status === 'archived' || campaign.status === 'closed')) {
    throw new InvalidStateError(`The campaign is ${campaign.status}: its appeals cannot be opened`);
  }
  const updated = toAppeal(await repository.updateAppealRow(ctx.db, id, { status }));
  await recordAudit(ctx, {
    action: `appeal.${status === 'open' ? 'opened' : status === 'closed' ? 'closed' : 'returned_to_draft'}`,
    organisationId: campaign.leadOrganisationId,
    targetType: 'Appeal',
    targetId: id,
    changes: changedFields(current, updated, ['status']),
  });
  return updated;
}

export interface ConsentVersion {
  version: string;
  texts: Partial<Record<string, string>>;
  createdAt: Date;
}

export async function loadConsentVersions(
  ctx: ServiceContext,
  appealIds: readonly string[],
): Promise<ConsentVersion[][]> {
  const rows = await repository.listConsentVersions(ctx.db, appealIds);
  return groupInKeyOrder(appealIds, rows, (row) => row.appeal_id).map((group) =>
    group.map((row) => ({ version: row.version, texts: row.texts, createdAt: row.created_at })),
  );
}
