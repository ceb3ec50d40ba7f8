// What admins do to signatures besides reading them: the block list, invalidating signatures one
// by one or in bulk, and counting signatures collected offline.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database, SignatureRow } from '../../db/database.js';
import type { SignatureWithPartner } from './signatures.repository.js';

export async function addBlock(
  db: Kysely<Database>,
  entry: { kind: 'ip_hash' | 'email_domain'; value: string; reason: string; createdBy: string | null },
): Promise<void> {
  await db
    .insertInto('blocklist')
    .values({ kind: entry.kind, value: entry.value, reason: entry.reason, created_by: entry.createdBy })
    .onConflict((oc) => oc.columns(['kind', 'value']).doUpdateSet({ reason: entry.reason }))
    .execute();
}

export async function removeBlock(
  db: Kysely<Database>,
  kind: 'ip_hash' | 'email_domain',
  value: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('blocklist')
    .where('kind', '=', kind)
    .where('value', '=', value)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Which of an appeal's signatures a bulk invalidation takes: not invalid yet, and matching every filter given. */
export interface MatchFilter {
  ipHash: string | null;
  emailDomainHash: string | null;
  signedAfter: Date | null;
  signedBefore: Date | null;
}

function matching(appealId: string, filter: MatchFilter) {
  return (eb: ExpressionBuilder<Database, 'signatures'>) =>
    eb.and([
      eb('appeal_id', '=', appealId),
      eb('status', '<>', 'invalid'),
      ...(filter.ipHash ? [eb('ip_hash', '=', filter.ipHash)] : []),
      ...(filter.emailDomainHash ? [eb('email_domain_hash', '=', filter.emailDomainHash)] : []),
      ...(filter.signedAfter ? [eb('created_at', '>=', filter.signedAfter)] : []),
      ...(filter.signedBefore ? [eb('created_at', '<', filter.signedBefore)] : []),
    ]);
}

/** Marks matching confirmed, pending or suspect signatures of an appeal invalid; returns how many. */
export async function invalidateMatching(
  db: Kysely<Database>,
  appealId: string,
  filter: MatchFilter,
): Promise<number> {
  const result = await db
    .updateTable('signatures')
    .set({ status: 'invalid', confirm_token_hash: null, confirm_token_sealed: null })
    .where(matching(appealId, filter))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** How many of an appeal's signatures invalidateMatching would change with this filter. */
export async function countMatching(
  db: Kysely<Database>,
  appealId: string,
  filter: MatchFilter,
): Promise<number> {
  const { count } = await db
    .selectFrom('signatures')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(matching(appealId, filter))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Marks one signature invalid; null when there is no such signature or it was invalid already. */
export async function invalidateByPublicId(
  db: Kysely<Database>,
  publicId: string,
): Promise<SignatureRow | null> {
  return (
    (await db
      .updateTable('signatures')
      .set({ status: 'invalid', confirm_token_hash: null, confirm_token_sealed: null })
      .where('public_id', '=', publicId)
      .where('status', '<>', 'invalid')
      .returningAll()
      .executeTakeFirst()) ?? null
  );
}

export async function findByPublicId(
  db: Kysely<Database>,
  publicId: string,
): Promise<SignatureWithPartner | null> {
  return (
    (await db
      .selectFrom('signatures')
      .leftJoin('organisations', 'organisations.id', 'signatures.partner_organisation_id')
      .selectAll('signatures')
      .select('organisations.slug as partner_slug')
      .where('signatures.public_id', '=', publicId)
      .executeTakeFirst()) ?? null
  );
}

export async function insertOfflineBatch(
  db: Kysely<Database>,
  batch: { appealId: string; count: number; note: string; createdBy: string | null },
): Promise<void> {
  await db
    .insertInto('offline_signature_batches')
    .values({ appeal_id: batch.appealId, count: batch.count, note: batch.note, created_by: batch.createdBy })
    .execute();
}
