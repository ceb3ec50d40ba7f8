// Streamed CSV exports off the request thread. On Postgres each export runs on a worker thread,
// with its own connection and a small heap: opening every row's sealed values and
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
import type { ExportWorkerCommand, ExportWorkerData, ExportWorkerMessage } from './export-worker.js';

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
 * How long a worker waits for another export before it ends. Starting one takes about 0.3 s
 * (loading Kysely, the domain's schemas and the services, and connecting); a partner's program
 * exporting appeal after appeal finds it ready, and a process at rest gets its memory back.
 */
const IDLE_MS = 30_000;

type Inbox = ExportWorkerMessage | { type: 'exited'; code: number; error: Error | null };

/** A worker thread and the export it runs, if any. */
interface Slot {
  worker: Worker;
  busy: boolean;
  /** Exports given to it so far; the current one's id. */
  jobs: number;
  /** Where its messages go: the export running on it. */
  deliver: ((message: Inbox) => void) | null;
  lastError: Error | null;
  idleTimer: NodeJS.Timeout | null;
}

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
  /** How long a worker without an export stays for the next one; 30 s by default. */
  idleMs?: number;
}

export class ExportRunner {
  readonly #options: ExportRunnerOptions;
  /** What the workers connect with: Postgres's URL, naming their connections. */
  readonly #workerDatabaseUrl: string | null;
  readonly #maxConcurrent: number;
  readonly #idleMs: number;
  readonly #slots = new Set<Slot>();
  readonly #idle: Slot[] = [];
  readonly #waiting: (() => void)[] = [];
  #started = 0;

  constructor(options: ExportRunnerOptions) {
    this.#options = options;
    this.#workerDatabaseUrl = options.databaseUrl === null ? null : namedConnection(options.databaseUrl);
    this.#maxConcurrent = Math.max(1, options.maxConcurrent ?? availableParallelism() - 1);
    this.#idleMs = options.idleMs ?? IDLE_MS;
  }

  /** Whether exports run on worker threads (on Postgres) or on the request's thread (on PGlite). */
  get onWorkerThreads(): boolean {
    return this.#workerDatabaseUrl !== null;
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
    const databaseUrl = this.#workerDatabaseUrl;
    if (databaseUrl === null) {
      const { db, secrets } = this.#options;
      return exportLines({ db, ...requester }, secrets, job);
    }
    return this.#inWorker(databaseUrl, job, requester, cancelled);
  }

  /** Exports running now on worker threads. */
  get running(): number {
    let busy = 0;
    for (const slot of this.#slots) if (slot.busy) busy += 1;
    return busy;
  }

  /** Exports waiting for a turn. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** Worker threads waiting for another export. */
  get idle(): number {
    return this.#idle.length;
  }

  /** Worker threads started so far. */
  get started(): number {
    return this.#started;
  }

  /** Stops every worker; the downloads still running end with an error. */
  async close(): Promise<void> {
    await Promise.all([...this.#slots].map((slot) => slot.worker.terminate()));
  }

  /** A worker for an export: one waiting for work, a new one, or the next to be free; null if cancelled. */
  async #acquire(databaseUrl: string, cancelled: AbortSignal | undefined): Promise<Slot | null> {
    for (;;) {
      if (cancelled?.aborted) return null;
      const idle = this.#idle.pop();
      if (idle) {
        if (idle.idleTimer) clearTimeout(idle.idleTimer);
        idle.idleTimer = null;
        idle.busy = true;
        idle.worker.ref();
        return idle;
      }
      if (this.#slots.size < this.#maxConcurrent) return this.#start(databaseUrl);
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
  }

  #start(databaseUrl: string): Slot {
    const workerData: ExportWorkerData = { databaseUrl, masterKey: this.#options.secrets.masterKey() };
    const worker = new Worker(WORKER_URL, {
      workerData,
      execArgv: WORKER_EXEC_ARGV,
      resourceLimits: WORKER_LIMITS,
    });
    this.#started += 1;
    const slot: Slot = { worker, busy: true, jobs: 0, deliver: null, lastError: null, idleTimer: null };
    this.#slots.add(slot);
    worker.on('message', (message: ExportWorkerMessage) => slot.deliver?.(message));
    worker.on('error', (error: Error) => (slot.lastError = error));
    worker.on('exit', (code) => {
      this.#slots.delete(slot);
      const at = this.#idle.indexOf(slot);
      if (at !== -1) this.#idle.splice(at, 1);
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.deliver?.({ type: 'exited', code, error: slot.lastError });
      this.#waiting.shift()?.();
    });
    return slot;
  }

  /** The export on this worker has ended well: it waits for the next, or ends after a while. */
  #release(slot: Slot): void {
    slot.busy = false;
    slot.deliver = null;
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => void slot.worker.terminate(), this.#idleMs);
    slot.idleTimer.unref();
    this.#idle.push(slot);
    this.#waiting.shift()?.();
  }

  async *#inWorker(
    databaseUrl: string,
    job: ExportJob,
    requester: ExportRequester,
    cancelled: AbortSignal | undefined,
  ): AsyncGenerator<Uint8Array> {
    const slot = await this.#acquire(databaseUrl, cancelled);
    if (!slot) return;
    slot.jobs += 1;
    const id = slot.jobs;
    const inbox: Inbox[] = [];
    let wake: (() => void) | null = null;
    slot.deliver = (message) => {
      inbox.push(message);
      wake?.();
      wake = null;
    };
    const send = (command: ExportWorkerCommand) => slot.worker.postMessage(command);
    send({ type: 'job', id, job, requester, credits: CREDITS });
    let outcome: 'running' | 'done' | 'failed' | 'exited' = 'running';
    try {
      for (;;) {
        while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const message = inbox.shift()!;
        switch (message.type) {
          case 'chunk':
            yield message.bytes;
            // The client has taken the page: the worker may send another.
            send({ type: 'credit', id });
            break;
          case 'done':
            outcome = 'done';
            return;
          case 'failed':
            outcome = 'failed';
            throw new Error(`The export failed: ${message.message}`);
          case 'exited':
            outcome = 'exited';
            throw new Error(
              `The export's worker stopped (exit code ${message.code})${message.error ? `: ${message.error.message}` : ''}`,
            );
        }
      }
    } finally {
      if (outcome === 'done') this.#release(slot);
      // Abandoned (the client went away) or failed (its connection may be broken): not reused.
      else if (outcome !== 'exited') await slot.worker.terminate();
    }
  }
}
