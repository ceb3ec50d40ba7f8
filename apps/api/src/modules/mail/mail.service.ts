// Mail leaves Chorus through the outbox table, written in the same transaction as whatever the
// mail is about. Until a sender is configured, messages stay there and admins read them.
import type { Kysely } from 'kysely';
import type { Database, OutboxMessageRow } from '../../db/database.js';
import { isDatabaseUnavailable } from '../../db/errors.js';
import { toPage, type OffsetPage, type Page } from '../paging.js';
import * as repository from './mail.repository.js';
import { htmlFromText } from './templates.js';

export interface OutboxMessage {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
  failedAt: Date | null;
}

function toOutboxMessage(row: OutboxMessageRow): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    attempts: row.attempts,
    lastError: row.last_error,
    failedAt: row.failed_at,
  };
}

export interface MailToQueue {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * A mail as the outbox stores it, its HTML part made from the text when none is given: for a
 * workflow that queues it in the same statement as its own write (signing does).
 */
export function outboxRow(message: MailToQueue): {
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
} {
  return {
    kind: message.kind,
    to_address: message.to,
    subject: message.subject,
    text_body: message.text,
    html_body: message.html ?? htmlFromText(message.text),
  };
}

/** Queues a mail; its HTML part is made from the text when none is given. */
export async function queueMail(db: Kysely<Database>, message: MailToQueue): Promise<OutboxMessage> {
  const row = outboxRow(message);
  return toOutboxMessage(
    await repository.insertOutboxMessage(db, {
      kind: row.kind,
      toAddress: row.to_address,
      subject: row.subject,
      textBody: row.text_body,
      htmlBody: row.html_body,
    }),
  );
}

/** Something that sends one mail, such as a nodemailer transport. */
export interface MailTransport {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html?: string;
    messageId?: string;
  }): Promise<unknown>;
}

/**
 * The Message-ID of an outbox message: the same on every attempt, so a receiving server (and a
 * reader) can tell a repeated delivery from a new mail.
 */
export function messageIdFor(outboxId: string, from: string): string {
  const domain = /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'chorus.local';
  return `<outbox-${outboxId}@${domain}>`;
}

export const MAX_ATTEMPTS = 8;

/** 1 min, 2, 4, … up to 6 h between attempts. */
export function retryDelayMs(attempt: number): number {
  return Math.min(60_000 * 2 ** (attempt - 1), 6 * 60 * 60 * 1000);
}

/** How long a sender keeps the messages it claimed before another sender may take them. */
const CLAIM_MS = 60_000;

export interface DeliveryOptions {
  from: string;
  limit?: number;
  now?: Date;
  /**
   * Told each time a sent message could not be recorded as sent (the database went away); the
   * recording is retried after `recordRetryMs` until it succeeds.
   */
  onRecordRetry?: (error: unknown, messageId: string) => void;
  recordRetryMs?: number;
  /** How many messages are handed to the transport at once (5). */
  concurrency?: number;
}

/**
 * Sends the mail that is due, up to `limit` messages. A failed attempt is retried later with
 * back-off; after MAX_ATTEMPTS the message is marked failed and stays readable in the outbox.
 * Returns how many were sent and how many failed this time.
 *
 * A message is claimed before it is sent, so no other sender takes it, and recorded as sent
 * afterwards. When the database goes away between the two, the message has left: recording it
 * is retried until the database answers again (the claim still holds it meanwhile), so it is not
 * sent twice. Only a process that dies in that moment leaves it to be sent again.
 */
export async function deliverDueMail(
  db: Kysely<Database>,
  transport: MailTransport,
  options: DeliveryOptions,
): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? new Date();
  const claimedUntil = new Date(now.getTime() + CLAIM_MS);
  const due = await repository.claimDueMessages(db, { now, claimMs: CLAIM_MS, limit: options.limit ?? 50 });
  const concurrency = Math.max(1, options.concurrency ?? 5);
  let sent = 0;
  let failed = 0;
  // A few at a time over the transport's pooled connections: one SMTP round trip per mail in turn
  // is about eight mails a second, less than a popular appeal's signers.
  for (let start = 0; start < due.length; start += concurrency) {
    const group = due.slice(start, start + concurrency);
    const outcomes = await Promise.all(
      group.map((message) =>
        transport
          .sendMail({
            from: options.from,
            to: message.to_address,
            subject: message.subject,
            text: message.text_body,
            ...(message.html_body ? { html: message.html_body } : {}),
            messageId: messageIdFor(message.id, options.from),
          })
          .then(
            () => null,
            (error: unknown) => error,
          ),
      ),
    );
    let waited = false;
    for (const [index, message] of group.entries()) {
      const error = outcomes[index];
      if (error) {
        const attempt = message.attempts + 1;
        await repository.markAttemptFailed(db, message.id, {
          error: error instanceof Error ? error.message : String(error),
          nextAttemptAt: attempt >= MAX_ATTEMPTS ? null : new Date(now.getTime() + retryDelayMs(attempt)),
          now,
        });
        failed += 1;
        continue;
      }
      sent += 1;
      // Every message of the group has left: each is recorded, however long the database takes.
      if (!(await recordSent(db, message.id, options))) waited = true;
    }
    if (waited) {
      // The database was away for a while: the rest of this batch may have outlived its claim.
      // Give back what is still ours; the next round claims it afresh.
      const rest = due.slice(start + concurrency).map((unsent) => unsent.id);
      await repository.releaseClaims(db, rest, claimedUntil);
      break;
    }
  }
  return { sent, failed };
}

/** Records a sent message, retrying while the database is unreachable; false when it had to wait. */
async function recordSent(db: Kysely<Database>, id: string, options: DeliveryOptions): Promise<boolean> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await repository.markSent(db, id, new Date());
      return attempt === 1;
    } catch (error) {
      // A message that cannot be recorded for another reason (a bug) must not stall the outbox forever.
      if (!isDatabaseUnavailable(error) && attempt >= 5) throw error;
      options.onRecordRetry?.(error, id);
      await new Promise((resolve) => setTimeout(resolve, options.recordRetryMs ?? 1000));
    }
  }
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

/** The mail written to any of these addresses (for a supporter's export). */
export async function mailTo(db: Kysely<Database>, addresses: readonly string[]): Promise<OutboxMessage[]> {
  return (await repository.findMessagesTo(db, addresses)).map(toOutboxMessage);
}

/** Erases the mail written to these addresses; returns how many messages. */
export function eraseMailTo(
  db: Kysely<Database>,
  addresses: readonly string[],
  now = new Date(),
): Promise<number> {
  return repository.eraseMessagesTo(db, addresses, now);
}
