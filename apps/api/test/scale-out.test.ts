// Two API processes on one Postgres database and one Redis, with no sticky sessions: they start
// together on an empty database, share sessions and sign-in limits, show the same counts, and
// only one of them (the elected leader) runs the background work; when it dies, the other takes over.
import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrations } from '../src/db/migrations/index.js';
import { eventually, startApiProcess, type ApiProcess } from './api-process.js';
import { startSmtpCatcher, type SmtpCatcher } from './smtp-catcher.js';

const template = inject('databaseTemplate');
const serverUrl = template.driver === 'postgres' ? template.serverUrl : null;
if (!serverUrl) {
  console.warn(
    'Skipping the scale-out test: it needs a Postgres server; it runs when DATABASE_URL is set (the Postgres pass of `npm test`)',
  );
}

const ADMIN = { email: 'admin@example.org', password: 'correct horse battery staple' };
const SIGN_IN = `mutation ($input: SignInInput!) {
  signIn(input: $input) { __typename ... on TooManyAttemptsError { retryAfterSeconds } }
}`;
const SIGN = `mutation ($input: SignAppealInput!) { signAppeal(input: $input) { __typename } }`;

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisPrefix = `chorus-test-${randomUUID()}:`;
let databaseUrl: string;
let databaseName: string;
let smtp: SmtpCatcher;
let first: ApiProcess;
let second: ApiProcess;
let db: pg.Client;

function onDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl ?? '' });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function role(api: ApiProcess): Promise<string | undefined> {
  const response = await fetch(`${api.url}/readyz`);
  return ((await response.json()) as { role?: string }).role;
}

async function publicCount(api: ApiProcess): Promise<number> {
  const response = await fetch(`${api.url}/appeals/korea-peace-appeal/count.json`);
  return ((await response.json()) as { count: number }).count;
}

function tokenIn(raw: string): string | null {
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  return /confirm\?token=([0-9a-f]{64})/.exec(unfolded)?.[1] ?? null;
}

/** Signs as `email` through `api`, waits for the confirmation mail, and confirms through `confirmVia`. */
async function signAndConfirm(api: ApiProcess, confirmVia: ApiProcess, email: string): Promise<void> {
  const { body } = await api.graphql<{ signAppeal: { __typename: string } }>(SIGN, {
    input: {
      appealSlug: 'korea-peace-appeal',
      name: 'Scale Test',
      email,
      country: 'DE',
      locale: 'en',
      consentToLead: false,
      consentVersion: '2026-11-v1',
    },
  });
  expect(body.data?.signAppeal.__typename).toBe('SignAppealSuccess');
  const token = await eventually(`the confirmation mail to ${email}`, async () => {
    const mail = smtp.mails.find((caught) => caught.to.includes(email));
    return mail ? (tokenIn(mail.raw) ?? undefined) : undefined;
  });
  const confirmed = await fetch(`${confirmVia.url}/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token }),
  });
  expect(confirmed.status).toBe(200);
}

describe.skipIf(!serverUrl)('two API processes on one database and one Redis', () => {
  beforeAll(async () => {
    // An empty database, not a migrated copy: both processes migrate it as they start.
    databaseName = `chorus_scale_${randomBytes(5).toString('hex')}`;
    await onServer(`CREATE DATABASE ${databaseName}`);
    databaseUrl = onDatabase(serverUrl ?? '', databaseName);
    smtp = await startSmtpCatcher();
    const environment = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      // A prefix of this run's own: runs sharing the Redis do not see each other's counters.
      REDIS_KEY_PREFIX: redisPrefix,
      SMTP_URL: smtp.url,
      CHORUS_DEMO_DATA: 'auto',
      CHORUS_ADMIN_EMAIL: ADMIN.email,
      CHORUS_ADMIN_PASSWORD: ADMIN.password,
    };
    [first, second] = await Promise.all([startApiProcess(environment), startApiProcess(environment)]);
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end().catch(() => undefined);
    await Promise.allSettled([first?.stop(), second?.stop(), smtp?.close()]);
    if (databaseName) await onServer(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    // This run's counters in Redis, which would otherwise linger until they expire.
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    try {
      const keys = await redis.keys(`${redisPrefix}*`);
      if (keys.length > 0) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  });

  it('start together on an empty database: migrated once, one demo campaign, one first admin', async () => {
    const applied = await db.query<{ name: string }>('select name from kysely_migration order by name');
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
    const campaigns = await db.query<{ count: string }>('select count(*) from campaigns');
    expect(campaigns.rows[0]?.count).toBe('1');
    const admins = await db.query<{ count: string }>('select count(*) from users where is_admin');
    expect(admins.rows[0]?.count).toBe('1');
    const created = [first, second].filter((api) => api.output().includes('created the first admin'));
    expect(created).toHaveLength(1);
  });

  it('accept a session made on one on the other', async () => {
    const signedIn = await first.graphql(SIGN_IN, { input: ADMIN });
    expect(signedIn.body.data).toEqual({ signIn: { __typename: 'SignInSuccess' } });
    const cookie = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const viewer = await second.graphql(`{ viewer { kind user { email } } }`, {}, { cookie });
    expect(viewer.body.data).toEqual({ viewer: { kind: 'USER', user: { email: ADMIN.email } } });
  });

  it('share the sign-in throttle: failures on either count against the account on both', async () => {
    const account = { email: 'organiser@example.org', password: 'not the password at all' };
    // Five failures per account are allowed, spread over both processes.
    for (const api of [first, second, first, second, first]) {
      const { body } = await api.graphql(SIGN_IN, { input: account });
      expect(body.data).toEqual({ signIn: { __typename: 'InvalidCredentialsError' } });
    }
    for (const api of [second, first]) {
      const { body } = await api.graphql<{ signIn: { __typename: string; retryAfterSeconds: number } }>(
        SIGN_IN,
        { input: account },
      );
      expect(body.data?.signIn.__typename).toBe('TooManyAttemptsError');
      expect(body.data?.signIn.retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it('elect one leader for the background work; signatures on both are mailed once and counted alike', async () => {
    const roles = [await role(first), await role(second)].sort();
    expect(roles).toEqual(['follower', 'leader']);
    const leaders = [first, second].filter((api) =>
      api.output().includes('this process is the leader: it runs the background work'),
    );
    expect(leaders).toHaveLength(1);

    const before = await publicCount(first);
    await Promise.all([
      signAndConfirm(first, second, 'ana@example.org'),
      signAndConfirm(second, first, 'bo@example.org'),
      signAndConfirm(second, second, 'cy@example.org'),
    ]);
    await eventually('both processes to show the new count', async () => {
      const [one, two] = [await publicCount(first), await publicCount(second)];
      return one === before + 3 && two === before + 3 ? true : undefined;
    });
    const graphqlCounts = await Promise.all(
      [first, second].map(async (api) => {
        const { body } = await api.graphql<{ appeal: { signatureCount: number } }>(
          `{ appeal(slug: "korea-peace-appeal") { signatureCount } }`,
        );
        return body.data?.appeal.signatureCount;
      }),
    );
    expect(graphqlCounts).toEqual([before + 3, before + 3]);

    // Each mail in the outbox reached the mail server once, though two processes could send it.
    const sent = await db.query<{ id: string }>('select id from outbox_messages where sent_at is not null');
    const delivered = smtp.mails.map((mail) => /^Message-ID:\s*<outbox-([0-9a-f-]+)@/im.exec(mail.raw)?.[1]);
    expect(delivered.sort()).toEqual(sent.rows.map((row) => row.id).sort());
  });

  it('hand the background work to the other process when the leader dies', async () => {
    const leader = (await role(first)) === 'leader' ? first : second;
    const survivor = leader === first ? second : first;
    await leader.kill();
    await eventually('the survivor to take over', async () =>
      (await role(survivor)) === 'leader' ? true : undefined,
    );
    expect(survivor.output()).toContain('this process is the leader: it runs the background work');
    // The new leader sends the mail and updates the count.
    const before = await publicCount(survivor);
    await signAndConfirm(survivor, survivor, 'dae@example.org');
    await eventually('the survivor to count the new signature', async () =>
      (await publicCount(survivor)) === before + 1 ? true : undefined,
    );
  });
});
