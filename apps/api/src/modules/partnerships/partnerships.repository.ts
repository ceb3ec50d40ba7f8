import { sql, type Kysely } from 'kysely';
import type { PartnershipRole, PartnershipStatus } from '@chorus/domain';
import type { Database, NewPartnershipRow, PartnershipRow } from '../../db/database.js';
import { pagePerParent, positionWithin } from '../../db/paging.js';
import { childVisible, type Visibility } from '../../db/visibility.js';

function partnershipVisible(visibility: Visibility) {
  return childVisible(visibility, {
    campaignIdColumn: 'partnerships.campaign_id',
    statusColumn: 'partnerships.status',
    statuses: visibility.partnershipStatuses,
  });
}

export async function findPartnershipsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  visibility: Visibility,
): Promise<PartnershipRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('partnerships')
    .selectAll()
    .where('id', 'in', ids)
    .where(partnershipVisible(visibility))
    .execute();
}

export type CampaignPartnershipRow = PartnershipRow & { position: number };

/**
 * For each campaign, its partnerships lead first, then partners, then supporters (each in the
 * order they joined), rows offset+1 … offset+limit of each list. One statement for any number
 * of campaigns.
 */
export async function listPartnershipsOfCampaigns(
  db: Kysely<Database>,
  campaignIds: readonly string[],
  options: {
    visibility: Visibility;
    role: PartnershipRole | null;
    offset: number;
    limit: number;
  },
): Promise<CampaignPartnershipRow[]> {
  if (campaignIds.length === 0) return [];
  let ranked = db
    .selectFrom('partnerships')
    .selectAll()
    .select(
      positionWithin(
        'campaign_id',
        sql`case role when 'lead' then 0 when 'partner' then 1 else 2 end, created_at, id`,
      ),
    )
    .where('campaign_id', 'in', campaignIds)
    .where(partnershipVisible(options.visibility));
  if (options.role) ranked = ranked.where('role', '=', options.role);
  return pagePerParent(db, ranked, 'campaign_id', options);
}

/**
 * The invitations each organisation has not yet accepted or declined, newest first (a
 * re-invitation counts from when it was sent). One statement for any number of organisations.
 */
export async function listInvitedPartnershipsOfOrganisations(
  db: Kysely<Database>,
  organisationIds: readonly string[],
): Promise<PartnershipRow[]> {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('partnerships')
    .selectAll()
    .where('organisation_id', 'in', organisationIds)
    .where('status', '=', 'invited')
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function insertPartnership(
  db: Kysely<Database>,
  partnership: NewPartnershipRow,
): Promise<PartnershipRow> {
  return db.insertInto('partnerships').values(partnership).returningAll().executeTakeFirstOrThrow();
}

/** The active partnerships (the lead's included) of these campaigns with the organisations of these slugs. */
export async function findActivePartners(
  db: Kysely<Database>,
  keys: readonly { campaignId: string; organisationSlug: string }[],
): Promise<{ campaign_id: string; organisation_id: string; slug: string }[]> {
  if (keys.length === 0) return [];
  return (
    db
      .selectFrom('partnerships')
      .innerJoin('organisations', 'organisations.id', 'partnerships.organisation_id')
      .select(['partnerships.campaign_id', 'partnerships.organisation_id', 'organisations.slug'])
      .where('partnerships.status', '=', 'active')
      // Arrays, not lists of parameters: the same text for any number of keys (prepared once).
      .where(
        sql<boolean>`(partnerships.campaign_id, organisations.slug) in (select * from unnest(${keys.map(
          (key) => key.campaignId,
        )}::uuid[], ${keys.map((key) => key.organisationSlug)}::text[]))`,
      )
      .execute()
  );
}

export async function findPartnership(
  db: Kysely<Database>,
  campaignId: string,
  organisationId: string,
): Promise<PartnershipRow | null> {
  const row = await db
    .selectFrom('partnerships')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row ?? null;
}

export async function updatePartnershipRow(
  db: Kysely<Database>,
  id: string,
  changes: { role?: PartnershipRole; status?: PartnershipStatus; invited_by?: string | null },
): Promise<PartnershipRow> {
  return db
    .updateTable('partnerships')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
