import type { Kysely } from 'kysely';
import type { AppealInput, AppealStatus, AppealText, Locale, Translations } from '@chorus/domain';
import type { AppealRow, Database } from '../../db/database.js';
import { findCampaignIdBySlug } from '../campaigns/campaigns.service.js';
import { visibilityFor } from '../access/viewer.js';
import { groupInKeyOrder, indexInKeyOrder, toPage, type OffsetPage, type Page } from '../paging.js';
import type { ServiceContext } from '../service-context.js';
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
  defaultLocale: Locale;
  translations: Translations<AppealText>;
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
    defaultLocale: row.default_locale,
    translations: row.translations,
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

/** Creates an appeal from input already checked against appealInputSchema. */
export async function createAppeal(db: Kysely<Database>, input: AppealInput): Promise<Appeal> {
  const campaignId = await findCampaignIdBySlug(db, input.campaignSlug);
  const row = await repository.insertAppeal(db, {
    campaign_id: campaignId,
    slug: input.slug,
    status: input.status,
    goal: input.goal,
    opens_at: input.opensAt,
    closes_at: input.closesAt,
    consent_version: input.consentVersion,
    default_locale: input.defaultLocale,
    translations: JSON.stringify(input.translations),
  });
  return toAppeal(row);
}
