import type { Kysely } from 'kysely';
import {
  CAMPAIGN_STATUSES,
  type CampaignInput,
  type CampaignStatus,
  type CampaignText,
  type Locale,
  type Translations,
} from '@chorus/domain';
import type { CampaignRow, Database } from '../../db/database.js';
import { findOrganisationBySlug } from '../organisations/organisations.service.js';
import { addPartnership } from '../partnerships/partnerships.service.js';
import { FULL_VISIBILITY, visibilityFor } from '../access/viewer.js';
import { groupInKeyOrder, indexInKeyOrder, toPage, type OffsetPage, type Page } from '../paging.js';
import type { ServiceContext } from '../service-context.js';
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

export class UnknownOrganisationError extends Error {
  constructor(readonly slug: string) {
    super(`There is no organisation with the slug "${slug}"`);
  }
}

export class UnknownCampaignError extends Error {
  constructor(readonly slug: string) {
    super(`There is no campaign with the slug "${slug}"`);
  }
}

/**
 * Creates a campaign from input already checked against campaignInputSchema, with its lead
 * organisation as an active lead partner. Run it in a transaction: it writes two rows.
 */
export async function createCampaign(db: Kysely<Database>, input: CampaignInput): Promise<Campaign> {
  const lead = await findOrganisationBySlug(db, input.leadOrganisationSlug);
  if (!lead) throw new UnknownOrganisationError(input.leadOrganisationSlug);
  const row = await repository.insertCampaign(db, {
    slug: input.slug,
    status: input.status,
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    lead_organisation_id: lead.id,
    default_locale: input.defaultLocale,
    translations: JSON.stringify(input.translations),
  });
  await addPartnership(db, { campaignId: row.id, organisationId: lead.id, role: 'lead', status: 'active' });
  return toCampaign(row);
}

/** Any campaign by slug, whatever its status: for workflows that act on it, not for display. */
export async function findCampaignIdBySlug(db: Kysely<Database>, slug: string): Promise<string> {
  const row = await repository.findCampaignBySlug(db, slug, FULL_VISIBILITY);
  if (!row) throw new UnknownCampaignError(slug);
  return row.id;
}

export async function countAllCampaigns(db: Kysely<Database>): Promise<number> {
  return repository.countCampaigns(db);
}
