// A worker thread that runs CSV exports, one at a time: it opens its own connection to Postgres,
// reads, opens and formats the rows, and hands the CSV to the request's thread as bytes, a page at
// a time. It sends a page only while it holds a credit for that export; the request's thread
// returns one for each page the client has taken, so a slow download holds the worker instead of
// filling memory. Between exports it waits for the next, until the request's thread ends it.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type ChorusDatabase } from '../../db/connect.js';
import { secretsFrom } from '../privacy/secrets.js';
import { exportLines, type ExportJob, type ExportRequester } from './export-jobs.js';

export interface ExportWorkerData {
  databaseUrl: string;
  masterKey: Uint8Array;
}

/** To the worker: an export to run, or a credit for the one it runs. */
export type ExportWorkerCommand =
  | {
      type: 'job';
      id: number;
      job: ExportJob;
      requester: ExportRequester;
      /** Pages the worker may send before the request's thread has taken any. */
      credits: number;
    }
  | { type: 'credit'; id: number };

/** From the worker: a page of CSV, the end of the export, or why it failed. */
export type ExportWorkerMessage =
  { type: 'chunk'; bytes: Uint8Array } | { type: 'done' } | { type: 'failed'; message: string };

/**
 * An export is background work: on Linux this thread asks the scheduler to let the threads that
 * answer signers and readers go first when the cores are busy (a nice value of 10, this thread
 * only). Elsewhere, or where that is not allowed, it runs at the process's priority.
 */
function yieldToRequests(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, 10);
  } catch {
    // Not Linux, or not permitted: nothing to do.
  }
}

yieldToRequests();
if (!parentPort) throw new Error('export-worker.ts runs as a worker thread');
const port = parentPort;
const data = workerData as ExportWorkerData;
const secrets = secretsFrom(Buffer.from(data.masterKey));
const encoder = new TextEncoder();
/** Opened for the first export; one connection, since an export reads a page at a time. */
let database: ChorusDatabase | null = null;

/** The export running now, and the credits it holds. */
let current = { id: 0, credits: 0 };
let creditArrived: (() => void) | null = null;

port.on('message', (command: ExportWorkerCommand) => {
  if (command.type === 'job') {
    void run(command);
  } else if (command.id === current.id) {
    // A credit for an export that has ended is not one for the next.
    current.credits += 1;
    creditArrived?.();
    creditArrived = null;
  }
});

async function run(command: Extract<ExportWorkerCommand, { type: 'job' }>): Promise<void> {
  current = { id: command.id, credits: command.credits };
  try {
    // Unnamed statements: an export runs each of its few a page at a time, and so it also works
    // behind a transaction pooler without being told.
    database ??= await openDatabase({
      databaseUrl: data.databaseUrl,
      dataDir: '',
      maxConnections: 1,
      preparedStatements: false,
    });
    const ctx = { db: database.db, viewer: command.requester.viewer, requestId: command.requester.requestId };
    for await (const text of exportLines(ctx, secrets, command.job)) {
      while (current.credits === 0) await new Promise<void>((resolve) => (creditArrived = resolve));
      current.credits -= 1;
      // A fresh buffer of its own for each page, so it can be moved to the other thread, not copied.
      const bytes = encoder.encode(text);
      port.postMessage({ type: 'chunk', bytes } satisfies ExportWorkerMessage, [bytes.buffer]);
    }
    port.postMessage({ type: 'done' } satisfies ExportWorkerMessage);
  } catch (error) {
    port.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    } satisfies ExportWorkerMessage);
  }
}
