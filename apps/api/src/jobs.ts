// Background work of the API process: keeping the public signature counts up to date.
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from './db/database.js';
import { recountSignatures } from './modules/signatures/signatures.service.js';

export interface BackgroundWork {
  stop(): Promise<void>;
}

/**
 * Every `intervalMs`, recounts the appeals with confirmations in the last minute (a window much
 * wider than the interval, so a slow transaction's confirmation is still seen); every
 * `reconcileEveryMs`, recounts every appeal, which corrects anything a window missed.
 */
export function startBackgroundWork(
  db: Kysely<Database>,
  log: FastifyBaseLogger,
  options = { intervalMs: 2000, windowMs: 60_000, reconcileEveryMs: 10 * 60_000 },
): BackgroundWork {
  let lastFull = 0;
  let running: Promise<void> | null = null;
  const tick = async () => {
    const now = Date.now();
    const full = now - lastFull >= options.reconcileEveryMs;
    try {
      const changed = await recountSignatures(db, full ? null : new Date(now - options.windowMs));
      if (full) lastFull = now;
      if (changed > 0) log.debug({ changed, full }, 'signature counts updated');
    } catch (error) {
      log.error({ err: error }, 'counting signatures failed; will retry');
    }
  };
  const timer = setInterval(() => {
    running ??= tick().finally(() => {
      running = null;
    });
  }, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
