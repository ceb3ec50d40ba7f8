import { sql, type Kysely } from 'kysely';
import type { Database, OutboxMessageRow } from '../../db/database.js';

export async function insertOutboxMessage(
  db: Kysely<Database>,
  message: { kind: string; toAddress: string; subject: string; textBody: string; htmlBody: string | null },
): Promise<OutboxMessageRow> {
  return db
    .insertInto('outbox_messages')
    .values({
      kind: message.kind,
      to_address: message.toAddress,
      subject: message.subject,
      text_body: message.textBody,
      html_body: message.htmlBody,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listOutboxMessages(
  db: Kysely<Database>,
  options: { toAddress: string | null; offset: number; limit: number },
): Promise<OutboxMessageRow[]> {
  let query = db.selectFrom('outbox_messages').selectAll();
  if (options.toAddress) query = query.where('to_address', '=', options.toAddress);
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .offset(options.offset)
    .limit(options.limit)
    .execute();
}

/**
 * Claims up to `limit` messages that are due and not claimed by another sender, for `claimMs`.
 * SKIP LOCKED lets several senders work side by side without taking the same message.
 */
export async function claimDueMessages(
  db: Kysely<Database>,
  options: { now: Date; claimMs: number; limit: number },
): Promise<OutboxMessageRow[]> {
  const claimedUntil = new Date(options.now.getTime() + options.claimMs);
  const { rows } = await sql<OutboxMessageRow>`
    update outbox_messages set claimed_until = ${claimedUntil}
    where id in (
      select id from outbox_messages
      where sent_at is null and failed_at is null and next_attempt_at <= ${options.now}
        and (claimed_until is null or claimed_until < ${options.now})
      order by next_attempt_at
      limit ${options.limit}
      for update skip locked)
    returning *`.execute(db);
  return rows;
}

/** Records a message as sent; a repeated call (after a lost answer) changes nothing. */
export async function markSent(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db
    .updateTable('outbox_messages')
    .set((eb) => ({ sent_at: now, claimed_until: null, attempts: eb('attempts', '+', 1), last_error: null }))
    .where('id', '=', id)
    .where('sent_at', 'is', null)
    .execute();
}

/** Gives back messages claimed until `claimedUntil` (and not claimed since by another sender). */
export async function releaseClaims(
  db: Kysely<Database>,
  ids: readonly string[],
  claimedUntil: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('outbox_messages')
    .set({ claimed_until: null })
    .where('id', 'in', ids)
    .where('claimed_until', '=', claimedUntil)
    .where('sent_at', 'is', null)
    .execute();
}

export async function markAttemptFailed(
  db: Kysely<Database>,
  id: string,
  failure: { error: string; nextAttemptAt: Date | null; now: Date },
): Promise<void> {
  await db
    .updateTable('outbox_messages')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      last_error: failure.error.slice(0, 1000),
      claimed_until: null,
      ...(failure.nextAttemptAt ? { next_attempt_at: failure.nextAttemptAt } : { failed_at: failure.now }),
    }))
    .where('id', '=', id)
    .execute();
}

export async function findMessagesTo(
  db: Kysely<Database>,
  addresses: readonly string[],
): Promise<OutboxMessageRow[]> {
  if (addresses.length === 0) return [];
  return db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('to_address', 'in', addresses)
    .orderBy('created_at')
    .execute();
}

/** Blanks the messages to these addresses, sent or not; an unsent one is not sent any more. */
export async function eraseMessagesTo(
  db: Kysely<Database>,
  addresses: readonly string[],
  now: Date,
): Promise<number> {
  if (addresses.length === 0) return 0;
  const result = await db
    .updateTable('outbox_messages')
    .set((eb) => ({
      to_address: '(erased)',
      subject: '(erased)',
      text_body: '(erased)',
      html_body: null,
      failed_at: eb.fn.coalesce('sent_at', eb.val(now)),
    }))
    .where('to_address', 'in', addresses)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
