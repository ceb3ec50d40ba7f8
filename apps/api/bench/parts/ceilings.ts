// Ceilings measured on the same machine in the same run: what Postgres takes in single-row inserts
// of a signature-shaped row (pgbench, prepared protocol, synchronous_commit on), what Apollo
// answers for a query that touches no resolver through Chorus's HTTP stack, and what a bare
// Fastify JSON route answers. Chorus's figures are read as shares of these.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { secretsFrom } from '../../src/modules/privacy/secrets.js';
import { fmt, type BenchContext } from '../lib/context.js';
import { load, SECONDS } from '../lib/load.js';
import { BENCH_KEY, startApolloCeiling, startBareFastify } from '../lib/server.js';

const run = promisify(execFile);

function pgbenchPath(): string {
  const debian = '/usr/lib/postgresql/15/bin/pgbench';
  return existsSync(debian) ? debian : 'pgbench';
}

/** A table shaped like signatures (columns, defaults, indexes), filled by pgbench. */
async function insertScript(context: BenchContext, folder: string): Promise<string> {
  const { db } = context.database;
  await sql`create table if not exists bench_insert_ceiling (like signatures including all)`.execute(db);
  const appeal = await db.selectFrom('appeals').select('id').executeTakeFirst();
  const secrets = secretsFrom(BENCH_KEY);
  // Sealed values of the sizes a real signature stores.
  const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const script = join(folder, 'insert.sql');
  await writeFile(
    script,
    `\\set n random(1, 1000000000)
insert into bench_insert_ceiling (appeal_id, email_index, email_sealed, name_sealed, country, locale, status,
  consent_version, consent_to_lead, consent_to_partner, ip_hash, email_domain_hash, confirm_token_hash,
  confirm_token_sealed, confirm_expires_at)
values (${literal(appeal?.id ?? '00000000-0000-0000-0000-000000000000')}, md5(:client_id || '-' || :n || random()),
  ${literal(secrets.seal('pgbench.signer@example.org'))}, ${literal(secrets.seal('Pgbench Signer'))}, 'KR', 'en',
  'pending', '2026-11-v1', true, false, ${literal(secrets.ipHash('127.0.0.1'))},
  ${literal(secrets.domainHash('example.org'))}, md5(random()::text),
  ${literal(secrets.seal('0123456789abcdef0123456789abcdef0123456789a'))}, now() + interval '7 days');
`,
  );
  return script;
}

async function pgbench(context: BenchContext, script: string, clients: number) {
  const { stdout } = await run(
    pgbenchPath(),
    [
      '-n',
      '-M',
      'prepared',
      '-c',
      String(clients),
      '-j',
      String(Math.min(clients, 2)),
      '-T',
      String(SECONDS),
      '-f',
      script,
      context.database.url,
    ],
    { maxBuffer: 1 << 20 },
  );
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1]);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(stdout)?.[1]);
  if (!Number.isFinite(tps)) throw new Error(`Could not read pgbench's output:\n${stdout}`);
  return { clients, tps: Math.round(tps), latencyAverageMs: latency };
}

export async function ceilings(context: BenchContext): Promise<Record<string, unknown>> {
  const folder = await mkdtemp(join(tmpdir(), 'chorus-pgbench-'));
  const pgbenchRuns = [];
  try {
    const script = await insertScript(context, folder);
    for (const clients of context.concurrency) {
      const result = await pgbench(context, script, clients);
      context.ceilings.pgbenchInsert[clients] = result.tps;
      pgbenchRuns.push(result);
      context.rows.push({
        part: 'ceiling',
        measure: `pgbench single-row insert, ${clients} clients`,
        value: fmt.rate(result.tps),
      });
    }
  } finally {
    await sql`drop table if exists bench_insert_ceiling`.execute(context.database.db);
    await rm(folder, { recursive: true, force: true });
  }

  const apolloRuns = [];
  const chorus = await startApolloCeiling(context.database.url);
  try {
    const request = {
      url: `${chorus.url}/graphql`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    };
    await load({ ...request, connections: 32, seconds: 3 });
    for (const connections of context.concurrency) {
      const result = await load({ ...request, connections, server: chorus });
      context.ceilings.apolloTypename[connections] = result.rate;
      apolloRuns.push(result);
      context.rows.push({
        part: 'ceiling',
        measure: `Apollo { __typename } via buildApp, ${connections} connections`,
        value: `${fmt.rate(result.rate)}, p99 ${fmt.ms(result.p99)}, ${fmt.cpu(result)}`,
      });
    }
  } finally {
    await chorus.stop();
  }

  const fastifyRuns = [];
  const fastify = await startBareFastify();
  try {
    await load({ url: fastify.url, connections: 32, seconds: 3 });
    for (const connections of context.concurrency) {
      const result = await load({ url: fastify.url, connections, server: fastify });
      context.ceilings.fastifyJson[connections] = result.rate;
      fastifyRuns.push(result);
      context.rows.push({
        part: 'ceiling',
        measure: `bare Fastify JSON route, ${connections} connections`,
        value: `${fmt.rate(result.rate)}, p99 ${fmt.ms(result.p99)}, ${fmt.cpu(result)}`,
      });
    }
  } finally {
    await fastify.stop();
  }
  return { pgbenchInsert: pgbenchRuns, apolloTypename: apolloRuns, fastifyJson: fastifyRuns };
}
