import { sql, type Kysely } from 'kysely';
import type { CampaignStatus } from '@chorus/domain';
import type { AppealRow, Database, NewAppealRow } from '../../db/database.js';
import { pagePerParent, positionWithin } from '../../db/paging.js';
import { childVisible, type Visibility } from '../../db/visibility.js';

function appealVisible(visibility: Visibility) {
  return childVisible(visibility, {
    campaignIdColumn: 'appeals.campaign_id',
    statusColumn: 'appeals.status',
    statuses: visibility.appealStatuses,
  });
}

function visibleAppeals(db: Kysely<Database>, visibility: Visibility) {
  return db.selectFrom('appeals').selectAll().where(appealVisible(visibility));
}

export async function findAppealsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  visibility: Visibility,
): Promise<AppealRow[]> {
  if (ids.length === 0) return [];
  return visibleAppeals(db, visibility).where('appeals.id', 'in', ids).execute();
}

export async function findAppealBySlug(
  db: Kysely<Database>,
  slug: string,
  visibility: Visibility,
): Promise<AppealRow | null> {
  return (await visibleAppeals(db, visibility).where('appeals.slug', '=', slug).executeTakeFirst()) ?? null;
}

/**
 * The appeals with these slugs, each with its campaign's status, whatever either's status: what
 * signing checks before taking a signature, in one statement for all the slugs of a batch.
 */
export async function findAppealsWithCampaignStatus(
  db: Kysely<Database>,
  slugs: readonly string[],
): Promise<(AppealRow & { campaign_status: CampaignStatus })[]> {
  if (slugs.length === 0) return [];
  return (
    db
      .selectFrom('appeals')
      .innerJoin('campaigns', 'campaigns.id', 'appeals.campaign_id')
      .selectAll('appeals')
      .select('campaigns.status as campaign_status')
      // An array, not a list of parameters: the same text for any number of slugs (prepared once).
      .where('appeals.slug', '=', sql<string>`any(${slugs}::text[])`)
      .execute()
  );
}

export type CampaignAppealRow = AppealRow & { position: number };

/** For each campaign, its appeals in the order they were created; one statement for all campaigns. */
export async function listAppealsOfCampaigns(
  db: Kysely<Database>,
  campaignIds: readonly string[],
  options: { visibility: Visibility; offset: number; limit: number },
): Promise<CampaignAppealRow[]> {
  if (campaignIds.length === 0) return [];
  const ranked = db
    .selectFrom('appeals')
    .selectAll()
    .select(positionWithin('campaign_id', sql`created_at, id`))
    .where('campaign_id', 'in', campaignIds)
    .where(appealVisible(options.visibility));
  return pagePerParent(db, ranked, 'campaign_id', options);
}

/** Each visible appeal's slug with the origins allowed to embed it. */
export async function listEmbedOrigins(
  db: Kysely<Database>,
  visibility: Visibility,
): Promise<{ slug: string; allowed_embed_origins: string[] }[]> {
  return db
    .selectFrom('appeals')
    .select(['appeals.slug', 'appeals.allowed_embed_origins'])
    .where(appealVisible(visibility))
    .execute();
}

export async function insertAppeal(db: Kysely<Database>, appeal: NewAppealRow): Promise<AppealRow> {
  return db.insertInto('appeals').values(appeal).returningAll().executeTakeFirstOrThrow();
}

export async function updateAppealRow(
  db: Kysely<Database>,
  id: string,
  changes: Omit<Partial<NewAppealRow>, 'id' | 'created_at' | 'campaign_id'>,
): Promise<AppealRow> {
  return db
    .updateTable('appeals')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertConsentVersion(
  db: Kysely<Database>,
  version: { appealId: string; version: string; texts: Record<string, string> },
): Promise<void> {
  await db
    .insertInto('appeal_consent_versions')
    .values({ appeal_id: version.appealId, version: version.version, texts: JSON.stringify(version.texts) })
    .execute();
}

export async function listConsentVersions(
  db: Kysely<Database>,
  appealIds: readonly string[],
): Promise<
  { appeal_id: string; version: string; texts: Partial<Record<string, string>>; created_at: Date }[]
> {
  if (appealIds.length === 0) return [];
  return db
    .selectFrom('appeal_consent_versions')
    .selectAll()
    .where('appeal_id', 'in', appealIds)
    .orderBy('created_at')
    .execute();
}
