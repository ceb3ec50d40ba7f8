// A worker thread that runs one CSV export: it opens its own connection to Postgres, reads, opens
// and formats the rows, and hands the CSV to the request's thread as bytes, a page at a time. It
// sends a page only while it holds a credit; the request's thread returns one for each page the
// client has taken, so a slow download holds the worker instead of filling memory.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/connect.js';
import { secretsFrom } from '../privacy/secrets.js';
import { exportLines, type ExportJob, type ExportRequester } from './export-jobs.js';

export interface ExportWorkerData {
  databaseUrl: string;
  masterKey: Uint8Array;
  job: ExportJob;
  requester: ExportRequester;
  /** Pages the worker may send before the request's thread has taken any. */
  credits: number;
}

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
const port = parentPort;
if (!port) throw new Error('export-worker.ts runs as a worker thread');
const data = workerData as ExportWorkerData;

let credits = data.credits;
let creditArrived: (() => void) | null = null;
port.on('message', (message: 'credit') => {
  if (message !== 'credit') return;
  credits += 1;
  creditArrived?.();
  creditArrived = null;
});

// One connection: the export reads a page at a time (the next while the current one is written).
const database = await openDatabase({
  databaseUrl: data.databaseUrl,
  dataDir: '',
  maxConnections: 1,
});
const encoder = new TextEncoder();
try {
  const ctx = { db: database.db, viewer: data.requester.viewer, requestId: data.requester.requestId };
  for await (const text of exportLines(ctx, secretsFrom(Buffer.from(data.masterKey)), data.job)) {
    while (credits === 0) await new Promise<void>((resolve) => (creditArrived = resolve));
    credits -= 1;
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
} finally {
  await database.close();
  port.close();
}
