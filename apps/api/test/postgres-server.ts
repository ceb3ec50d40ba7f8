// A Postgres server of the test's own, in a temporary directory on a free port, that a test may
// stop hard and start again: the machine's shared server is never touched. initdb refuses to run
// as root, so as root the server runs as the `postgres` user.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** The newest PostgreSQL server binaries on this machine (15 or later), or null. */
export function findPostgresBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .map(Number)
    .filter((version) => version >= 15)
    .sort((a, b) => b - a);
  for (const version of versions) {
    const bin = join(root, String(version), 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

export interface PostgresServer {
  port: number;
  /** A connection URL for one database on this server. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  /** `pg_ctl stop -m immediate`: every connection is cut, as in a crash. */
  stopImmediately(): Promise<void>;
  /** Starts the server again; it recovers from its write-ahead log. */
  start(): Promise<void>;
  /** Stops the server and deletes its files. */
  destroy(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startPostgresServer(bin: string): Promise<PostgresServer> {
  const asRoot = process.getuid?.() === 0;
  const base = await mkdtemp(join(tmpdir(), 'chorus-pg-'));
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: group } = await run('id', ['-g', 'postgres']);
    await chown(base, Number(stdout.trim()), Number(group.trim()));
  }
  const dataDir = join(base, 'data');
  const logFile = join(base, 'server.log');
  const port = await freePort();
  const tool = (name: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, name), ...args]) : run(join(bin, name), args);
  const serverOptions = `-p ${port} -k ${base} -c listen_addresses=127.0.0.1`;
  const start = async () => {
    try {
      await tool('pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', serverOptions]);
    } catch (error) {
      const log = await readFile(logFile, 'utf8').catch(() => '');
      throw new Error(`Postgres did not start: ${String(error)}\n${log}`, { cause: error });
    }
  };
  const stop = () => tool('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w']);
  await tool('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  await start();
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
    },
    stopImmediately: async () => {
      await stop();
    },
    start,
    async destroy() {
      await stop().catch(() => undefined);
      await rm(base, { recursive: true, force: true });
    },
  };
}
