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

/** For each organisation, the visible events it hosts, soonest first; one statement for all. */
export async function listEventsHostedBy(
  db: Kysely<Database>,
  organisationIds: readonly string[],
  options: { visibility: Visibility; status: EventStatus | null; offset: number; limit: number },
): Promise<(EventRow & { position: number })[]> {
  if (organisationIds.length === 0) return [];
  let ranked = db
    .selectFrom('events')
    .selectAll()
    .select(positionWithin('host_organisation_id', sql`starts_at, id`))
    .where('host_organisation_id', 'in', organisationIds)
    .where(childVisible(options.visibility, { campaignIdColumn: 'events.campaign_id' }));
  if (options.status) ranked = ranked.where('status', '=', options.status);
  return pagePerParent(db, ranked, 'host_organisation_id', options);
}

export async function insertEvent(db: Kysely<Database>, event: NewEventRow): Promise<EventRow> {
  return db.insertInto('events').values(event).returningAll().executeTakeFirstOrThrow();
}

export async function updateEventRow(
  db: Kysely<Database>,
  id: string,
  changes: Omit<Partial<NewEventRow>, 'id' | 'created_at' | 'campaign_id'>,
): Promise<EventRow> {
  return (
    db
      .updateTable('events')
      // Every change is a new revision for calendars that imported the event.
      .set((eb) => ({ ...changes, sequence: eb('sequence', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()
  );
}

/** The visible events of a campaign, or of the campaigns an organisation hosts events in or takes part in. */
export async function listCalendarEvents(
  db: Kysely<Database>,
  filter: { campaignId: string } | { organisationId: string },
  visibility: Visibility,
): Promise<EventRow[]> {
  let query = db
    .selectFrom('events')
    .selectAll()
    .where(childVisible(visibility, { campaignIdColumn: 'events.campaign_id' }));
  if ('campaignId' in filter) {
    query = query.where('campaign_id', '=', filter.campaignId);
  } else {
    const { organisationId } = filter;
    query = query.where((eb) =>
      eb.or([
        eb('host_organisation_id', '=', organisationId),
        eb(
          'campaign_id',
          'in',
          eb
            .selectFrom('partnerships')
            .select('campaign_id')
            .where('organisation_id', '=', organisationId)
            .where('status', '=', 'active'),
        ),
      ]),
    );
  }
  return query.orderBy('starts_at').limit(1000).execute();
}
