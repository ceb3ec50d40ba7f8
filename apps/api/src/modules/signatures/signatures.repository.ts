// Signatures as signing, confirming, counting, reminding and erasing store and read them. The
// admins' pages of an appeal's signatures are in signature-pages.repository.ts, moderation in
// moderation.repository.ts, and partners' supporters in supporters.repository.ts.
import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database, SignatureRow, SignaturesTable } from '../../db/database.js';

/** A mail as the outbox stores it, queued in the same statement as a signature. */
export interface QueuedMail {
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
}

/** A signature to store, named by the public id it is given here, with the mail for each outcome. */
export interface SignatureToInsert {
  /** Exactly the columns signing fills (SIGNATURE_COLUMNS): another one would not be stored. */
  signature: Pick<Insertable<SignaturesTable>, SignatureColumn> & { public_id: string };
  /** The mail to queue if the signature is new, and the one if its person had signed already; null for none. */
  mail: { ifNew: QueuedMail | null; ifAlreadySigned: QueuedMail | null };
}

/** The columns signing fills, with their types: each goes to Postgres as one array for the batch. */
const SIGNATURE_COLUMNS = [
  ['public_id', 'uuid'],
  ['appeal_id', 'uuid'],
  ['email_index', 'text'],
  ['email_sealed', 'text'],
  ['name_sealed', 'text'],
  ['postcode_sealed', 'text'],
  ['comment_sealed', 'text'],
  ['country', 'text'],
  ['locale', 'text'],
  ['status', 'text'],
  ['suspect_reason', 'text'],
  ['email_domain_hash', 'text'],
  ['consent_version', 'text'],
  ['consent_to_lead', 'boolean'],
  ['consent_to_partner', 'boolean'],
  ['partner_organisation_id', 'uuid'],
  ['utm', 'jsonb'],
  ['referrer', 'text'],
  ['ip_hash', 'text'],
  ['confirm_token_hash', 'text'],
  ['confirm_token_sealed', 'text'],
  ['confirm_expires_at', 'timestamptz'],
  ['confirmed_at', 'timestamptz'],
] as const satisfies readonly (readonly [keyof SignaturesTable, string])[];

type SignatureColumn = (typeof SIGNATURE_COLUMNS)[number][0];

const MAIL_COLUMNS = [
  ['public_id', 'uuid'],
  ['kind', 'text'],
  ['to_address', 'text'],
  ['subject', 'text'],
  ['text_body', 'text'],
  ['html_body', 'text'],
  ['for_new', 'boolean'],
] as const;

/** unnest(…) of one array per column: the statement's text is the same however many rows. */
function unnestColumns<Row, Column extends string>(
  columns: readonly (readonly [Column, string])[],
  rows: readonly Row[],
  value: (row: Row, column: Column) => unknown,
) {
  return sql`unnest(${sql.join(
    columns.map(
      ([column, type]) => sql`${rows.map((row) => value(row, column) ?? null)}::${sql.raw(type)}[]`,
    ),
  )})`;
}

/**
 * Inserts each signature unless its person already signed that appeal (before, or earlier in the
 * same batch), and queues the mail for whichever happened. One statement for the whole batch, so it
 * is atomic without a transaction and costs one round trip and one commit: this is the write every
 * signer waits for. Rows go as arrays, so the statement's text is the same for every batch and
 * Postgres parses and plans it once per connection (db/prepared-statements.ts). Returns, for each
 * signature in order, whether it was new.
 */
export async function insertSignaturesWithMail(
  db: Kysely<Database>,
  items: readonly SignatureToInsert[],
): Promise<boolean[]> {
  if (items.length === 0) return [];
  const mails = items.flatMap(({ signature, mail }) => [
    ...(mail.ifNew ? [{ ...mail.ifNew, public_id: signature.public_id, for_new: true }] : []),
    ...(mail.ifAlreadySigned
      ? [{ ...mail.ifAlreadySigned, public_id: signature.public_id, for_new: false }]
      : []),
  ]);
  const { rows } = await sql<{ public_id: string }>`
    with inserted as (
      insert into signatures (${sql.join(SIGNATURE_COLUMNS.map(([column]) => sql.ref(column)))})
      select * from ${unnestColumns(SIGNATURE_COLUMNS, items, (item, column) => item.signature[column])}
      on conflict (appeal_id, email_index) do nothing
      returning public_id
    ), mailed as (
      insert into outbox_messages (kind, to_address, subject, text_body, html_body)
      select kind, to_address, subject, text_body, html_body
      from ${unnestColumns(MAIL_COLUMNS, mails, (mail, column) => mail[column])}
        as mail (${sql.join(MAIL_COLUMNS.map(([column]) => sql.ref(column)))})
      where for_new = exists (select 1 from inserted where inserted.public_id = mail.public_id)
      returning id
    )
    select public_id from inserted`.execute(db);
  const inserted = new Set(rows.map((row) => row.public_id));
  return items.map((item) => inserted.has(item.signature.public_id));
}

/** Confirms the pending signature with this token if it has not expired; returns it, or null. */
export async function confirmByToken(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<SignatureRow | null> {
  const row = await db
    .updateTable('signatures')
    .set({
      status: 'confirmed',
      confirmed_at: now,
      confirm_token_hash: null,
      confirm_token_sealed: null,
      confirm_expires_at: null,
    })
    .where('confirm_token_hash', '=', tokenHash)
    .where('status', '=', 'pending')
    .where('confirm_expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function findByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<SignatureRow | null> {
  return (
    (await db
      .selectFrom('signatures')
      .selectAll()
      .where('confirm_token_hash', '=', tokenHash)
      .executeTakeFirst()) ?? null
  );
}

/**
 * Recounts confirmed signatures for the appeals that had a confirmation since `since` (all appeals
 * when null) into appeal_counts, from the hourly buckets: rebuild those first. A recount, not an
 * increment: it cannot drift, and running it twice changes nothing. Returns how many counts changed.
 */
export async function recountAppeals(db: Kysely<Database>, since: Date | null): Promise<number> {
  const recent = since
    ? sql`where a.id in (select distinct s.appeal_id from signatures s where s.status = 'confirmed' and s.confirmed_at >= ${since})`
    : sql``;
  const result = await sql`
    insert into appeal_counts (appeal_id, confirmed, offline, updated_at)
    select a.id,
      (select coalesce(sum(b.confirmed), 0) from signature_buckets b where b.appeal_id = a.id),
      (select coalesce(sum(b.count), 0) from offline_signature_batches b where b.appeal_id = a.id),
      now()
    from appeals a
    ${recent}
    on conflict (appeal_id) do update
      set confirmed = excluded.confirmed, offline = excluded.offline, updated_at = excluded.updated_at
    where appeal_counts.confirmed is distinct from excluded.confirmed
      or appeal_counts.offline is distinct from excluded.offline`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function findCounts(
  db: Kysely<Database>,
  appealIds: readonly string[],
): Promise<{ appeal_id: string; confirmed: number; offline: number; updated_at: Date }[]> {
  if (appealIds.length === 0) return [];
  return db.selectFrom('appeal_counts').selectAll().where('appeal_id', 'in', appealIds).execute();
}

/** The public count of a published appeal: confirmed signatures as last counted, and its goal. */
export async function findPublicCount(
  db: Kysely<Database>,
  slug: string,
): Promise<{ count: number; goal: number | null; updated_at: Date | null } | null> {
  const row = await db
    .selectFrom('appeals')
    .innerJoin('campaigns', 'campaigns.id', 'appeals.campaign_id')
    .leftJoin('appeal_counts', 'appeal_counts.appeal_id', 'appeals.id')
    .select(['appeals.goal', 'appeal_counts.updated_at'])
    .select(sql<number>`coalesce(appeal_counts.confirmed + appeal_counts.offline, 0)`.as('count'))
    .where('appeals.slug', '=', slug)
    .where('appeals.status', 'in', ['open', 'closed'])
    .where('campaigns.status', 'in', ['active', 'paused', 'closed'])
    .executeTakeFirst();
  return row ?? null;
}

/** Marks as reminded, and returns, pending signatures made before `signedBefore` whose link still works. */
export async function claimReminders(
  db: Kysely<Database>,
  options: { signedBefore: Date; now: Date; limit: number },
): Promise<SignatureRow[]> {
  const { rows } = await sql<SignatureRow>`
    update signatures set reminded_at = ${options.now}
    where id in (
      select id from signatures
      where status = 'pending' and reminded_at is null
        and created_at < ${options.signedBefore} and confirm_expires_at > ${options.now}
      order by created_at
      limit ${options.limit}
      for update skip locked)
    returning *`.execute(db);
  return rows;
}

/** For each entry, whether its address or its email's domain is on the block list; one statement. */
export async function areBlocked(
  db: Kysely<Database>,
  entries: readonly { ipHash: string | null; emailDomain: string }[],
): Promise<boolean[]> {
  if (entries.length === 0) return [];
  const domains = [...new Set(entries.map((entry) => entry.emailDomain))];
  const ipHashes = [...new Set(entries.flatMap((entry) => (entry.ipHash ? [entry.ipHash] : [])))];
  const rows = await db
    .selectFrom('blocklist')
    .select(['kind', 'value'])
    .where((eb) =>
      eb.or([
        // Arrays, not lists of parameters: the same text however many (prepared once).
        eb.and([eb('kind', '=', 'email_domain'), eb('value', '=', sql<string>`any(${domains}::text[])`)]),
        eb.and([eb('kind', '=', 'ip_hash'), eb('value', '=', sql<string>`any(${ipHashes}::text[])`)]),
      ]),
    )
    .execute();
  const blocked = new Set(rows.map((row) => `${row.kind} ${row.value}`));
  return entries.map(
    (entry) =>
      blocked.has(`email_domain ${entry.emailDomain}`) ||
      (entry.ipHash !== null && blocked.has(`ip_hash ${entry.ipHash}`)),
  );
}

export async function recountAppeal(db: Kysely<Database>, appealId: string): Promise<void> {
  await sql`
    insert into appeal_counts (appeal_id, confirmed, offline, updated_at)
    select ${appealId}::uuid,
      (select coalesce(sum(confirmed), 0) from signature_buckets where appeal_id = ${appealId}::uuid),
      (select coalesce(sum(count), 0) from offline_signature_batches where appeal_id = ${appealId}::uuid),
      now()
    on conflict (appeal_id) do update
      set confirmed = excluded.confirmed, offline = excluded.offline, updated_at = excluded.updated_at`.execute(
    db,
  );
}

export async function findByEmailIndex(
  db: Kysely<Database>,
  emailIndex: string,
): Promise<(SignatureRow & { appeal_slug: string })[]> {
  return db
    .selectFrom('signatures')
    .innerJoin('appeals', 'appeals.id', 'signatures.appeal_id')
    .selectAll('signatures')
    .select('appeals.slug as appeal_slug')
    .where('signatures.email_index', '=', emailIndex)
    .orderBy('signatures.id')
    .execute();
}

/**
 * Replaces the personal data of these signatures with an erased marker; status, country,
 * consent and dates stay, so counts and statistics do not change.
 */
export async function eraseSignatures(
  db: Kysely<Database>,
  ids: readonly number[],
  erased: { emailIndexOf: (id: number) => string; sealedMarker: string; now: Date },
): Promise<void> {
  for (const id of ids) {
    await db
      .updateTable('signatures')
      .set({
        email_index: erased.emailIndexOf(id),
        email_sealed: erased.sealedMarker,
        name_sealed: erased.sealedMarker,
        postcode_sealed: null,
        comment_sealed: null,
        ip_hash: null,
        email_domain_hash: null,
        utm: null,
        referrer: null,
        confirm_token_hash: null,
        confirm_token_sealed: null,
        erased_at: erased.now,
      })
      .where('id', '=', id)
      .execute();
  }
}

/** Signatures of appeals that closed before `closedBefore` whose personal data is still kept. */
export async function findExpiredForErasure(
  db: Kysely<Database>,
  closedBefore: Date,
  limit: number,
): Promise<number[]> {
  const rows = await db
    .selectFrom('signatures')
    .innerJoin('appeals', 'appeals.id', 'signatures.appeal_id')
    .select('signatures.id')
    .where('signatures.erased_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('appeals.closes_at', '<', closedBefore),
        eb.and([eb('appeals.status', '=', 'closed'), eb('appeals.updated_at', '<', closedBefore)]),
      ]),
    )
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

/** A signature with the slug of the partner that brought it in, if any. */
export type SignatureWithPartner = SignatureRow & { partner_slug: string | null };
