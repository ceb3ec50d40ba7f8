// Start-up work that must happen once per database however many processes start together (loading
// the demo campaign, creating the first admin) runs under a session-level advisory lock: the
// second process waits, then finds the work done. Migrations have their own lock (Kysely's).
import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';

/** Advisory locks are scoped to one database, so a constant key is enough. ("Chos") */
export const STARTUP_LOCK_KEY = 0x43686f73;

/** Runs `work` on one connection that holds the start-up lock meanwhile. */
export function withStartupLock<T>(
  db: Kysely<Database>,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  // `work` gets the locked connection itself: an embedded database has only that one.
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${STARTUP_LOCK_KEY})`.execute(connection);
    try {
      return await work(connection);
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK_KEY})`.execute(connection);
    }
  });
}
