import { sql, type Kysely } from 'kysely';
import type { EventStatus } from '@chorus/domain';
import type { Database, EventRow, NewEventRow } from '../../db/database.js';
import { pagePerParent, positionWithin } from '../../db/paging.js';
import { childVisible, type Visibility } from '../../db/visibility.js';

/** Events are visible exactly when their campaign is. */
export async function findEventsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  visibility: Visibility,
): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('events')
    .selectAll()
    .where('id', 'in', ids)
    .where(childVisible(visibility, { campaignIdColumn: 'events.campaign_id' }))
    .execute();
}

export type CampaignEventRow = EventRow & { position: number };

/** For each campaign, its events soonest first; one statement for all campaigns. */
export async function listEventsOfCampaigns(
  db: Kysely<Database>,
  campaignIds: readonly string[],
  options: { status: EventStatus | null; offset: number; limit: number },
): Promise<CampaignEventRow[]> {
  if (campaignIds.length === 0) return [];
  let ranked = db
    .selectFrom('events')
    .selectAll()
    .select(positionWithin('campaign_id', sql`starts_at, id`))
    .where('campaign_id', 'in', campaignIds);
  if (options.status) ranked = ranked.where('status', '=', options.status);
  return pagePerParent(db, ranked, 'campaign_id', options);
}

export async function insertEvent(db: Kysely<Database>, event: NewEventRow): Promise<EventRow> {
  return db.insertInto('events').values(event).returningAll().executeTakeFirstOrThrow();
}

export async function updateEventRow(
  db: Kysely<Database>,
  id: string,
  changes: Omit<Partial<NewEventRow>, 'id' | 'created_at' | 'campaign_id'>,
): Promise<EventRow> {
  return db
    .updateTable('events')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
