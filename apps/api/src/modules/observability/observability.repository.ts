// Figures about Chorus itself for /metrics: how much mail waits to be sent, and how far the public
// counts are behind the confirmations. Read-only; no personal data.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

/** Mail not yet sent and not given up on: the delivery queue's depth. */
export async function pendingMail(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom('outbox_messages')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('sent_at', 'is', null)
    .where('failed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(count);
}

/**
 * Seconds since the oldest confirmation (in the last hour) that its appeal's public count does not
 * include yet; 0 when every count is up to date.
 */
export async function countingLagSeconds(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ lag: number | null }>`
    select extract(epoch from now() - min(s.confirmed_at))::float8 as lag
    from signatures s
    left join appeal_counts c on c.appeal_id = s.appeal_id
    where s.status = 'confirmed'
      and s.confirmed_at > now() - interval '1 hour'
      and (c.updated_at is null or s.confirmed_at > c.updated_at)`.execute(db);
  return Math.max(0, Number(rows[0]?.lag ?? 0));
}
