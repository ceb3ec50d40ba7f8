import { sql, type Kysely } from 'kysely';
import type { CampaignStatus } from '@chorus/domain';
import type { CampaignRow, Database, NewCampaignRow } from '../../db/database.js';
import { pagePerParent, positionWithin } from '../../db/paging.js';
import { campaignVisible, childVisible, type Visibility } from '../../db/visibility.js';

export async function findCampaignsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  visibility: Visibility,
): Promise<CampaignRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where('id', 'in', ids)
    .where(campaignVisible(visibility))
    .execute();
}

export async function findCampaignBySlug(
  db: Kysely<Database>,
  slug: string,
  visibility: Visibility,
): Promise<CampaignRow | null> {
  const row = await db
    .selectFrom('campaigns')
    .selectAll()
    .where('slug', '=', slug)
    .where(campaignVisible(visibility))
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Position in the newest-first campaign list. `createdAt` is kept as text with microseconds:
 * a JS Date holds only milliseconds, and a truncated key would repeat or skip rows.
 */
export interface CampaignListKey {
  createdAt: string;
  id: string;
}

export type ListedCampaignRow = CampaignRow & { list_key: string };

/** Newest first; keyset pagination so a page costs the same however deep it is. */
export async function listCampaigns(
  db: Kysely<Database>,
  options: {
    visibility: Visibility;
    filterStatus: CampaignStatus | null;
    after: CampaignListKey | null;
    limit: number;
  },
): Promise<ListedCampaignRow[]> {
  let query = db
    .selectFrom('campaigns')
    .selectAll()
    .select(
      sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('list_key'),
    )
    .where(campaignVisible(options.visibility));
  if (options.filterStatus) query = query.where('status', '=', options.filterStatus);
  if (options.after) {
    const { createdAt, id } = options.after;
    query = query.where(sql<boolean>`(created_at, id) < (${createdAt}::timestamptz, ${id}::uuid)`);
  }
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
}

export type OrganisationCampaignRow = CampaignRow & { organisation_id: string; position: number };

/**
 * For each organisation, the visible campaigns it has a visible partnership in, newest first, rows offset+1 … offset+limit of each list.
 * One statement for any number of organisations.
 */
export async function listCampaignsOfOrganisations(
  db: Kysely<Database>,
  organisationIds: readonly string[],
  options: { visibility: Visibility; offset: number; limit: number },
): Promise<OrganisationCampaignRow[]> {
  if (organisationIds.length === 0) return [];
  const ranked = db
    .selectFrom('campaigns')
    .innerJoin('partnerships', 'partnerships.campaign_id', 'campaigns.id')
    .selectAll('campaigns')
    .select('partnerships.organisation_id')
    .select(positionWithin('partnerships.organisation_id', sql`campaigns.created_at desc, campaigns.id desc`))
    .where('partnerships.organisation_id', 'in', organisationIds)
    .where(
      childVisible(options.visibility, {
        campaignIdColumn: 'partnerships.campaign_id',
        statusColumn: 'partnerships.status',
        statuses: options.visibility.partnershipStatuses,
      }),
    )
    .where(campaignVisible(options.visibility));
  return pagePerParent(db, ranked, 'organisation_id', options);
}

/** A campaign and its lead organisation's partnership, which every campaign has from the start. */
export async function insertCampaign(db: Kysely<Database>, campaign: NewCampaignRow): Promise<CampaignRow> {
  const row = await db.insertInto('campaigns').values(campaign).returningAll().executeTakeFirstOrThrow();
  await db
    .insertInto('partnerships')
    .values({
      campaign_id: row.id,
      organisation_id: row.lead_organisation_id,
      role: 'lead',
      status: 'active',
    })
    .execute();
  return row;
}

export async function countCampaigns(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom('campaigns')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return count;
}

export async function updateCampaignRow(
  db: Kysely<Database>,
  id: string,
  changes: Omit<Partial<NewCampaignRow>, 'id' | 'created_at'>,
): Promise<CampaignRow> {
  return db
    .updateTable('campaigns')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
