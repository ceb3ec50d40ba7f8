// Background work of the API process: keeping the public signature counts up to date, reminding
// signers who have not confirmed and people registered for events, sending the outbox's mail, and erasing personal data past its
// retention period. With several processes on one database, only the elected leader does it.
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from './db/database.js';
import { electLeader, type Role } from './db/leadership.js';
import { deliverDueMail, type MailTransport } from './modules/mail/mail.service.js';
import type { Secrets } from './modules/privacy/secrets.js';
import { eraseAfterRetention } from './modules/privacy/privacy.service.js';
import { systemViewer } from './modules/access/viewer.js';
import { remindRegistrants } from './modules/rsvps/rsvps.service.js';
import { recountSignatures, remindUnconfirmed } from './modules/signatures/signatures.service.js';

/** Mails claimed at a time by the sender. */
const MAIL_BATCH = 50;

export interface BackgroundWork {
  stop(): Promise<void>;
}

export interface BackgroundOptions {
  db: Kysely<Database>;
  log: FastifyBaseLogger;
  secrets: Secrets;
  publicUrl: string;
  /** Sends the outbox; without one, mail stays in the outbox. */
  mail: { transport: MailTransport; from: string } | null;
  countEveryMs?: number;
  /** How far back each count looks: much wider than the interval, so a slow transaction is still seen. */
  countWindowMs?: number;
  /** How often every appeal is recounted, which corrects anything a window missed. */
  reconcileEveryMs?: number;
  mailEveryMs?: number;
  remindEveryMs?: number;
  /** Personal data is erased this many months after an appeal closes. */
  retentionMonths: number;
}

/** Runs `task` every `everyMs`, never two at once, logging failures and carrying on. */
function repeat(everyMs: number, task: () => Promise<void>, log: FastifyBaseLogger, name: string) {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    running ??= task()
      .catch((error: unknown) => log.error({ err: error }, `${name} failed; will retry`))
      .finally(() => {
        running = null;
      });
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

export function startBackgroundWork(options: BackgroundOptions): BackgroundWork {
  const { db, log } = options;
  const windowMs = options.countWindowMs ?? 60_000;
  const reconcileEveryMs = options.reconcileEveryMs ?? 10 * 60_000;
  let lastFull = 0;
  // When counting failed for a while (the database was down), the next count reaches back to the
  // last one that worked, so confirmations made just before the outage are not left for the reconcile.
  let lastCounted = Date.now();
  const stops = [
    repeat(
      options.countEveryMs ?? 2000,
      async () => {
        const now = Date.now();
        const full = now - lastFull >= reconcileEveryMs;
        const since = Math.min(now, lastCounted) - windowMs;
        const changed = await recountSignatures(db, full ? null : new Date(since));
        lastCounted = now;
        if (full) lastFull = now;
        if (changed > 0) log.debug({ changed, full }, 'signature counts updated');
      },
      log,
      'counting signatures',
    ),
    repeat(
      options.remindEveryMs ?? 60_000,
      async () => {
        const reminded = await remindUnconfirmed(db, options.secrets, options.publicUrl);
        if (reminded > 0) log.info({ reminded }, 'reminded signers who have not confirmed');
        const registrants = await remindRegistrants(db, options.secrets, options.publicUrl);
        if (registrants > 0) log.info({ registrants }, 'reminded people registered for upcoming events');
      },
      log,
      'reminding signers',
    ),
    repeat(
      60 * 60 * 1000,
      async () => {
        const erased = await eraseAfterRetention(
          { db, viewer: systemViewer('retention'), requestId: null },
          options.secrets,
          options.retentionMonths,
        );
        if (erased > 0) log.info({ erased }, 'erased personal data past the retention period');
      },
      log,
      'erasing expired personal data',
    ),
  ];
  const mail = options.mail;
  if (mail) {
    stops.push(
      repeat(
        options.mailEveryMs ?? 1000,
        async () => {
          // Batch after batch while there is a full one waiting, so a rush of signers is mailed at
          // the transport's pace rather than one batch a second.
          for (let round = 0; round < 20; round += 1) {
            const result = await deliverDueMail(db, mail.transport, {
              from: mail.from,
              limit: MAIL_BATCH,
              onRecordRetry: (error, messageId) =>
                log.warn({ err: error, messageId }, 'mail sent but not yet recorded as sent; retrying'),
            });
            if (result.failed > 0) log.warn(result, 'some mail could not be sent; it will be retried');
            if (result.sent + result.failed < MAIL_BATCH) break;
          }
        },
        log,
        'sending mail',
      ),
    );
  }
  return {
    async stop() {
      await Promise.all(stops.map((stop) => stop()));
    },
  };
}

export interface LeaderWork {
  /** Whether this process runs the background work now. */
  role(): Role;
  stop(): Promise<void>;
}

/**
 * Runs the background work in one process only, among all those sharing the database: the one
 * elected leader. Another process takes over within seconds when the leader stops or dies.
 */
export function startBackgroundWorkWhenLeader(
  options: BackgroundOptions & { databaseUrl: string | null; checkEveryMs?: number },
): LeaderWork {
  const { log } = options;
  let work: BackgroundWork | null = null;
  const leadership = electLeader({
    databaseUrl: options.databaseUrl,
    ...(options.checkEveryMs ? { checkEveryMs: options.checkEveryMs } : {}),
    onElected() {
      log.info({ role: 'leader' }, 'this process is the leader: it runs the background work');
      work = startBackgroundWork(options);
    },
    async onDeposed() {
      log.info({ role: 'follower' }, 'this process no longer runs the background work');
      const stopping = work;
      work = null;
      await stopping?.stop();
    },
    onStandby() {
      log.info({ role: 'follower' }, 'another process is the leader and runs the background work');
    },
    onError(error) {
      log.warn({ err: error }, 'leader election cannot reach the database; trying again');
    },
  });
  return { role: () => leadership.role(), stop: () => leadership.stop() };
}
