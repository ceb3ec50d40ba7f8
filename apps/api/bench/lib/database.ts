// The bench's own database on a real Postgres: a migrated template copied into a fresh database
// named chorus_bench_t_… with the demo campaign in it, dropped again when the run ends.
import pg from 'pg';
import { seedDemoData } from '../../src/demo/seed.js';
import { cloneTemplate, createTemplate, dropTemplate, type TestDatabase } from '../../test/databases.js';

/** The server the bench creates its databases on; its `chorus_bench` database is only a base name. */
export const SERVER_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/chorus_bench';

export interface BenchDatabase extends TestDatabase {
  /** The copy's connection URL, for the server process and pgbench. */
  url: string;
}

/** Creates the base database when it is missing: the template is created from a connection to it. */
async function ensureBase(url: string): Promise<void> {
  const parsed = new URL(url);
  const name = parsed.pathname.replace(/^\//, '');
  parsed.pathname = '/postgres';
  const client = new pg.Client({ connectionString: parsed.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
    const setting = await client.query<{ synchronous_commit: string }>('show synchronous_commit');
    if (setting.rows[0]?.synchronous_commit !== 'on') {
      throw new Error('The bench measures durable commits: set synchronous_commit = on on the server');
    }
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  await ensureBase(SERVER_URL);
  const template = await createTemplate(SERVER_URL);
  const database = await cloneTemplate(template);
  await dropTemplate(template);
  if (!('databaseUrl' in database.connection)) throw new Error('The bench needs Postgres');
  // The demo campaign, as a new installation has it; the server then finds it and seeds nothing.
  await seedDemoData(database.db);
  return { ...database, url: database.connection.databaseUrl };
}
