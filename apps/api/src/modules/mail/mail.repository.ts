import type { Kysely } from 'kysely';
import type { Database, OutboxMessageRow } from '../../db/database.js';

export async function insertOutboxMessage(
  db: Kysely<Database>,
  message: { kind: string; toAddress: string; subject: string; textBody: string },
): Promise<OutboxMessageRow> {
  return db
    .insertInto('outbox_messages')
    .values({
      kind: message.kind,
      to_address: message.toAddress,
      subject: message.subject,
      text_body: message.textBody,
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
