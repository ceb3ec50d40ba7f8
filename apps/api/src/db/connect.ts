// Chooses the database: Postgres through `pg` when a URL is given, else an embedded PGlite
// persisted in a data directory. Everything above this file sees one Kysely<Database>.
import { mkdir } from 'node:fs/promises';
import { Kysely, PostgresDialect, sql, type LogEvent } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { preparingClient, StatementNames } from './prepared-statements.js';

export type DatabaseDriver = 'postgres' | 'pglite';

export interface ChorusDatabase {
  readonly db: Kysely<Database>;
  readonly driver: DatabaseDriver;
  /** Where the data lives: the connection URL without its password, or the PGlite directory. */
  readonly location: string;
  /** The Postgres URL another thread of this process connects with; null on PGlite, which lives in this thread. */
  readonly connectionUrl: string | null;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string | null | undefined;
  dataDir: string;
  /** Called with each executed statement; tests count statements with it. */
  onQuery?: ((sqlText: string) => void) | undefined;
  /** Pool size on Postgres. */
  maxConnections?: number;
  /** Told when a connection to Postgres breaks (the server restarted, say); the pool replaces it. */
  onConnectionError?: ((error: Error) => void) | undefined;
  /**
   * Names the statements run again and again, so Postgres parses and plans them once per
   * connection (prepared-statements.ts); on by default. Off behind a pooler that hands each
   * transaction a different server connection (PgBouncer's transaction mode).
   */
  preparedStatements?: boolean;
}

/** How long a request waits for a new connection to Postgres before it is answered as unavailable. */
const CONNECT_TIMEOUT_MS = 5000;

const INT8_OID = 20;

/**
 * int8 (bigint, count(*)) arrives as a string from pg and as a number from PGlite; both go
 * through this so every caller gets a number, and a value past 2^53 fails loudly instead of
 * silently losing precision.
 */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`int8 value ${text} does not fit a JavaScript number`);
  }
  return value;
}

function logger(onQuery: OpenDatabaseOptions['onQuery']) {
  if (!onQuery) return undefined;
  return (event: LogEvent) => {
    if (event.level === 'query') onQuery(event.query.sql);
  };
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<ChorusDatabase> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
      ...(options.preparedStatements === false ? {} : { Client: preparingClient(new StatementNames()) }),
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID
            ? parseInt8
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // A connection that breaks must not crash the process. The pool listens only to idle clients;
    // a client lent out when its connection drops emits 'error' too, so every client gets a
    // listener of its own. Its query fails, the pool discards it, and the next query reconnects.
    // (The pool re-emits an idle client's error; that listener only keeps it from being thrown.)
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', (error) => options.onConnectionError?.(error)));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: logger(options.onQuery) });
    return {
      db,
      driver: 'postgres',
      location: redactUrl(options.databaseUrl),
      connectionUrl: options.databaseUrl,
      ping: async () => {
        await sql`select 1`.execute(db);
      },
      close: () => db.destroy(),
    };
  }

  // Loaded only here: PGlite's module alone takes some 30 MB, which a process on Postgres never needs.
  const [{ PGlite, types: pgliteTypes }, { PGliteDialect }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('kysely-pglite-dialect'),
  ]);
  await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(options.dataDir, {
    parsers: { [pgliteTypes.INT8]: (text: string) => parseInt8(text) },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), log: logger(options.onQuery) });
  return {
    db,
    driver: 'pglite',
    location: options.dataDir,
    connectionUrl: null,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
