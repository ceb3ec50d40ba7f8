import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

export type Interval = 'hour' | 'day';

/** Restricts statistics to an appeal, and optionally to one partner's attribution. */
export interface StatsScope {
  appealId: string;
  partnerOrganisationId: string | null;
}

function scoped(scope: StatsScope) {
  return scope.partnerOrganisationId
    ? sql`appeal_id = ${scope.appealId}::uuid and partner_organisation_id = ${scope.partnerOrganisationId}::uuid`
    : sql`appeal_id = ${scope.appealId}::uuid`;
}

/** Which buckets to rebuild: the recent hours of busy appeals, one appeal entirely, or everything. */
export type BucketTarget = { since: Date } | { appealId: string } | 'all';

// One rebuild at a time, across every process on the database: two interleaved rebuilds of the same
// hours would each delete and insert, and leave the buckets counted twice.
const BUCKET_LOCK = 7_351_042_901;

/**
 * Rebuilds the hourly buckets of confirmed signatures from the signatures themselves. A rebuild, not
 * an increment: it cannot drift, a rolled-back signature never reaches it, and running it twice
 * changes nothing. With `since`, only the appeals confirmed since then, from the start of that hour.
 */
export async function rebuildBuckets(db: Kysely<Database>, target: BucketTarget): Promise<void> {
  const hourOf = (value: Date) =>
    sql`date_trunc('hour', ${value}::timestamptz at time zone 'UTC') at time zone 'UTC'`;
  const which =
    target === 'all'
      ? sql`true`
      : 'appealId' in target
        ? sql`appeal_id = ${target.appealId}::uuid`
        : sql`appeal_id in (select distinct appeal_id from signatures
              where status = 'confirmed' and confirmed_at >= ${target.since})
            and hour >= ${hourOf(target.since)}`;
  const fromSignatures =
    target === 'all'
      ? sql`true`
      : 'appealId' in target
        ? sql`appeal_id = ${target.appealId}::uuid`
        : sql`appeal_id in (select distinct appeal_id from signatures
              where status = 'confirmed' and confirmed_at >= ${target.since})
            and confirmed_at >= ${hourOf(target.since)}`;
  const rebuild = async (trx: Kysely<Database>) => {
    await sql`select pg_advisory_xact_lock(${BUCKET_LOCK}::bigint)`.execute(trx);
    await sql`delete from signature_buckets where ${which}`.execute(trx);
    await sql`
      insert into signature_buckets (appeal_id, partner_organisation_id, country, hour, confirmed)
      select appeal_id, partner_organisation_id, country,
        date_trunc('hour', confirmed_at at time zone 'UTC') at time zone 'UTC', count(*)
      from signatures
      where status = 'confirmed' and ${fromSignatures}
      group by 1, 2, 3, 4`.execute(trx);
  };
  // Moderation rebuilds inside its own transaction, so the buckets change with the signatures.
  if (db.isTransaction) await rebuild(db);
  else await db.transaction().execute(rebuild);
}

/**
 * Confirmed signatures per hour or day (UTC) of confirmation, oldest first, from the hourly buckets.
 * `from` and `to` select whole hours: a bucket counts when its hour starts in [from, to).
 */
export async function confirmedOverTime(
  db: Kysely<Database>,
  scope: StatsScope,
  interval: Interval,
  range: { from: Date | null; to: Date | null },
): Promise<{ bucket: Date; count: number }[]> {
  const unit = interval === 'hour' ? sql.lit('hour') : sql.lit('day');
  const { rows } = await sql<{ bucket: Date; count: number }>`
    select date_trunc(${unit}, hour at time zone 'UTC') at time zone 'UTC' as bucket, sum(confirmed)::int8 as count
    from signature_buckets
    where ${scoped(scope)}
      ${range.from ? sql`and hour >= ${range.from}` : sql``}
      ${range.to ? sql`and hour < ${range.to}` : sql``}
    group by 1 order by 1`.execute(db);
  return rows;
}

export async function confirmedByCountry(
  db: Kysely<Database>,
  scope: StatsScope,
): Promise<{ country: string; count: number }[]> {
  const { rows } = await sql<{ country: string; count: number }>`
    select country, sum(confirmed)::int8 as count from signature_buckets
    where ${scoped(scope)}
    group by country order by 2 desc, country`.execute(db);
  return rows;
}

export async function confirmedByPartner(
  db: Kysely<Database>,
  appealId: string,
): Promise<{ organisation_id: string | null; count: number }[]> {
  const { rows } = await sql<{ organisation_id: string | null; count: number }>`
    select partner_organisation_id as organisation_id, sum(confirmed)::int8 as count from signature_buckets
    where appeal_id = ${appealId}::uuid
    group by partner_organisation_id order by 2 desc`.execute(db);
  return rows;
}

/**
 * Signatures by status. Confirmed ones come from the buckets; the others from a partial index,
 * which stays small because most signatures end up confirmed.
 */
export async function countByStatus(
  db: Kysely<Database>,
  scope: StatsScope,
): Promise<{ status: string; count: number }[]> {
  const { rows } = await sql<{ status: string; count: number }>`
    select 'confirmed' as status, coalesce(sum(confirmed), 0)::int8 as count from signature_buckets
    where ${scoped(scope)}
    union all
    select status, count(*) as count from signatures
    where ${scoped(scope)} and status <> 'confirmed' group by status`.execute(db);
  return rows;
}
