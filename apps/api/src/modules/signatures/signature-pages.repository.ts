// Pages of one appeal's signatures, as admins read them: the table in the dashboard, newest first,
// and the CSV export, oldest first. Both page by keyset on (appeal_id, id).
import { sql, type Kysely } from 'kysely';
import type { Database, SignatureStatus } from '../../db/database.js';
import type { SignatureWithPartner } from './signatures.repository.js';

/** An ISO 8601 UTC timestamp with milliseconds, as `Date.toISOString` writes it, made by Postgres. */
function isoText(column: 'signatures.created_at' | 'signatures.confirmed_at' | 'signatures.erased_at') {
  return sql<string | null>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/**
 * A page of an appeal's signatures, whatever their state, in id order (for the admins' CSV
 * export), with only what the export shows: timestamps and UTM fields come as text, so that a
 * million rows are not parsed into dates and objects only to be written out again.
 */
export async function listSignaturesForExport(
  db: Kysely<Database>,
  appealId: string,
  options: { afterId: number | null; limit: number },
) {
  return exportPageQuery(db, appealId, options).execute();
}

/**
 * Only this appeal's signatures, in a form that lets Postgres read them off
 * `signatures_appeal_id_idx` (appeal_id, id) in id order: the appeal as a range of one value, not
 * with `=`, and ordered by appeal and id. With `=`, Postgres leaves the appeal out of the order,
 * and can walk the primary key instead, filtering, so that a page of an appeal with newer
 * signatures of other appeals behind it reads past every one of them: 28 ms for the newest page of
 * a million-signature appeal behind 100,000 of another, 0.3 ms this way.
 */
function ofAppeal(appealId: string) {
  return sql<boolean>`signatures.appeal_id >= ${appealId} and signatures.appeal_id <= ${appealId}`;
}

/** The statement behind listSignaturesForExport (exported so that a test can look at its plan). */
export function exportPageQuery(
  db: Kysely<Database>,
  appealId: string,
  options: { afterId: number | null; limit: number },
) {
  let query = db
    .selectFrom('signatures')
    .leftJoin('organisations', 'organisations.id', 'signatures.partner_organisation_id')
    .select([
      'signatures.id',
      'signatures.public_id',
      'signatures.status',
      'signatures.suspect_reason',
      'signatures.name_sealed',
      'signatures.email_sealed',
      'signatures.country',
      'signatures.postcode_sealed',
      'signatures.comment_sealed',
      'signatures.locale',
      'organisations.slug as partner_slug',
      'signatures.consent_to_lead',
      'signatures.consent_to_partner',
      'signatures.consent_version',
      isoText('signatures.created_at').$notNull().as('signed_at'),
      isoText('signatures.confirmed_at').as('confirmed_at'),
      isoText('signatures.erased_at').as('erased_at'),
      sql<string | null>`signatures.utm ->> 'source'`.as('utm_source'),
      sql<string | null>`signatures.utm ->> 'medium'`.as('utm_medium'),
      sql<string | null>`signatures.utm ->> 'campaign'`.as('utm_campaign'),
      'signatures.referrer',
    ])
    .where(ofAppeal(appealId));
  if (options.afterId !== null) query = query.where('signatures.id', '>', options.afterId);
  return query.orderBy('signatures.appeal_id').orderBy('signatures.id').limit(options.limit);
}

export interface SignatureListFilter {
  status: SignatureStatus | null;
  partnerOrganisationId: string | null;
  country: string | null;
  emailIndex: string | null;
  ipHash: string | null;
}

/**
 * An appeal's signatures for the admins' table, newest first, limit rows before the id `beforeId`
 * (keyset: a deep page costs what the first does).
 */
export async function listSignaturesForAdmin(
  db: Kysely<Database>,
  appealId: string,
  filter: SignatureListFilter,
  page: { beforeId: number | null; limit: number },
): Promise<SignatureWithPartner[]> {
  return adminPageQuery(db, appealId, filter, page).execute();
}

/** The statement behind listSignaturesForAdmin (exported so that a test can look at its plan). */
export function adminPageQuery(
  db: Kysely<Database>,
  appealId: string,
  filter: SignatureListFilter,
  page: { beforeId: number | null; limit: number },
) {
  let query = db
    .selectFrom('signatures')
    .leftJoin('organisations', 'organisations.id', 'signatures.partner_organisation_id')
    .selectAll('signatures')
    .select('organisations.slug as partner_slug')
    .where(ofAppeal(appealId));
  if (filter.status) query = query.where('signatures.status', '=', filter.status);
  if (filter.partnerOrganisationId)
    query = query.where('signatures.partner_organisation_id', '=', filter.partnerOrganisationId);
  if (filter.country) query = query.where('signatures.country', '=', filter.country);
  if (filter.emailIndex) query = query.where('signatures.email_index', '=', filter.emailIndex);
  if (filter.ipHash) query = query.where('signatures.ip_hash', '=', filter.ipHash);
  if (page.beforeId !== null) query = query.where('signatures.id', '<', page.beforeId);
  return query.orderBy('signatures.appeal_id', 'desc').orderBy('signatures.id', 'desc').limit(page.limit);
}
