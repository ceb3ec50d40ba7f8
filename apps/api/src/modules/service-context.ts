import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Viewer } from './access/viewer.js';

/** What every service call needs: the database, who is asking, and the request for the audit trail. */
export interface ServiceContext {
  db: Kysely<Database>;
  viewer: Viewer;
  requestId: string | null;
}
