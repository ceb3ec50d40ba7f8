// Streamed exports on worker threads (on Postgres) and on the request's thread (on PGlite): the
// same CSV either way, a worker stopped when its download is abandoned, and no more workers at
// once than allowed.
import { readdir, readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ExportRunner, namedConnection } from '../src/modules/exports/export-threads.js';
import { exportLines, type ExportJob, type ExportRequester } from '../src/modules/exports/export-jobs.js';
import { EXPORT_PAGE } from '../src/modules/paging.js';
import { ADMIN, startTestApi, TEST_SECRETS, type TestApi } from './harness.js';

let api: TestApi;
let job: ExportJob;
let requester: ExportRequester;
// More pages than a worker may send ahead of its reader, so an export not read waits.
const bulk = 6 * EXPORT_PAGE + 37;

beforeAll(async () => {
  api = await startTestApi({ demoData: true, admin: true });
  const db = api.database.db;
  const appeal = await db
    .selectFrom('appeals')
    .select(['id', 'slug'])
    .where('slug', '=', 'korea-peace-appeal')
    .executeTakeFirstOrThrow();
  await sql`
    insert into signatures (appeal_id, email_index, email_sealed, name_sealed, comment_sealed, country,
      locale, status, consent_version, consent_to_lead, consent_to_partner, confirmed_at)
    select ${appeal.id}::uuid, 'export-' || n, ${TEST_SECRETS.seal('signer@example.org')},
      ${TEST_SECRETS.seal('Kim "Peace" Ji-su')}, ${TEST_SECRETS.seal('=1+1, and\r\nmore')},
      'KR', 'ko', 'confirmed', '2026-11-v1', true, false, now()
    from generate_series(1, ${bulk}) as n`.execute(db);
  const admin = await db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('email', '=', ADMIN.email)
    .executeTakeFirstOrThrow();
  job = { kind: 'appealSignatures', appeal };
  requester = {
    viewer: {
      kind: 'user',
      userId: admin.id,
      sessionId: 'export-test',
      email: admin.email,
      name: admin.name,
      isAdmin: true,
      memberships: new Map(),
    },
    requestId: 'export-test',
  };
});
afterAll(() => api.close());

const runners: ExportRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.map((runner) => runner.close()));
  runners.length = 0;
});

function runnerFor(options: { maxConcurrent?: number; idleMs?: number } = {}) {
  const { connection } = api.database;
  const runner = new ExportRunner({
    databaseUrl: 'databaseUrl' in connection ? connection.databaseUrl : null,
    db: api.database.db,
    secrets: TEST_SECRETS,
    ...options,
  });
  runners.push(runner);
  return runner;
}

async function text(chunks: AsyncIterable<string | Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let all = '';
  for await (const chunk of chunks) all += typeof chunk === 'string' ? chunk : decoder.decode(chunk);
  return all;
}

it("names an export's connection for pg_stat_activity, unless its URL does", () => {
  expect(namedConnection('postgres://u:p@db:5432/chorus')).toBe(
    'postgres://u:p@db:5432/chorus?application_name=chorus%20export',
  );
  expect(namedConnection('postgres://u@/chorus?host=/run/postgresql')).toBe(
    'postgres://u@/chorus?host=/run/postgresql&application_name=chorus%20export',
  );
  expect(namedConnection('postgres://db/chorus?application_name=mine')).toBe(
    'postgres://db/chorus?application_name=mine',
  );
});

it('runs on worker threads on Postgres and on the request thread on PGlite', () => {
  expect(runnerFor().onWorkerThreads).toBe(api.database.driver === 'postgres');
});

it('writes the same CSV as the export run on the request thread, and audits it', async () => {
  const runner = runnerFor();
  const exported = await text(runner.run(job, requester));
  const here = await text(exportLines({ db: api.database.db, ...requester }, TEST_SECRETS, job));
  expect(exported).toBe(here);
  expect(exported).toContain('"Kim ""Peace"" Ji-su","signer@example.org"');
  expect(exported).toContain(`"'=1+1, and\r\nmore"`);
  // The header and every row, each row once.
  expect(exported.split('"signer@example.org"')).toHaveLength(bulk + 1);
  const audits = await api.database.db
    .selectFrom('audit_events')
    .select(['changes'])
    .where('action', '=', 'signatures.exported')
    .execute();
  // One record for each of the two exports, each with every row.
  expect(audits.map((audit) => audit.changes?.['records']?.after)).toEqual([bulk, bulk]);
  expect(runner.running).toBe(0);
});

describe.skipIf(process.env.DATABASE_URL === undefined)('on worker threads', () => {
  it('stops the worker of an abandoned download, which is then not audited as complete', async () => {
    const runner = runnerFor();
    const before = await api.database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('action', '=', 'signatures.exported')
      .executeTakeFirstOrThrow();
    const chunks = runner.run(job, requester);
    expect((await chunks.next()).done).toBe(false);
    expect(runner.running).toBe(1);
    await chunks.return(undefined);
    expect(runner.running).toBe(0);
    const after = await api.database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('action', '=', 'signatures.exported')
      .executeTakeFirstOrThrow();
    expect(Number(after.count)).toBe(Number(before.count));
  });

  it('runs no more exports at once than allowed; the next waits for a turn', async () => {
    const runner = runnerFor({ maxConcurrent: 1 });
    const first = runner.run(job, requester);
    const second = runner.run(job, requester);
    const firstHeader = await first.next();
    expect(firstHeader.done).toBe(false);
    // The second asks for its first chunk while the first export holds the only turn.
    const secondHeader = second.next();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runner.running).toBe(1);
    const rest = await text(first);
    expect(rest.length).toBeGreaterThan(0);
    expect((await secondHeader).done).toBe(false);
    expect((await text(second)).length).toBe(rest.length);
    expect(runner.running).toBe(0);
  });

  it('gives the next export the worker of the last, and ends a worker left without one', async () => {
    const runner = runnerFor({ idleMs: 300 });
    const first = await text(runner.run(job, requester));
    expect(runner.idle).toBe(1);
    expect(await text(runner.run(job, requester))).toBe(first);
    expect(runner.started).toBe(1);
    expect(runner.idle).toBe(1);
    await expect.poll(() => runner.idle, { timeout: 5000 }).toBe(0);
    // A new worker for the export after that.
    expect(await text(runner.run(job, requester))).toBe(first);
    expect(runner.started).toBe(2);
  });

  it('does not give the worker of an abandoned export to the next', async () => {
    const runner = runnerFor();
    const abandoned = runner.run(job, requester);
    await abandoned.next();
    await abandoned.return(undefined);
    expect(runner.idle).toBe(0);
    await text(runner.run(job, requester));
    expect(runner.started).toBe(2);
  });

  it('drops an export still waiting for its turn when its client goes', async () => {
    const runner = runnerFor({ maxConcurrent: 1 });
    const first = runner.run(job, requester);
    expect((await first.next()).done).toBe(false);
    const gone = new AbortController();
    const second = runner.run(job, requester, gone.signal);
    const secondFirst = second.next();
    await expect.poll(() => runner.waiting).toBe(1);
    gone.abort();
    expect(await secondFirst).toEqual({ done: true, value: undefined });
    expect(runner.waiting).toBe(0);
    expect(runner.running).toBe(1);
    await first.return(undefined);
    expect(runner.running).toBe(0);
  });

  it('counts the exports running in /metrics, and stops one whose download is cancelled', async () => {
    const admin = await api.signIn(ADMIN.email, ADMIN.password);
    const running = async () =>
      Number(
        /^chorus_exports\{state="running"\} (\d+)$/m.exec(
          await (await fetch(`${api.url}/metrics`)).text(),
        )?.[1],
      );
    expect(await running()).toBe(0);
    const response = await fetch(`${api.url}/appeals/korea-peace-appeal/signatures.csv`, {
      headers: admin.headers,
    });
    const reader = response.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    expect(await running()).toBe(1);
    await reader.cancel();
    await expect.poll(running, { timeout: 5000 }).toBe(0);
  });

  it('ends the download with an error when the database fails midway, and audits nothing', async () => {
    const runner = runnerFor();
    const audited = () =>
      api.database.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('action', '=', 'signatures.exported')
        .executeTakeFirstOrThrow();
    const before = await audited();
    const chunks = runner.run(job, requester);
    // The header, then a page: the worker has connected by then.
    expect((await chunks.next()).done).toBe(false);
    expect((await chunks.next()).done).toBe(false);
    // The worker's connection, as Postgres lists it, is cut while the export waits for its reader.
    const { rows } = await sql<{ stopped: boolean }>`
      select pg_terminate_backend(pid) as stopped from pg_stat_activity
      where application_name = 'chorus export' and datname = current_database()`.execute(api.database.db);
    expect(rows).toEqual([{ stopped: true }]);
    await expect(text(chunks)).rejects.toThrow(/The export failed: .*terminat/);
    expect(Number((await audited()).count)).toBe(Number(before.count));
    // The worker ends on its own once it has closed what is left of its connection.
    await expect.poll(() => runner.running).toBe(0);
  });

  it.skipIf(process.platform !== 'linux')('runs the export at a lower priority than requests', async () => {
    /** The nice value of each thread of this process, from /proc. */
    const niceValues = async () => {
      const threads = await readdir('/proc/self/task');
      const values = await Promise.all(
        threads.map(async (thread) => {
          const stat = await readFile(`/proc/self/task/${thread}/stat`, 'utf8');
          // Fields after the command name (in parentheses): nice is the 19th field of the line.
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
        }),
      );
      return values;
    };
    const runner = runnerFor();
    const chunks = runner.run(job, requester);
    await chunks.next();
    expect(await niceValues()).toContain(10);
    await chunks.return(undefined);
  });

  it('ends a running download with an error when the runner closes', async () => {
    const runner = runnerFor();
    const chunks = runner.run(job, requester);
    await chunks.next();
    await runner.close();
    await expect(text(chunks)).rejects.toThrow(/worker stopped/);
  });
});
