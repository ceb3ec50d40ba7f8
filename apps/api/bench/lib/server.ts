// Runs a server under test in a child process of its own, so the load generator does not share its
// event loop and its memory can be read from /proc: Chorus itself, built (dist/server.js) and started
// as in production; Chorus's HTTP stack alone (bench/apollo-ceiling.mjs); or the bare Fastify route
// of bench/fastify-ceiling.mjs. All run on plain Node: a TypeScript loader would add its own cost
// to every `require` a library makes at run time.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const API_DIR = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The API whose dist/server.js is measured: this checkout's, or BENCH_API_DIR, another checkout's
 * apps/api (built), to compare two versions under the same conditions. Its migrations must be a
 * prefix of this one's: the bench's database is migrated by this checkout.
 */
const SERVER_DIR = process.env.BENCH_API_DIR || API_DIR;

/** Forgets migrations the server under test does not know, so that it starts on this database. */
async function matchMigrations(databaseUrl: string): Promise<void> {
  if (SERVER_DIR === API_DIR) return;
  const known = (await readdir(join(SERVER_DIR, 'dist/db/migrations')))
    .filter((file) => file.endsWith('.js') && file !== 'index.js')
    .map((file) => file.replace(/\.js$/, ''));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('delete from kysely_migration where not (name = any($1))', [known]);
  } finally {
    await client.end();
  }
}

/** The master key the bench's server seals with, so the bench can open what it stored. */
export const BENCH_KEY = Buffer.alloc(32, 7);
export const BENCH_ADMIN = { email: 'bench-admin@example.org', password: 'bench admin password 1' } as const;

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident memory now and at its peak (VmRSS, VmHWM), in MB. */
  memory(): Promise<{ rssMb: number; peakMb: number }>;
  /** CPU seconds the process has used, user and system together. */
  cpuSeconds(): Promise<number>;
  cpuTimes(): Promise<{ user: number; system: number }>;
  /** CPU seconds this machine's Postgres processes have used, or null when they cannot be read. */
  databaseCpuSeconds(): Promise<number | null>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}): ${errors()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not get ready within a minute: ${errors()}`);
}

export async function memoryOf(pid: number): Promise<{ rssMb: number; peakMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

const CLOCK_TICKS = 100;

/** /proc/<pid>/stat's fields after the command name (in parentheses, and it may hold spaces): utime is the 12th. */
async function statFields(pid: number): Promise<string[]> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** CPU seconds a process has used, in user space and in the kernel (system calls, loopback TCP). */
export async function cpuTimesOf(pid: number): Promise<{ user: number; system: number }> {
  const fields = await statFields(pid);
  return { user: Number(fields[11]) / CLOCK_TICKS, system: Number(fields[12]) / CLOCK_TICKS };
}

/**
 * CPU seconds used by this machine's Postgres: every process named `postgres` (backends, WAL
 * writer, checkpointer), plus what the backends that have exited used, which the postmaster is
 * credited with when it reaps them. Null when no such process can be read.
 */
export async function postgresCpuSeconds(): Promise<number | null> {
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  let seconds = 0;
  let seen = 0;
  await Promise.all(
    pids.map(async (pid) => {
      try {
        if ((await readFile(`/proc/${pid}/comm`, 'utf8')).trim() !== 'postgres') return;
        const fields = await statFields(Number(pid));
        // utime, stime, and the reaped children's cutime, cstime.
        seconds += [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]) / CLOCK_TICKS, 0);
        seen += 1;
      } catch {
        // Gone since the directory was read, or not ours to read.
      }
    }),
  );
  return seen === 0 ? null : seconds;
}

export async function cpuSecondsOf(pid: number): Promise<number> {
  const times = await cpuTimesOf(pid);
  return times.user + times.system;
}

async function start(
  entry: string,
  env: Record<string, string>,
  readyPath: string,
  profileDir: string | null,
): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'chorus-bench-'));
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...flags, entry], {
    cwd: API_DIR,
    env: {
      ...process.env,
      // Node options for the server under test only, not for the bench's own process.
      NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? '',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      CHORUS_DATA_DIR: dataDir,
    },
    // Log lines are written as in production, to a sink that costs nothing to read.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(`${url}${readyPath}`, child, () => stderr);
  const pid = child.pid;
  if (pid === undefined) throw new Error('The server process has no pid');
  return {
    url,
    pid,
    memory: () => memoryOf(pid),
    cpuSeconds: () => cpuSecondsOf(pid),
    cpuTimes: () => cpuTimesOf(pid),
    databaseCpuSeconds: postgresCpuSeconds,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ChorusServerOptions {
  databaseUrl: string;
  /** Write a V8 CPU profile of the server into this folder when it stops. */
  profileDir?: string | null;
  env?: Record<string, string>;
}

/** The real API process (dist/server.js) in production mode, with the per-address signing limits lifted. */
export async function startChorus(options: ChorusServerOptions): Promise<ServerProcess> {
  await matchMigrations(options.databaseUrl);
  return start(
    join(SERVER_DIR, 'dist/server.js'),
    {
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      CHORUS_ENCRYPTION_KEY: BENCH_KEY.toString('hex'),
      CHORUS_ADMIN_EMAIL: BENCH_ADMIN.email,
      CHORUS_ADMIN_PASSWORD: BENCH_ADMIN.password,
      CHORUS_DEMO_DATA: 'auto',
      // Every request comes from 127.0.0.1: lift the per-address limits and the minimum filling time.
      CHORUS_SIGN_BURST: '1000000000',
      CHORUS_SIGN_DAILY: '1000000000',
      CHORUS_SIGN_MIN_FILL_MS: '0',
      ...options.env,
    },
    '/readyz',
    options.profileDir ?? null,
  );
}

/** Chorus's HTTP stack from buildApp, trusted documents not enforced: for `{ __typename }`. */
export function startApolloCeiling(databaseUrl: string): Promise<ServerProcess> {
  return start(
    join(API_DIR, 'bench/apollo-ceiling.mjs'),
    { DATABASE_URL: databaseUrl, LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info' },
    '/readyz',
    null,
  );
}

/** A bare Fastify instance with one JSON route: the ceiling of the HTTP layer alone. */
export function startBareFastify(): Promise<ServerProcess> {
  return start(join(API_DIR, 'bench/fastify-ceiling.mjs'), {}, '/', null);
}
