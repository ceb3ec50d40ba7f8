// Load generation with autocannon, and the few statistics the bench reports.
import autocannon, { type Request } from 'autocannon';
import { SIGN_IN } from './operations.js';

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

export interface LoadResult {
  connections: number;
  seconds: number;
  /** Answered with a 2xx per second. */
  rate: number;
  ok: number;
  errors: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** The server's CPU time per answered request, in microseconds, when its process was given. */
  serverCpuUs: number | null;
  /** The share of one core the server used. */
  serverCores: number | null;
  /** The part of the server's CPU time spent in the kernel. */
  serverSystemShare: number | null;
  /** Postgres's CPU time per answered request, in microseconds, when its processes could be read. */
  databaseCpuUs: number | null;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Builds each request's body (and path, when it varies): a new signer each time, say. */
  nextBody?: () => string | { path: string; body: string };
  /** A fixed offered rate (requests a second over all connections) instead of as fast as answered. */
  overallRate?: number;
  /** The server's process, to read how much CPU it and Postgres used. */
  server?: CpuReadings;
}

/** What a run reads before and after itself to tell the CPU it cost. */
export interface CpuReadings {
  cpuTimes(): Promise<{ user: number; system: number }>;
  databaseCpuSeconds?(): Promise<number | null>;
}

export interface CpuReading {
  server: { user: number; system: number };
  database: number | null;
}

export async function readCpu(server: CpuReadings | undefined): Promise<CpuReading | undefined> {
  if (!server) return undefined;
  const [times, database] = await Promise.all([server.cpuTimes(), server.databaseCpuSeconds?.() ?? null]);
  return { server: times, database };
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const seconds = options.seconds ?? SECONDS;
  const nextBody = options.nextBody;
  const requests: Request[] | undefined = nextBody
    ? [
        {
          setupRequest: (request) => {
            const next = nextBody();
            return typeof next === 'string' ? { ...request, body: next } : { ...request, ...next };
          },
        },
      ]
    : undefined;
  const cpuBefore = await readCpu(options.server);
  const result = await autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    ...(options.body ? { body: options.body } : {}),
    ...(requests ? { requests } : {}),
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    connections: options.connections,
    duration: seconds,
  });
  const ok = result['2xx'];
  const cpuAfter = await readCpu(options.server);
  return {
    connections: options.connections,
    seconds,
    rate: Math.round(ok / seconds),
    ok,
    errors: result.errors + result.timeouts + result.non2xx,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    ...serverCpu(cpuBefore, cpuAfter, ok, seconds),
  };
}

/**
 * The server's CPU per answered request, its share of a core, and the kernel's part, from two
 * readings; and Postgres's CPU per answered request.
 */
export function serverCpu(
  before: CpuReading | undefined,
  after: CpuReading | undefined,
  answered: number,
  seconds: number,
): Pick<LoadResult, 'serverCpuUs' | 'serverCores' | 'serverSystemShare' | 'databaseCpuUs'> {
  const system = before && after ? after.server.system - before.server.system : null;
  const cpu = before && after ? after.server.user - before.server.user + (system ?? 0) : null;
  const database =
    before?.database != null && after?.database != null ? after.database - before.database : null;
  const perRequest = (value: number | null) =>
    value === null || answered === 0 ? null : Math.round((value * 1e6) / answered);
  return {
    serverCpuUs: perRequest(cpu),
    serverCores: cpu === null ? null : round(cpu / seconds, 2),
    serverSystemShare: cpu === null || system === null || cpu === 0 ? null : round(system / cpu, 2),
    databaseCpuUs: perRequest(database),
  };
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Median, p99 and max of timings in milliseconds. */
export function summary(times: readonly number[]): { n: number; p50: number; p99: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

export function ratio(value: number, ceiling: number | undefined): number | null {
  return ceiling ? round(value / ceiling, 2) : null;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** POSTs a GraphQL request (a query and variables, or a body as is) and returns its data, throwing on errors. */
export async function graphql<T>(
  url: string,
  query: string | { body: string },
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof query === 'string' ? JSON.stringify({ query, variables }) : query.body,
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** Signs in as the bench's admin, with the dashboard's own mutation, and returns the session cookie. */
export async function adminCookie(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`Sign-in failed: ${await response.text()}`);
  return cookie;
}
