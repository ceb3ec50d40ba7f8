import type { ServiceContext } from '../modules/service-context.js';
import type { GraphQLContext } from './context.js';

/**
 * Runs a mutation's workflow in one transaction: its rows and its audit record are written
 * together or not at all.
 */
export function inTransaction<T>(ctx: GraphQLContext, work: (tx: ServiceContext) => Promise<T>): Promise<T> {
  return ctx.db
    .transaction()
    .execute((trx) => work({ db: trx, viewer: ctx.viewer, requestId: ctx.requestId }));
}
