// The per-request GraphQL context. DataLoaders are created per request by the Pothos dataloader
// plugin (keyed on this object), so nothing cached here outlives the request.
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { ANONYMOUS } from '../modules/access/viewer.js';
import type { ServiceContext } from '../modules/service-context.js';

export interface GraphQLContext extends ServiceContext {
  requestId: string;
  log: FastifyBaseLogger;
}

export function createContext(
  db: Kysely<Database>,
  request: { id: string; log: FastifyBaseLogger },
): GraphQLContext {
  return { db, viewer: ANONYMOUS, requestId: request.id, log: request.log };
}
