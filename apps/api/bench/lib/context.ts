// What the parts of a bench run share: the database, the ceilings measured earlier in the same run,
// and the rows of the printed table.
import type { BenchDatabase } from './database.js';

export interface Row {
  part: string;
  measure: string;
  value: string;
  /** The value as a share of the ceiling measured in the same run. */
  ofCeiling?: string;
  goal?: string;
  /** Whether the goal was met; undefined when the row has no goal. */
  met?: boolean;
}

export interface Ceilings {
  /** pgbench single-row inserts a second, by client count. */
  pgbenchInsert: Record<number, number>;
  /** Apollo's `{ __typename }` through Chorus's HTTP stack, requests a second by connections. */
  apolloTypename: Record<number, number>;
  /** A bare Fastify JSON route, requests a second by connections. */
  fastifyJson: Record<number, number>;
}

export interface BenchContext {
  database: BenchDatabase;
  /** Connection counts the load runs use, like 8, 32, 64. */
  concurrency: number[];
  ceilings: Ceilings;
  rows: Row[];
  /** Folder for CPU profiles when BENCH_PROFILE is set; null otherwise. */
  profileDir: string | null;
  /** Generates the million signatures once per run, for the parts that read them. */
  million(): Promise<MillionFacts>;
}

export interface MillionFacts {
  /** The demo appeal, with a million signatures more. */
  bigAppeal: { id: string; slug: string; signatures: number };
  /** An appeal with a hundred thousand. */
  smallAppeal: { id: string; slug: string; signatures: number };
  generatedSeconds: number;
}

export type Part = (context: BenchContext) => Promise<Record<string, unknown>>;

export const fmt = {
  rate: (value: number) => `${Math.round(value).toLocaleString('en')}/s`,
  ms: (value: number) => `${value.toLocaleString('en', { maximumFractionDigits: 1 })} ms`,
  share: (value: number | null) => (value === null ? '' : `${Math.round(value * 100)}%`),
  /** The server's CPU per request: robust to other work on the machine, unlike rates. */
  cpu: (result: {
    serverCpuUs: number | null;
    serverCores: number | null;
    serverSystemShare: number | null;
    databaseCpuUs?: number | null;
  }) =>
    result.serverCpuUs === null
      ? ''
      : `${result.serverCpuUs} µs CPU/req (${Math.round((result.serverSystemShare ?? 0) * 100)}% kernel; ${result.serverCores} cores)` +
        (result.databaseCpuUs == null ? '' : `, Postgres ${result.databaseCpuUs} µs/req`),
};
