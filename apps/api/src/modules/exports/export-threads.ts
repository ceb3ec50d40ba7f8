// Streamed CSV exports off the request thread. On Postgres each export runs on a worker thread of
// its own, with its own connection and a small heap: opening every row's sealed values and
// formatting a million lines takes seconds of CPU, which signers and readers would otherwise wait
// behind a page at a time, and the garbage of a million rows stays in the worker's heap, whose
// limits bound what an export adds to the process's memory whatever its size. On PGlite the
// database lives in this thread, and exports run here.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Secrets } from '../privacy/secrets.js';
import { exportLines, type ExportJob, type ExportRequester } from './export-jobs.js';
import type { ExportWorkerData, ExportWorkerMessage } from './export-worker.js';

// Built, the worker is export-worker.js beside this file, and takes the process's Node options (a
// profiler's, say). Run from the TypeScript sources (the tests, `npm run dev`), it is
// export-worker.ts, and the worker needs tsx to load it.
const fromSources = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(fromSources ? './export-worker.ts' : './export-worker.js', import.meta.url);
const WORKER_EXEC_ARGV = fromSources ? ['--import', 'tsx'] : undefined;

/**
 * The worker's heap. An export holds two pages of rows at a time (a few megabytes); the rest is
 * garbage, which a small young generation collects often and cheaply. See docs/performance.md.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 };

/** Pages a worker may have sent ahead of the client. */
const CREDITS = 4;

/**
 * The connection named for what it does, as `pg_stat_activity` shows it, unless the URL names it.
 * Added as text: `new URL` refuses some URLs `pg` takes, like `postgres://user@/db?host=/run/postgresql`.
 */
export function namedConnection(databaseUrl: string): string {
  if (/[?&]application_name=/.test(databaseUrl)) return databaseUrl;
  return `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}application_name=chorus%20export`;
}

export interface ExportRunnerOptions {
  /** Postgres's URL, for the workers' own connections; null on PGlite, whose database lives in this thread. */
  databaseUrl: string | null;
  db: Kysely<Database>;
  secrets: Secrets;
  /** Exports running at once on worker threads; more wait for a turn. The cores but one by default. */
  maxConcurrent?: number;
}

export class ExportRunner {
  readonly #options: ExportRunnerOptions;
  readonly #maxConcurrent: number;
  readonly #workers = new Set<Worker>();
  readonly #waiting: (() => void)[] = [];

  constructor(options: ExportRunnerOptions) {
    this.#options = options;
    this.#maxConcurrent = Math.max(1, options.maxConcurrent ?? availableParallelism() - 1);
  }

  /** Whether exports run on worker threads (on Postgres) or on the request's thread (on PGlite). */
  get onWorkerThreads(): boolean {
    return this.#options.databaseUrl !== null;
  }

  /**
   * The export's CSV, a chunk at a time; the caller's permission to see it is checked before.
   * `cancelled` ends an export still waiting for its turn (its client has gone) without starting it.
   */
  run(
    job: ExportJob,
    requester: ExportRequester,
    cancelled?: AbortSignal,
  ): AsyncGenerator<string | Uint8Array> {
    const { databaseUrl, db, secrets } = this.#options;
    if (databaseUrl === null) return exportLines({ db, ...requester }, secrets, job);
    return this.#inWorker(
      {
        databaseUrl: namedConnection(databaseUrl),
        masterKey: secrets.masterKey(),
        job,
        requester,
        credits: CREDITS,
      },
      cancelled,
    );
  }

  /** Worker threads running now. */
  get running(): number {
    return this.#workers.size;
  }

  /** Exports waiting for a turn. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** Stops every running export; their downloads end with an error. */
  async close(): Promise<void> {
    await Promise.all([...this.#workers].map((worker) => worker.terminate()));
  }

  /** Waits until fewer exports than allowed are running; false if cancelled meanwhile. */
  async #turn(cancelled: AbortSignal | undefined): Promise<boolean> {
    while (this.#workers.size >= this.#maxConcurrent) {
      if (cancelled?.aborted) return false;
      await new Promise<void>((resolve) => {
        const giveUp = () => {
          const at = this.#waiting.indexOf(wake);
          if (at !== -1) this.#waiting.splice(at, 1);
          resolve();
        };
        const wake = () => {
          cancelled?.removeEventListener('abort', giveUp);
          resolve();
        };
        this.#waiting.push(wake);
        cancelled?.addEventListener('abort', giveUp, { once: true });
      });
    }
    return !cancelled?.aborted;
  }

  async *#inWorker(data: ExportWorkerData, cancelled: AbortSignal | undefined): AsyncGenerator<Uint8Array> {
    if (!(await this.#turn(cancelled))) return;
    const worker = new Worker(WORKER_URL, {
      workerData: data,
      execArgv: WORKER_EXEC_ARGV,
      resourceLimits: WORKER_LIMITS,
    });
    this.#workers.add(worker);
    const inbox: (ExportWorkerMessage | { type: 'exited'; code: number; error: Error | null })[] = [];
    let wake: (() => void) | null = null;
    const deliver = (message: (typeof inbox)[number]) => {
      inbox.push(message);
      wake?.();
      wake = null;
    };
    let lastError: Error | null = null;
    worker.on('message', (message: ExportWorkerMessage) => deliver(message));
    worker.on('error', (error: Error) => (lastError = error));
    worker.on('exit', (code) => {
      this.#workers.delete(worker);
      this.#waiting.shift()?.();
      deliver({ type: 'exited', code, error: lastError });
    });
    let finished = false;
    try {
      for (;;) {
        while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const message = inbox.shift()!;
        switch (message.type) {
          case 'chunk':
            yield message.bytes;
            // The client has taken the page: the worker may send another.
            worker.postMessage('credit');
            break;
          case 'done':
            // Its connection closes as the worker ends; the next export's turn comes with the end.
            finished = true;
            break;
          case 'failed':
            finished = true;
            throw new Error(`The export failed: ${message.message}`);
          case 'exited':
            if (finished) return;
            finished = true;
            throw new Error(
              `The export's worker stopped (exit code ${message.code})${message.error ? `: ${message.error.message}` : ''}`,
            );
        }
      }
    } finally {
      // Abandoned (the client went away): stop the worker. Finished: it closes its connection and ends.
      if (!finished) await worker.terminate();
    }
  }
}
