import type { Kysely } from 'kysely';
import {
  campaignInputSchema,
  type CampaignStatus,
  type CampaignText,
  type Locale,
  type Translations,
  problem,
} from '@chorus/domain';
import type { CampaignRow, Database } from '../../db/database.js';
import { changedFields, recordAudit } from '../audit/audit.service.js';
import {
  fieldProblem,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  parseInput,
  ValidationError,
  withFreeSlug,
} from '../errors.js';
import { definedOnly, pick } from '../objects.js';
import { findOrganisationById, findOrganisationBySlug } from '../organisations/organisations.service.js';
import { hasOrganisationRole, isAdmin, visibilityFor } from '../access/viewer.js';
import { groupInKeyOrder, indexInKeyOrder, toPage, type OffsetPage, type Page } from '../paging.js';
import type { ServiceContext } from '../service-context.js';
import { mergeTranslations } from '../translations.js';
import * as repository from './campaigns.repository.js';

export type { CampaignListKey } from './campaigns.repository.js';

export interface Campaign {
  id: string;
  slug: string;
  status: CampaignStatus;
  startsAt: Date | null;
  endsAt: Date | null;
  leadOrganisationId: string;
  defaultLocale: Locale;
  translations: Translations<CampaignText>;
  createdAt: Date;
}

export function toCampaign(row: CampaignRow): Campaign {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    leadOrganisationId: row.lead_organisation_id,
    defaultLocale: row.default_locale,
    translations: row.translations,
    createdAt: row.created_at,
  };
}

export async function loadCampaigns(
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<(Campaign | null)[]> {
  const rows = await repository.findCampaignsByIds(ctx.db, ids, visibilityFor(ctx.viewer));
  return indexInKeyOrder(ids, rows.map(toCampaign), (campaign) => campaign.id);
}

export async function findCampaignBySlug(ctx: ServiceContext, slug: string): Promise<Campaign | null> {
  const row = await repository.findCampaignBySlug(ctx.db, slug, visibilityFor(ctx.viewer));
  return row ? toCampaign(row) : null;
}

export interface ListedCampaign {
  campaign: Campaign;
  key: repository.CampaignListKey;
}

export async function listCampaigns(
  ctx: ServiceContext,
  options: { status: CampaignStatus | null; after: repository.CampaignListKey | null; limit: number },
): Promise<{ items: ListedCampaign[]; hasNextPage: boolean }> {
  const rows = await repository.listCampaigns(ctx.db, {
    visibility: visibilityFor(ctx.viewer),
    filterStatus: options.status,
    after: options.after,
    limit: options.limit + 1,
  });
  return {
    items: rows
      .slice(0, options.limit)
      .map((row) => ({ campaign: toCampaign(row), key: { createdAt: row.list_key, id: row.id } })),
    hasNextPage: rows.length > options.limit,
  };
}

/** The campaigns each organisation takes part in, one page per organisation, in key order. */
export async function loadCampaignsOfOrganisations(
  ctx: ServiceContext,
  organisationIds: readonly string[],
  page: OffsetPage,
): Promise<Page<Campaign>[]> {
  const rows = await repository.listCampaignsOfOrganisations(ctx.db, organisationIds, {
    visibility: visibilityFor(ctx.viewer),
    offset: page.offset,
    limit: page.limit + 1,
  });
  return groupInKeyOrder(organisationIds, rows, (row) => row.organisation_id).map((group) =>
    toPage(group.map(toCampaign), page),
  );
}

const CAMPAIGN_FIELDS = [
  'slug',
  'status',
  'startsAt',
  'endsAt',
  'leadOrganisationId',
  'defaultLocale',
  'translations',
] as const;

/** Which status a campaign may move to from each status. */
export const CAMPAIGN_TRANSITIONS: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ['active', 'archived'],
  active: ['paused', 'closed', 'archived'],
  paused: ['active', 'closed', 'archived'],
  closed: ['active', 'archived'],
  archived: ['draft'],
};

/** Admins, and editors or owners of the campaign's lead organisation, run the campaign. */
export function canRunCampaign(ctx: ServiceContext, campaign: Campaign): boolean {
  return hasOrganisationRole(ctx.viewer, campaign.leadOrganisationId, 'editor');
}

export function requireCampaignRunner(ctx: ServiceContext, campaign: Campaign): void {
  if (!canRunCampaign(ctx, campaign)) {
    throw new ForbiddenError("Only admins, and editors of the campaign's lead organisation, may change it");
  }
}

/**
 * Creates a campaign with its lead organisation as an active lead partner. Admins only. Run it in
 * a transaction: it writes several rows.
 */
export async function createCampaign(ctx: ServiceContext, input: unknown): Promise<Campaign> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only admins may create campaigns');
  const campaign = parseInput(campaignInputSchema, input);
  const lead = await findOrganisationBySlug(ctx.db, campaign.leadOrganisationSlug);
  if (!lead) {
    throw new ValidationError([
      fieldProblem(
        ['leadOrganisationSlug'],
        problem('unknownOrganisation', { slug: campaign.leadOrganisationSlug }),
      ),
    ]);
  }
  const row = await withFreeSlug(
    () =>
      repository.insertCampaign(ctx.db, {
        slug: campaign.slug,
        status: campaign.status,
        starts_at: campaign.startsAt,
        ends_at: campaign.endsAt,
        lead_organisation_id: lead.id,
        default_locale: campaign.defaultLocale,
        translations: JSON.stringify(campaign.translations),
      }),
    campaign.slug,
  );
  const created = toCampaign(row);
  await recordAudit(ctx, {
    action: 'campaign.created',
    organisationId: lead.id,
    targetType: 'Campaign',
    targetId: created.id,
    changes: changedFields(null, created, CAMPAIGN_FIELDS),
  });
  return created;
}

export interface CampaignPatch {
  slug?: string;
  startsAt?: Date | null;
  endsAt?: Date | null;
  defaultLocale?: string;
  /** Texts per locale; each locale given replaces that locale's texts. */
  translations?: Partial<Record<string, unknown>>;
  /** Locales whose texts are removed. */
  removeLocales?: string[];
}

/** A campaign the viewer may see and run, or the matching error. */
export async function campaignToRun(ctx: ServiceContext, id: string): Promise<Campaign> {
  const [campaign] = await loadCampaigns(ctx, [id]);
  if (!campaign) throw new NotFoundError('Campaign', id);
  requireCampaignRunner(ctx, campaign);
  return campaign;
}

export async function updateCampaign(
  ctx: ServiceContext,
  id: string,
  patch: CampaignPatch,
): Promise<Campaign> {
  const current = await campaignToRun(ctx, id);
  const lead = await findOrganisationById(ctx.db, current.leadOrganisationId);
  const { translations, fields } = mergeTranslations(current.translations, patch);
  const merged = parseInput(campaignInputSchema, {
    ...pick(current, ['slug', 'status', 'startsAt', 'endsAt', 'defaultLocale']),
    leadOrganisationSlug: lead?.slug,
    ...definedOnly(fields),
    translations,
  });
  const row = await withFreeSlug(
    () =>
      repository.updateCampaignRow(ctx.db, id, {
        slug: merged.slug,
        starts_at: merged.startsAt,
        ends_at: merged.endsAt,
        default_locale: merged.defaultLocale,
        translations: JSON.stringify(merged.translations),
      }),
    merged.slug,
  );
  const updated = toCampaign(row);
  await recordAudit(ctx, {
    action: 'campaign.updated',
    organisationId: updated.leadOrganisationId,
    targetType: 'Campaign',
    targetId: id,
    changes: changedFields(current, updated, CAMPAIGN_FIELDS),
  });
  return updated;
}

/** Moves a campaign to another status (activate, pause, close, archive, restore to draft). */
export async function setCampaignStatus(
  ctx: ServiceContext,
  id: string,
  status: CampaignStatus,
): Promise<Campaign> {
  const current = await campaignToRun(ctx, id);
  if (current.status === status) return current;
  if (!CAMPAIGN_TRANSITIONS[current.status].includes(status)) {
    throw new InvalidStateError(
      `A ${current.status} campaign cannot become ${status}; from ${current.status} it can become ${CAMPAIGN_TRANSITIONS[current.status].join(' or ')}`,
    );
  }
  const updated = toCampaign(await repository.updateCampaignRow(ctx.db, id, { status }));
  await recordAudit(ctx, {
    action: `campaign.${status === 'archived' ? 'archived' : 'status_changed'}`,
    organisationId: updated.leadOrganisationId,
    targetType: 'Campaign',
    targetId: id,
    changes: changedFields(current, updated, ['status']),
  });
  return updated;
}

/** The campaign with this slug that the viewer may see and run, for workflows that add to it. */
export async function campaignToRunBySlug(ctx: ServiceContext, slug: string): Promise<Campaign> {
  const campaign = await findCampaignBySlug(ctx, slug);
  if (!campaign) throw new NotFoundError('Campaign', `"${slug}"`);
  requireCampaignRunner(ctx, campaign);
  return campaign;
}

export async function countAllCampaigns(db: Kysely<Database>): Promise<number> {
  return repository.countCampaigns(db);
}
