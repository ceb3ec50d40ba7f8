import { sql, type Kysely } from 'kysely';
import type { AppealStatus, CampaignStatus } from '@chorus/domain';
import type { AppealRow, Database, NewAppealRow } from '../../db/database.js';
import { pagePerParent, positionWithin } from '../../db/paging.js';

interface AppealVisibility {
  statuses: readonly AppealStatus[];
  campaignStatuses: readonly CampaignStatus[];
}

function visibleAppeals(db: Kysely<Database>, visibility: AppealVisibility) {
  return db
    .selectFrom('appeals')
    .innerJoin('campaigns', 'campaigns.id', 'appeals.campaign_id')
    .selectAll('appeals')
    .where('appeals.status', 'in', visibility.statuses)
    .where('campaigns.status', 'in', visibility.campaignStatuses);
}

export async function findAppealsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  visibility: AppealVisibility,
): Promise<AppealRow[]> {
  if (ids.length === 0) return [];
  return visibleAppeals(db, visibility).where('appeals.id', 'in', ids).execute();
}

export async function findAppealBySlug(
  db: Kysely<Database>,
  slug: string,
  visibility: AppealVisibility,
): Promise<AppealRow | null> {
  return (await visibleAppeals(db, visibility).where('appeals.slug', '=', slug).executeTakeFirst()) ?? null;
}

export type CampaignAppealRow = AppealRow & { position: number };

/** For each campaign, its appeals in the order they were created; one statement for all campaigns. */
export async function listAppealsOfCampaigns(
  db: Kysely<Database>,
  campaignIds: readonly string[],
  options: { statuses: readonly AppealStatus[]; offset: number; limit: number },
): Promise<CampaignAppealRow[]> {
  if (campaignIds.length === 0) return [];
  const ranked = db
    .selectFrom('appeals')
    .selectAll()
    .select(positionWithin('campaign_id', sql`created_at, id`))
    .where('campaign_id', 'in', campaignIds)
    .where('status', 'in', options.statuses);
  return pagePerParent(db, ranked, 'campaign_id', options);
}

export async function insertAppeal(db: Kysely<Database>, appeal: NewAppealRow): Promise<AppealRow> {
  return db.insertInto('appeals').values(appeal).returningAll().executeTakeFirstOrThrow();
}
