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

/** Which hours a series covers: a bucket counts when its hour starts in [from, to). */
export interface HourRange {
  from: Date | null;
  to: Date | null;
}

function startOf(interval: Interval) {
  const unit = interval === 'hour' ? sql.lit('hour') : sql.lit('day');
  return sql`date_trunc(${unit}, hour at time zone 'UTC') at time zone 'UTC'`;
}

function within(range: HourRange) {
  return sql`${range.from ? sql`and hour >= ${range.from}` : sql``}
      ${range.to ? sql`and hour < ${range.to}` : sql``}`;
}

/**
 * Confirmed signatures per hour or day (UTC) of confirmation, oldest first, from the hourly buckets.
 * `from` and `to` select whole hours: a bucket counts when its hour starts in [from, to).
 */
export async function confirmedOverTime(
  db: Kysely<Database>,
  scope: StatsScope,
  interval: Interval,
  range: HourRange,
): Promise<{ bucket: Date; count: number }[]> {
  const { rows } = await sql<{ bucket: Date; count: number }>`
    select ${startOf(interval)} as bucket, sum(confirmed)::int8 as count
    from signature_buckets
    where ${scoped(scope)} ${within(range)}
    group by 1 order by 1`.execute(db);
  return rows;
}

/**
 * The same series split by the partner that brought the signatures in, in one statement: the
 * partners with the most confirmations in the range first, those no partner brought in last, and
 * each partner's buckets oldest first. Partners with no confirmation in the range have no rows.
 */
export async function confirmedOverTimeByPartner(
  db: Kysely<Database>,
  appealId: string,
  interval: Interval,
  range: HourRange,
): Promise<{ organisation_id: string | null; bucket: Date; count: number }[]> {
  const { rows } = await sql<{ organisation_id: string | null; bucket: Date; count: number }>`
    select partner_organisation_id as organisation_id, ${startOf(interval)} as bucket,
      sum(confirmed)::int8 as count
    from signature_buckets
    where appeal_id = ${appealId}::uuid ${within(range)}
    group by 1, 2
    order by partner_organisation_id is null,
      sum(sum(confirmed)) over (partition by partner_organisation_id) desc,
      partner_organisation_id, 2`.execute(db);
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
