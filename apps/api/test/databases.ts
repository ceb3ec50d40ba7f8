// Test databases. Migrating a fresh database per test file is slow (a new PGlite costs seconds
// and ~800 MB), so global setup migrates one template and every test file gets a copy:
// `CREATE DATABASE … TEMPLATE` on Postgres, a copied data directory on PGlite.
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type ChorusDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';

export type DatabaseTemplate =
  { driver: 'postgres'; serverUrl: string; templateName: string } | { driver: 'pglite'; dataDir: string };

function suffix(): string {
  return randomBytes(5).toString('hex');
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function quoteIdent(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Refusing an unusual database name: ${name}`);
  return `"${name}"`;
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Names test databases after the one DATABASE_URL points at, so they are recognisably ours. */
function baseName(serverUrl: string): string {
  const name = new URL(serverUrl).pathname
    .replace(/^\//, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  return (name || 'chorus').slice(0, 30);
}

export async function createTemplate(databaseUrl: string | undefined): Promise<DatabaseTemplate> {
  if (databaseUrl) {
    const templateName = `${baseName(databaseUrl)}_tpl_${suffix()}`;
    await onServer(databaseUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(templateName)}`));
    const database = await openDatabase({
      databaseUrl: withDatabase(databaseUrl, templateName),
      dataDir: '',
    });
    try {
      await migrateToLatest(database.db);
    } finally {
      await database.close();
    }
    return { driver: 'postgres', serverUrl: databaseUrl, templateName };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'chorus-test-template-'));
  const database = await openDatabase({ dataDir });
  try {
    await migrateToLatest(database.db);
  } finally {
    await database.close();
  }
  return { driver: 'pglite', dataDir };
}

export async function dropTemplate(template: DatabaseTemplate): Promise<void> {
  if (template.driver === 'postgres') {
    await onServer(template.serverUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${quoteIdent(template.templateName)} WITH (FORCE)`),
    );
  } else {
    await rm(template.dataDir, { recursive: true, force: true });
  }
}

export interface TestDatabase extends ChorusDatabase {
  /** How another process reaches this database: DATABASE_URL and CHORUS_DATA_DIR values. */
  connection: { databaseUrl: string } | { dataDir: string };
  /** Closes the database and deletes the copy. */
  dispose(): Promise<void>;
}

/** A fresh, migrated, empty database for one test file. */
export async function cloneTemplate(
  template: DatabaseTemplate,
  onQuery?: (sqlText: string) => void,
): Promise<TestDatabase> {
  if (template.driver === 'postgres') {
    const name = `${template.templateName.replace(/_tpl_\w+$/, '')}_t_${suffix()}`;
    await onServer(template.serverUrl, (client) =>
      client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template.templateName)}`),
    );
    const database = await openDatabase({
      databaseUrl: withDatabase(template.serverUrl, name),
      dataDir: '',
      onQuery,
    });
    return {
      ...database,
      connection: { databaseUrl: withDatabase(template.serverUrl, name) },
      dispose: async () => {
        await database.close();
        await onServer(template.serverUrl, (client) =>
          client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
        );
      },
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'chorus-test-'));
  await cp(template.dataDir, dataDir, { recursive: true });
  const database = await openDatabase({ dataDir, onQuery });
  return {
    ...database,
    connection: { dataDir },
    dispose: async () => {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
