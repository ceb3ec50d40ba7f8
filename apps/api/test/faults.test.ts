// The database goes away in the middle of a signing rush: Postgres (a server of this test's own)
// is stopped hard and started again while people sign and confirm. The API must stay up, answer a
// clear "retry" (HTTP 503) meanwhile, recover by itself, lose no signature it acknowledged, count
// right afterwards, and send every mail exactly once.
import { canonicalEmail } from '@chorus/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretsFrom } from '../src/modules/privacy/secrets.js';
import { eventually, PROCESS_ENCRYPTION_KEY, startApiProcess, type ApiProcess } from './api-process.js';
import { findPostgresBinaries, startPostgresServer, type PostgresServer } from './postgres-server.js';
import { startSmtpCatcher, type SmtpCatcher } from './smtp-catcher.js';

const bin = findPostgresBinaries();
if (!bin) {
  console.warn(
    'Skipping the database outage test: no PostgreSQL server binaries under /usr/lib/postgresql/<version>/bin',
  );
}

const SIGN = `mutation ($input: SignAppealInput!) { signAppeal(input: $input) { __typename } }`;
const secrets = secretsFrom(Buffer.from(PROCESS_ENCRYPTION_KEY, 'hex'));

let postgres: PostgresServer;
let smtp: SmtpCatcher;
let api: ApiProcess;
let db: pg.Client | null = null;

/** A connection of the test's own to the database, for checking what is stored. */
async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  if (!db) {
    db = new pg.Client({ connectionString: postgres.url('chorus') });
    await db.connect();
  }
  return (await db.query<T>(text, values)).rows;
}

describe.skipIf(!bin)('a database outage during signing', () => {
  beforeAll(async () => {
    [postgres, smtp] = await Promise.all([
      // The condition of describe.skipIf guarantees bin here.
      startPostgresServer(bin as string),
      startSmtpCatcher(),
    ]);
    await postgres.createDatabase('chorus');
    api = await startApiProcess({
      DATABASE_URL: postgres.url('chorus'),
      SMTP_URL: smtp.url,
      CHORUS_MAIL_FROM: 'Korea Peace Now! <campaigns@example.org>',
      CHORUS_SIGN_BURST: '1000000',
      CHORUS_SIGN_DAILY: '1000000',
    });
  });

  afterAll(async () => {
    // Each step runs whatever happened to the one before: the server must not outlive the test.
    await db?.end().catch(() => undefined);
    await api?.stop().catch(() => undefined);
    await Promise.allSettled([smtp?.close(), postgres?.destroy()]);
  });

  it('answers 503 while Postgres is down, recovers by itself, keeps every acknowledged signature, and mails once', async () => {
    const succeeded = new Set<string>();
    const unexpected: string[] = [];
    let unavailableAnswers = 0;
    let sampleUnavailable: { status: number; retryAfter: string | null; body: unknown } | null = null;
    let running = true;

    // People signing: each retries after a 503, as the answer asks, then moves on to the next person.
    async function signer(worker: number) {
      for (let person = 0; running; person += 1) {
        const email = `signer-${worker}-${person}@example.org`;
        for (;;) {
          let response;
          try {
            response = await api.graphql<{ signAppeal: { __typename: string } }>(SIGN, {
              input: {
                appealSlug: 'korea-peace-appeal',
                name: `Signer ${worker}-${person}`,
                email,
                country: 'KR',
                locale: 'en',
                consentToLead: false,
                consentVersion: '2026-11-v1',
              },
            });
          } catch (error) {
            unexpected.push(`${email}: no answer at all (${String(error)})`);
            return;
          }
          if (response.body.data?.signAppeal?.__typename === 'SignAppealSuccess') {
            succeeded.add(email);
            // A steady stream rather than a flood: the mail server has to keep up in this test.
            await new Promise((resolve) => setTimeout(resolve, 200));
            break;
          }
          if (
            response.status === 503 &&
            response.body.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE'
          ) {
            unavailableAnswers += 1;
            sampleUnavailable ??= {
              status: response.status,
              retryAfter: response.headers.get('retry-after'),
              body: response.body,
            };
            if (!running) return;
            await new Promise((resolve) => setTimeout(resolve, 100));
            continue;
          }
          unexpected.push(`${email}: ${response.status} ${JSON.stringify(response.body)}`);
          return;
        }
      }
    }

    // People confirming from their mail while all this happens.
    const confirmed = new Set<string>();
    const triedBefore = new Set<string>();
    async function confirmOne(token: string): Promise<void> {
      const response = await fetch(`${api.url}/confirm`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }),
      });
      // 404 after a 503: the first try was stored, only its answer was lost.
      if (response.status === 200 || (response.status === 404 && triedBefore.has(token))) {
        confirmed.add(token);
      } else if (response.status === 503) {
        triedBefore.add(token);
      } else {
        unexpected.push(`confirming ${token}: ${response.status}`);
        confirmed.add(token);
      }
    }
    const tokens = () => smtp.mails.map((mail) => tokenIn(mail.raw)).filter((token) => token !== null);
    async function confirmer() {
      while (running) {
        const open = tokens().filter((token) => !confirmed.has(token));
        for (const token of open.slice(0, 5)) await confirmOne(token);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    const load = [0, 1, 2, 3].map(signer).concat(confirmer());
    try {
      await outageDuringLoad();
    } finally {
      running = false;
      await Promise.all(load);
    }
    expect(unexpected).toEqual([]);
    expect(sampleUnavailable).toMatchObject({
      status: 503,
      retryAfter: '5',
      body: { errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
    });

    async function outageDuringLoad() {
      await eventually('the first signatures and confirmations', async () =>
        succeeded.size >= 20 && confirmed.size >= 5 ? true : undefined,
      );
      const countBefore = await fetch(`${api.url}/appeals/korea-peace-appeal/count.json`);
      expect(countBefore.status).toBe(200);

      // A mail is on its way when the database goes: the mail server answers only once it is gone.
      smtp.hold();
      await eventually('a mail to be on its way', async () => (smtp.held() > 0 ? true : undefined));
      await postgres.stopImmediately();
      // The process stays up and says why it cannot serve: liveness fine, readiness and GraphQL 503.
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${api.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable' });
      const read = await api.graphql(`{ appeal(slug: "korea-peace-appeal") { title(locale: "en") } }`);
      expect(read.status).toBe(503);
      expect(read.headers.get('retry-after')).toBe('5');
      expect(read.body.errors?.[0]).toMatchObject({
        message: expect.stringContaining('retry') as string,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
      await eventually('signers to be told to retry', async () =>
        unavailableAnswers >= 4 ? true : undefined,
      );
      const countDuringOutage = await fetch(`${api.url}/appeals/korea-peace-appeal/count.json`);
      // The public counter keeps showing its last count rather than failing.
      expect(countDuringOutage.status).toBe(200);
      expect(await countDuringOutage.json()).toEqual(await countBefore.json());

      smtp.release();
      await eventually('the sender to wait for the database to record a sent mail', async () =>
        api.output().includes('mail sent but not yet recorded as sent') ? true : undefined,
      );

      const beforeRestart = succeeded.size;
      await postgres.start();
      await eventually('readiness after the restart', async () => {
        const response = await fetch(`${api.url}/readyz`);
        return response.status === 200 ? true : undefined;
      });
      await eventually('signing to work again', async () =>
        succeeded.size >= beforeRestart + 20 ? true : undefined,
      );
      // The background work is picked up again: the process leads once more.
      await eventually('the process to lead the background work again', async () => {
        const body = (await (await fetch(`${api.url}/readyz`)).json()) as { role?: string };
        return body.role === 'leader' ? true : undefined;
      });
    }

    // Every signature that was acknowledged is stored.
    const indexes = [...succeeded].map((email) => secrets.emailIndex(canonicalEmail(email)));
    const stored = await query<{ email_index: string }>(
      'select email_index from signatures where email_index = any($1)',
      [indexes],
    );
    expect(new Set(stored.map((row) => row.email_index)).size).toBe(succeeded.size);

    // The outbox drains, and each message reached the mail server exactly once.
    await eventually(
      'the outbox to be sent',
      async () => {
        const [row] = await query<{ waiting: string }>(
          'select count(*) as waiting from outbox_messages where sent_at is null and failed_at is null',
        );
        return row?.waiting === '0' ? true : undefined;
      },
      90_000,
    );
    const outbox = await query<{ id: string; to_address: string }>(
      'select id, to_address from outbox_messages where sent_at is not null',
    );
    const deliveries = new Map<string, number>();
    for (const mail of smtp.mails) {
      const id = /^Message-ID:\s*<outbox-([0-9a-f-]+)@/im.exec(mail.raw)?.[1] ?? 'none';
      deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
    }
    expect([...deliveries.entries()].filter(([, times]) => times > 1)).toEqual([]);
    expect([...deliveries.keys()].sort()).toEqual(outbox.map((message) => message.id).sort());
    // Everyone whose signature was acknowledged got their confirmation mail.
    const mailed = new Set(smtp.mails.flatMap((mail) => mail.to));
    expect([...succeeded].filter((email) => !mailed.has(email))).toEqual([]);

    // Everyone confirms; the public count then agrees with the signatures stored.
    for (const token of tokens()) if (!confirmed.has(token)) await confirmOne(token);
    expect(unexpected).toEqual([]);
    const [truth] = await query<{ confirmed: string }>(
      `select count(*) as confirmed from signatures s join appeals a on a.id = s.appeal_id
       where a.slug = 'korea-peace-appeal' and s.status = 'confirmed'`,
    );
    expect(Number(truth?.confirmed)).toBeGreaterThanOrEqual(succeeded.size);
    const [offline] = await query<{ offline: string }>(
      `select coalesce(sum(b.count), 0) as offline from offline_signature_batches b
       join appeals a on a.id = b.appeal_id where a.slug = 'korea-peace-appeal'`,
    );
    const expected = Number(truth?.confirmed) + Number(offline?.offline);
    const shown = await eventually('the public count to catch up', async () => {
      const body = (await (await fetch(`${api.url}/appeals/korea-peace-appeal/count.json`)).json()) as {
        count: number;
      };
      return body.count === expected ? body.count : undefined;
    });
    expect(shown).toBe(expected);
    // The process never went down.
    expect(api.process.exitCode).toBeNull();
  }, 240_000);
});

function tokenIn(raw: string): string | null {
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  return /confirm\?token=([0-9a-f]{64})/.exec(unfolded)?.[1] ?? null;
}
