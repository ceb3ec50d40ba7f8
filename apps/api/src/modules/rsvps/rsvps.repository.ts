import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database, RsvpRow, RsvpsTable } from '../../db/database.js';

/**
 * Locks the event's row for the rest of the transaction, so registrations for one event take
 * their seats one at a time: two people can never both get the last one.
 */
export async function lockEvent(db: Kysely<Database>, eventId: string): Promise<void> {
  await sql`select id from events where id = ${eventId}::uuid for update`.execute(db);
}

export async function countRegistered(db: Kysely<Database>, eventId: string): Promise<number> {
  const { count } = await db
    .selectFrom('rsvps')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('event_id', '=', eventId)
    .where('status', '=', 'registered')
    .executeTakeFirstOrThrow();
  return count;
}

export async function insertRsvpOnce(
  db: Kysely<Database>,
  rsvp: Insertable<RsvpsTable>,
): Promise<RsvpRow | null> {
  const row = await db
    .insertInto('rsvps')
    .values(rsvp)
    .onConflict((oc) => oc.columns(['event_id', 'email_index']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function findRsvp(
  db: Kysely<Database>,
  eventId: string,
  emailIndex: string,
): Promise<RsvpRow | null> {
  return (
    (await db
      .selectFrom('rsvps')
      .selectAll()
      .where('event_id', '=', eventId)
      .where('email_index', '=', emailIndex)
      .executeTakeFirst()) ?? null
  );
}

export async function findByManageToken(db: Kysely<Database>, tokenHash: string): Promise<RsvpRow | null> {
  return (
    (await db
      .selectFrom('rsvps')
      .selectAll()
      .where('manage_token_hash', '=', tokenHash)
      .executeTakeFirst()) ?? null
  );
}

export async function setStatus(
  db: Kysely<Database>,
  id: number,
  changes: { status: 'registered' | 'waitlisted' | 'cancelled'; promoted_at?: Date; cancelled_at?: Date },
): Promise<RsvpRow> {
  return db.updateTable('rsvps').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The longest-waiting person on the event's waitlist. */
export async function firstWaiting(db: Kysely<Database>, eventId: string): Promise<RsvpRow | null> {
  return (
    (await db
      .selectFrom('rsvps')
      .selectAll()
      .where('event_id', '=', eventId)
      .where('status', '=', 'waitlisted')
      // By time of registering: someone who cancelled and came back queues behind those already waiting.
      .orderBy('created_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst()) ?? null
  );
}

/** For each event: its capacity, and how many are registered and waiting. */
export async function registrationCounts(
  db: Kysely<Database>,
  eventIds: readonly string[],
): Promise<{ event_id: string; capacity: number | null; registered: number; waitlisted: number }[]> {
  if (eventIds.length === 0) return [];
  const { rows } = await sql<{
    event_id: string;
    capacity: number | null;
    registered: number;
    waitlisted: number;
  }>`
    select e.id as event_id, e.capacity,
      count(r.id) filter (where r.status = 'registered') as registered,
      count(r.id) filter (where r.status = 'waitlisted') as waitlisted
    from events e left join rsvps r on r.event_id = e.id
    where e.id in (${sql.join(eventIds.map((id) => sql`${id}::uuid`))})
    group by e.id, e.capacity`.execute(db);
  return rows;
}

export async function findByEmailIndex(
  db: Kysely<Database>,
  emailIndex: string,
): Promise<(RsvpRow & { event_starts_at: Date })[]> {
  return db
    .selectFrom('rsvps')
    .innerJoin('events', 'events.id', 'rsvps.event_id')
    .selectAll('rsvps')
    .select('events.starts_at as event_starts_at')
    .where('rsvps.email_index', '=', emailIndex)
    .orderBy('rsvps.id')
    .execute();
}

/** Replaces the personal data of these registrations with an erased marker; counts stay. */
export async function eraseRsvps(
  db: Kysely<Database>,
  ids: readonly number[],
  erased: { emailIndexOf: () => string; sealedMarker: string; now: Date },
): Promise<void> {
  for (const id of ids) {
    await db
      .updateTable('rsvps')
      .set({
        email_index: erased.emailIndexOf(),
        email_sealed: erased.sealedMarker,
        name_sealed: erased.sealedMarker,
        ip_hash: null,
        time_zone: null,
        erased_at: erased.now,
      })
      .where('id', '=', id)
      .execute();
  }
}

/** A cancelled registration made anew: fresh details, token and place in line. */
export async function registerAgain(
  db: Kysely<Database>,
  id: number,
  values: Omit<Insertable<RsvpsTable>, 'event_id' | 'email_index'> & { registeredAt: Date },
): Promise<RsvpRow> {
  const { registeredAt, ...columns } = values;
  return db
    .updateTable('rsvps')
    .set({ ...columns, cancelled_at: null, created_at: registeredAt })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Claims the registrations due a reminder: registered, for a scheduled event that starts within
 * `within` from now, not yet reminded at this step. Marks them reminded and returns them.
 */
export async function claimDueReminders(
  db: Kysely<Database>,
  options: { step: 'day' | 'hour'; now: Date; within: number; limit: number },
): Promise<RsvpRow[]> {
  const column =
    options.step === 'day' ? sql.ref('reminded_day_before_at') : sql.ref('reminded_hour_before_at');
  const until = new Date(options.now.getTime() + options.within);
  const { rows } = await sql<RsvpRow>`
    update rsvps set ${column} = ${options.now}
    where id in (
      select r.id from rsvps r join events e on e.id = r.event_id
      where r.status = 'registered' and r.erased_at is null and ${column} is null
        and e.status = 'scheduled' and e.starts_at > ${options.now} and e.starts_at <= ${until}
      order by e.starts_at
      limit ${options.limit}
      for update of r skip locked)
    returning *`.execute(db);
  return rows;
}

/** Which registrations of an event a list or export covers. */
export interface AttendeeFilter {
  status: 'registered' | 'waitlisted' | 'cancelled' | null;
  attended: boolean | null;
  emailIndex: string | null;
  /** Only those this partner brought in who agreed to hear from it; null for everyone. */
  partnerOrganisationId: string | null;
}

export async function listAttendees(
  db: Kysely<Database>,
  eventId: string,
  filter: AttendeeFilter,
  page: { afterId: number | null; limit: number },
): Promise<RsvpRow[]> {
  let query = db.selectFrom('rsvps').selectAll().where('event_id', '=', eventId);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.attended !== null) query = query.where('attended_at', filter.attended ? 'is not' : 'is', null);
  if (filter.emailIndex) query = query.where('email_index', '=', filter.emailIndex);
  if (filter.partnerOrganisationId) {
    query = query
      .where('partner_organisation_id', '=', filter.partnerOrganisationId)
      .where('consent_to_partner', '=', true)
      .where('erased_at', 'is', null);
  }
  if (page.afterId !== null) query = query.where('id', '>', page.afterId);
  return query.orderBy('id').limit(page.limit).execute();
}

/** Everyone still registered or waiting, to tell them the event changed. */
export async function activeRegistrations(db: Kysely<Database>, eventId: string): Promise<RsvpRow[]> {
  return db
    .selectFrom('rsvps')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('status', 'in', ['registered', 'waitlisted'])
    .where('erased_at', 'is', null)
    .orderBy('id')
    .execute();
}

export async function findByPublicId(db: Kysely<Database>, publicId: string): Promise<RsvpRow | null> {
  return (
    (await db.selectFrom('rsvps').selectAll().where('public_id', '=', publicId).executeTakeFirst()) ?? null
  );
}

export async function setAttended(
  db: Kysely<Database>,
  id: number,
  attendedAt: Date | null,
): Promise<RsvpRow> {
  return db
    .updateTable('rsvps')
    .set({ attended_at: attendedAt })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

function partnerScope(partnerOrganisationId: string | null) {
  return partnerOrganisationId
    ? sql`and partner_organisation_id = ${partnerOrganisationId}::uuid and consent_to_partner`
    : sql``;
}

/** Registrations by status, and how many of the registered came. */
export async function attendanceCounts(
  db: Kysely<Database>,
  eventId: string,
  partnerOrganisationId: string | null,
): Promise<{ registered: number; waitlisted: number; cancelled: number; attended: number }> {
  const { rows } = await sql<{ registered: number; waitlisted: number; cancelled: number; attended: number }>`
    select
      count(*) filter (where status = 'registered') as registered,
      count(*) filter (where status = 'waitlisted') as waitlisted,
      count(*) filter (where status = 'cancelled') as cancelled,
      count(*) filter (where status = 'registered' and attended_at is not null) as attended
    from rsvps where event_id = ${eventId}::uuid ${partnerScope(partnerOrganisationId)}`.execute(db);
  return rows[0] ?? { registered: 0, waitlisted: 0, cancelled: 0, attended: 0 };
}

/** Registrations made per UTC day, cancelled ones included (they registered then), oldest first. */
export async function registrationsPerDay(
  db: Kysely<Database>,
  eventId: string,
  partnerOrganisationId: string | null,
): Promise<{ day: Date; count: number }[]> {
  const { rows } = await sql<{ day: Date; count: number }>`
    select date_trunc('day', created_at at time zone 'UTC') at time zone 'UTC' as day, count(*) as count
    from rsvps where event_id = ${eventId}::uuid ${partnerScope(partnerOrganisationId)}
    group by 1 order by 1`.execute(db);
  return rows;
}
