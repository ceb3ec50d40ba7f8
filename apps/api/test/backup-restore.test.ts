// A backup is only as good as its restore: a live Chorus database with the demo campaign,
// signatures and event registrations is dumped with pg_dump, restored with pg_restore into a new
// database, and Chorus starts on the copy with the same counts and, given the same encryption
// key, reads the supporters' sealed data.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, startApiProcess, type ApiProcess } from './api-process.js';

const run = promisify(execFile);
const template = inject('databaseTemplate');
const serverUrl = template.driver === 'postgres' ? template.serverUrl : null;
if (!serverUrl) {
  console.warn(
    'Skipping the backup and restore test: it needs a Postgres server; it runs when DATABASE_URL is set (the Postgres pass of `npm test`)',
  );
}

const ADMIN = { email: 'admin@example.org', password: 'correct horse battery staple' };
const suffix = randomBytes(5).toString('hex');
const names = { live: `chorus_backup_${suffix}`, restored: `chorus_restored_${suffix}` };
let workDir: string;
let live: ApiProcess | null = null;
let restored: ApiProcess | null = null;

function urlOf(name: string): string {
  const parsed = new URL(serverUrl ?? '');
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function onDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** What an operator checks after a restore. */
async function figures(url: string) {
  return onDatabase(url, async (client) => {
    const { rows } = await client.query<Record<string, string>>(`
      select
        (select count(*) from signatures) as signatures,
        (select count(*) from signatures where status = 'confirmed') as confirmed,
        (select coalesce(sum(confirmed), 0) from appeal_counts) as counted,
        (select count(*) from rsvps) as registrations,
        (select count(*) from users) as users,
        (select count(*) from outbox_messages) as mails,
        (select count(*) from kysely_migration) as migrations`);
    return rows[0];
  });
}

async function publicCount(api: ApiProcess): Promise<number> {
  const response = await fetch(`${api.url}/appeals/korea-peace-appeal/count.json`);
  return ((await response.json()) as { count: number }).count;
}

describe.skipIf(!serverUrl)('backups', () => {
  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'chorus-backup-'));
    await onDatabase(serverUrl ?? '', (client) => client.query(`CREATE DATABASE ${names.live}`));
  });

  afterAll(async () => {
    await Promise.all([live?.stop(), restored?.stop()]);
    await onDatabase(serverUrl ?? '', async (client) => {
      for (const name of Object.values(names))
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
    await rm(workDir, { recursive: true, force: true });
  });

  it('restores a pg_dump of a live database into a new one that Chorus starts on with the same counts', async () => {
    const environment = {
      CHORUS_DEMO_DATA: 'auto',
      CHORUS_ADMIN_EMAIL: ADMIN.email,
      CHORUS_ADMIN_PASSWORD: ADMIN.password,
    };
    live = await startApiProcess({ ...environment, DATABASE_URL: urlOf(names.live) });

    // Supporters sign; most confirm with the link in their mail (left in the outbox: no SMTP here).
    const signers = ['ana', 'bo', 'cy', 'dae', 'eun', 'fay'].map((name) => `${name}@example.org`);
    for (const email of signers) {
      const { body } = await live.graphql<{ signAppeal: { __typename: string } }>(
        `mutation ($input: SignAppealInput!) { signAppeal(input: $input) { __typename } }`,
        {
          input: {
            appealSlug: 'korea-peace-appeal',
            name: `Supporter ${email.split('@')[0]}`,
            email,
            country: 'KR',
            locale: 'en',
            consentToLead: true,
            consentVersion: '2026-11-v1',
          },
        },
      );
      expect(body.data?.signAppeal.__typename).toBe('SignAppealSuccess');
    }
    const links = await onDatabase(urlOf(names.live), (client) =>
      client.query<{ text_body: string }>(
        `select text_body from outbox_messages where kind = 'signature-confirmation' order by created_at limit 4`,
      ),
    );
    for (const { text_body } of links.rows) {
      const token = /confirm\?token=([0-9a-f]{64})/.exec(text_body)?.[1] ?? '';
      const confirmed = await fetch(`${live.url}/confirm`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }),
      });
      expect(confirmed.status).toBe(200);
    }
    // And two register for the upcoming online briefing.
    const events = await live.graphql<{ campaign: { events: { edges: { node: { id: string } }[] } } }>(
      `{ campaign(slug: "korea-peace-now") { events(status: SCHEDULED) { edges { node { id } } } } }`,
    );
    const briefing = events.body.data?.campaign.events.edges[0]?.node.id ?? '';
    for (const email of ['gil@example.org', 'hana@example.org']) {
      const { body } = await live.graphql<{ rsvpEvent: { status: string } }>(
        `mutation ($input: RsvpEventInput!) { rsvpEvent(input: $input) { ... on RsvpEventSuccess { status } } }`,
        { input: { eventId: briefing, name: 'Registrant', email, locale: 'en', consentToLead: false } },
      );
      expect(body.data?.rsvpEvent.status).toBe('REGISTERED');
    }
    const shown = await eventually('the live count to include the confirmations', async () => {
      const count = await publicCount(live as ApiProcess);
      return count >= 4 ? count : undefined;
    });

    // The backup, taken while Chorus runs: pg_dump works from a consistent snapshot.
    const dump = join(workDir, 'chorus.dump');
    await run('pg_dump', ['--format=custom', `--file=${dump}`, urlOf(names.live)]);
    expect((await stat(dump)).size).toBeGreaterThan(0);
    const before = await figures(urlOf(names.live));
    expect(before).toMatchObject({ signatures: '6', confirmed: '4', counted: '4', registrations: '2' });

    // The restore, into a new empty database.
    await onDatabase(serverUrl ?? '', (client) => client.query(`CREATE DATABASE ${names.restored}`));
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      `--dbname=${urlOf(names.restored)}`,
      dump,
    ]);
    expect(await figures(urlOf(names.restored))).toEqual(before);

    // Chorus starts on the copy (with the same encryption key), shows the same count, lets the admin
    // in, and reads a supporter's sealed data.
    await live.stop();
    live = null;
    restored = await startApiProcess({ ...environment, DATABASE_URL: urlOf(names.restored) });
    expect(restored.output()).not.toContain('loaded the demo campaign');
    const ready = await fetch(`${restored.url}/readyz`);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'postgres' });
    expect(await publicCount(restored)).toBe(shown);
    const signedIn = await restored.graphql(
      `mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }`,
      { input: ADMIN },
    );
    expect(signedIn.body.data).toEqual({ signIn: { __typename: 'SignInSuccess' } });
    const cookie = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const exported = await restored.graphql<{ exportSupporter: string }>(
      `query ($email: String!) { exportSupporter(email: $email) }`,
      { email: 'ana@example.org' },
      { cookie },
    );
    expect(exported.body.data?.exportSupporter).toContain('Supporter ana');
  }, 120_000);
});
