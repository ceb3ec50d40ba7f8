// Chorus's performance suite: ceilings and Chorus's own figures measured in one run on one machine,
// against a real Postgres (DATABASE_URL's server; the bench creates and drops its own database).
//
//   npm run bench                          # everything, from the repository root
//   npm run bench:signing -w @chorus/api   # one part (see package.json for the others)
//   tsx bench/run.ts ceilings signing      # several parts in one run: ratios need `ceilings`
//
// Prints a table and the results as JSON, and writes the JSON to bench/results/.
// Environment: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/chorus_bench),
// BENCH_SECONDS (10 per load run), BENCH_CONCURRENCY (8,32,64), BENCH_FIXED_RATE (1000),
// BENCH_SIGNATURES (1000000), BENCH_PROFILE (any value: CPU profile of the signing server),
// BENCH_SKIP_BUILD (any value: use dist/ as it is), BENCH_API_DIR (another checkout's built
// apps/api to measure instead of this one, for before/after comparisons). The workspace's dependencies must be built
// (`npm run build`); the root `npm run bench` does that through turbo.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { BenchContext, Part } from './lib/context.js';
import { openBenchDatabase, SERVER_URL } from './lib/database.js';
import { generateMillion } from './lib/million.js';
import { redactUrl } from '../src/db/connect.js';
import { ceilings } from './parts/ceilings.js';
import { counter } from './parts/counter.js';
import { csvExport } from './parts/export.js';
import { reads } from './parts/reads.js';
import { hotAppeal, signing } from './parts/signing.js';
import { widget } from './parts/widget.js';

const PARTS: Record<string, Part> = {
  ceilings,
  signing,
  hot: hotAppeal,
  counter,
  reads,
  export: csvExport,
  widget,
};

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in PARTS));
if (unknown.length > 0) {
  console.error(`Unknown part ${unknown.join(', ')}; the parts are ${Object.keys(PARTS).join(', ')}`);
  process.exit(2);
}
const names = requested.length > 0 ? requested : Object.keys(PARTS);
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const profileDir = process.env.BENCH_PROFILE ? `${resultsDir}profiles` : null;

// The server under test runs from dist/, as in production: build it from the current source.
if (!process.env.BENCH_SKIP_BUILD) {
  console.error('bench: building the API…');
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
  });
}
const database = await openBenchDatabase();
let million: ReturnType<BenchContext['million']> | null = null;
const context: BenchContext = {
  database,
  concurrency: (process.env.BENCH_CONCURRENCY ?? '8,32,64').split(',').map(Number),
  ceilings: { pgbenchInsert: {}, apolloTypename: {}, fastifyJson: {} },
  rows: [],
  profileDir,
  million: () => (million ??= generateMillion(database)),
};
const startedAt = new Date();
const loadBefore = loadavg();
const results: Record<string, unknown> = {};
try {
  for (const name of names) {
    const part = PARTS[name];
    if (!part) continue;
    const started = performance.now();
    console.error(`bench: ${name}…`);
    try {
      results[name] = await part(context);
    } catch (error) {
      // One part failing must not lose the others' figures.
      console.error(`bench: ${name} failed:`, error);
      results[name] = { error: String(error) };
      context.rows.push({ part: name, measure: 'failed', value: String(error).slice(0, 120) });
      process.exitCode = 1;
    }
    console.error(`bench: ${name} took ${Math.round((performance.now() - started) / 1000)} s`);
  }
  const postgres = (await sql<{ version: string }>`select version()`.execute(database.db)).rows[0]?.version;
  const report = {
    startedAt: startedAt.toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? null,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      postgres: postgres ?? null,
      database: redactUrl(SERVER_URL),
      loadAverageBefore: loadBefore.map((value) => Number(value.toFixed(2))),
      loadAverageAfter: loadavg().map((value) => Number(value.toFixed(2))),
    },
    ceilings: context.ceilings,
    results,
    table: context.rows,
  };
  console.table(
    context.rows.map((row) => ({
      part: row.part,
      measure: row.measure,
      value: row.value,
      'of ceiling': row.ofCeiling ?? '',
      goal: row.goal ?? '',
      met: row.met === undefined ? '' : row.met ? 'yes' : 'NO',
    })),
  );
  await mkdir(resultsDir, { recursive: true });
  const file = `${resultsDir}${startedAt.toISOString().replace(/[:.]/g, '-')}.json`;
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report));
  console.error(`bench: results written to ${file}`);
} finally {
  await database.dispose();
}
