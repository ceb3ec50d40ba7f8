// Mail leaves Chorus through the outbox table, written in the same transaction as whatever the
// mail is about. Until a sender is configured, messages stay there and admins read them.
import type { Kysely } from 'kysely';
import type { Database, OutboxMessageRow } from '../../db/database.js';
import { toPage, type OffsetPage, type Page } from '../paging.js';
import * as repository from './mail.repository.js';

export interface OutboxMessage {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
}

function toOutboxMessage(row: OutboxMessageRow): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

export async function queueMail(
  db: Kysely<Database>,
  message: { kind: string; to: string; subject: string; text: string },
): Promise<OutboxMessage> {
  return toOutboxMessage(
    await repository.insertOutboxMessage(db, {
      kind: message.kind,
      toAddress: message.to,
      subject: message.subject,
      textBody: message.text,
    }),
  );
}

/** Newest first. Callers check that the viewer is an admin. */
export async function listOutbox(
  db: Kysely<Database>,
  options: { to: string | null } & OffsetPage,
): Promise<Page<OutboxMessage>> {
  const rows = await repository.listOutboxMessages(db, {
    toAddress: options.to,
    offset: options.offset,
    limit: options.limit + 1,
  });
  return toPage(rows.map(toOutboxMessage), options);
}
