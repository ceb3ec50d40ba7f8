import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Viewer } from './access/viewer.js';

/** What every service call needs: the database and who is asking. */
export interface ServiceContext {
  db: Kysely<Database>;
  viewer: Viewer;
}
