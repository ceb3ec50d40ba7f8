import type { PartnershipRole, PartnershipStatus } from '@chorus/domain';
import type { Kysely } from 'kysely';
import type { Database, PartnershipRow } from '../../db/database.js';
import { visibilityFor } from '../access/viewer.js';
import { groupInKeyOrder, indexInKeyOrder, toPage, type OffsetPage, type Page } from '../paging.js';
import type { ServiceContext } from '../service-context.js';
import * as repository from './partnerships.repository.js';

/** An organisation's part in a campaign. */
export interface Partnership {
  id: string;
  campaignId: string;
  organisationId: string;
  role: PartnershipRole;
  status: PartnershipStatus;
  createdAt: Date;
}

export function toPartnership(row: PartnershipRow): Partnership {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    organisationId: row.organisation_id,
    role: row.role,
    status: row.status,
    createdAt: row.created_at,
  };
}

export async function loadPartnerships(
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<(Partnership | null)[]> {
  const rows = await repository.findPartnershipsByIds(ctx.db, ids, visibilityFor(ctx.viewer));
  return indexInKeyOrder(ids, rows.map(toPartnership), (partnership) => partnership.id);
}

/** The partners of each (already visible) campaign, one page per campaign, in key order. */
export async function loadPartnershipsOfCampaigns(
  ctx: ServiceContext,
  campaignIds: readonly string[],
  page: OffsetPage & { role: PartnershipRole | null },
): Promise<Page<Partnership>[]> {
  const rows = await repository.listPartnershipsOfCampaigns(ctx.db, campaignIds, {
    visibility: visibilityFor(ctx.viewer),
    role: page.role,
    offset: page.offset,
    limit: page.limit + 1,
  });
  return groupInKeyOrder(campaignIds, rows, (row) => row.campaign_id).map((group) =>
    toPage(group.map(toPartnership), page),
  );
}

export async function addPartnership(
  db: Kysely<Database>,
  partnership: {
    campaignId: string;
    organisationId: string;
    role: PartnershipRole;
    status: PartnershipStatus;
  },
): Promise<Partnership> {
  const row = await repository.insertPartnership(db, {
    campaign_id: partnership.campaignId,
    organisation_id: partnership.organisationId,
    role: partnership.role,
    status: partnership.status,
  });
  return toPartnership(row);
}
