// Starts the real server process the way `npm start` does, and checks what an operator sees:
// a clear refusal of a bad environment, demo data on first start, data kept across a restart,
// and a clean exit on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { cloneTemplate, type TestDatabase } from './databases.js';

const apiDir = fileURLToPath(new URL('..', import.meta.url));

interface RunningServer {
  process: ChildProcess;
  graphqlUrl: string;
  output: () => string;
}

function serverProcess(environment: Record<string, string>): ChildProcess {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  return spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: apiDir,
    env: {
      ...inherited,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

async function startServer(environment: Record<string, string>): Promise<RunningServer> {
  const child = serverProcess(environment);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), 60_000);
    child.stdout?.on('data', () => {
      const match = /GraphQL API:\s+(\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return { process: child, graphqlUrl, output: () => output };
}

async function stop(server: RunningServer): Promise<number | null> {
  server.process.kill('SIGTERM');
  return exitOf(server.process);
}

async function partnersOfDemoAppeal(graphqlUrl: string): Promise<string[]> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ appeal(slug: "korea-peace-appeal") { campaign { partners(first: 10) { edges { node { organisation { name } } } } } }
               campaigns { edges { node { slug } } } }`,
    }),
  });
  const body = (await response.json()) as {
    data: {
      appeal: { campaign: { partners: { edges: { node: { organisation: { name: string } } }[] } } };
      campaigns: { edges: unknown[] };
    };
  };
  expect(body.data.campaigns.edges).toHaveLength(1);
  return body.data.appeal.campaign.partners.edges.map((edge) => edge.node.organisation.name).sort();
}

let environment: Record<string, string>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const template = inject('databaseTemplate');
  if (template.driver === 'postgres') {
    const database: TestDatabase = await cloneTemplate(template);
    await database.close();
    environment = { DATABASE_URL: (database.connection as { databaseUrl: string }).databaseUrl };
    cleanup = () => database.dispose();
  } else {
    // A brand-new data directory, as on a fresh machine.
    const dataDir = await mkdtemp(join(tmpdir(), 'chorus-start-'));
    environment = { CHORUS_DATA_DIR: dataDir };
    cleanup = () => rm(dataDir, { recursive: true, force: true });
  }
});

afterAll(() => cleanup());

it('refuses to start with a bad environment, naming the variable', async () => {
  const child = serverProcess({ ...environment, PORT: 'eighty', LOG_LEVEL: 'loud' });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  expect(await exitOf(child)).toBe(1);
  expect(stderr).toContain('PORT must be a port number (got "eighty")');
  expect(stderr).toContain('LOG_LEVEL must be one of');
});

it('loads the demo campaign on first start, keeps data across a restart, and stops cleanly', async () => {
  const first = await startServer(environment);
  const partners = await partnersOfDemoAppeal(first.graphqlUrl);
  expect(partners).toEqual([
    "Korean Women's Movement for Peace",
    "Nobel Women's Initiative",
    'Women Cross DMZ',
    "Women's International League for Peace and Freedom",
  ]);
  expect(await stop(first)).toBe(0);

  const second = await startServer(environment);
  // Same partners, and still a single campaign: the demo is not loaded twice.
  expect(await partnersOfDemoAppeal(second.graphqlUrl)).toEqual(partners);
  expect(await stop(second)).toBe(0);
}, 120_000);
