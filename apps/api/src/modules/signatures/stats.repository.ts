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

/** Confirmed signatures per hour or day (UTC) of confirmation, oldest first. */
export async function confirmedOverTime(
  db: Kysely<Database>,
  scope: StatsScope,
  interval: Interval,
  range: { from: Date | null; to: Date | null },
): Promise<{ bucket: Date; count: number }[]> {
  const unit = interval === 'hour' ? sql.lit('hour') : sql.lit('day');
  const { rows } = await sql<{ bucket: Date; count: number }>`
    select date_trunc(${unit}, confirmed_at at time zone 'UTC') at time zone 'UTC' as bucket, count(*) as count
    from signatures
    where ${scoped(scope)} and status = 'confirmed'
      ${range.from ? sql`and confirmed_at >= ${range.from}` : sql``}
      ${range.to ? sql`and confirmed_at < ${range.to}` : sql``}
    group by 1 order by 1`.execute(db);
  return rows;
}

export async function confirmedByCountry(
  db: Kysely<Database>,
  scope: StatsScope,
): Promise<{ country: string; count: number }[]> {
  const { rows } = await sql<{ country: string; count: number }>`
    select country, count(*) as count from signatures
    where ${scoped(scope)} and status = 'confirmed'
    group by country order by count(*) desc, country`.execute(db);
  return rows;
}

export async function confirmedByPartner(
  db: Kysely<Database>,
  appealId: string,
): Promise<{ organisation_id: string | null; count: number }[]> {
  const { rows } = await sql<{ organisation_id: string | null; count: number }>`
    select partner_organisation_id as organisation_id, count(*) as count from signatures
    where appeal_id = ${appealId}::uuid and status = 'confirmed'
    group by partner_organisation_id order by count(*) desc`.execute(db);
  return rows;
}

export async function countByStatus(
  db: Kysely<Database>,
  scope: StatsScope,
): Promise<{ status: string; count: number }[]> {
  const { rows } = await sql<{ status: string; count: number }>`
    select status, count(*) as count from signatures where ${scoped(scope)} group by status`.execute(db);
  return rows;
}
