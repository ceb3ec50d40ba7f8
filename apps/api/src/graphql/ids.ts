import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Global ids wrap a uuid. A well-encoded global id around anything else is as malformed as a
 * badly encoded one, and gets the same kind of error rather than a database error.
 */
export function uuidIdParser(typename: string) {
  return (id: string): string => {
    if (!UUID.test(id)) {
      throw new GraphQLError(
        `Invalid global ID: it names a ${typename} but "${id}" is not a ${typename} id`,
        {
          extensions: { code: 'BAD_USER_INPUT' },
        },
      );
    }
    return id.toLowerCase();
  };
}

/**
 * Refuses a global id that decodes to the name of no object Chorus loads by id (`javascript:…`,
 * `Query:…`): it is as malformed as one that does not decode.
 */
export function assertNodeType(schema: GraphQLSchema, globalId: { typename: string }): void {
  const type = schema.getType(globalId.typename);
  if (!isObjectType(type) || !type.getInterfaces().some((face) => face.name === 'Node')) {
    throw new GraphQLError(
      `Invalid global ID: it names ${JSON.stringify(globalId.typename)}, which has no ids`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
}

/** What a node loader yields for an id that does not exist or that the viewer may not see. */
export class NodeNotFoundError extends GraphQLError {
  constructor(typename: string, id: string) {
    super(`No ${typename} with id ${id} is visible to you`, { extensions: { code: 'NOT_FOUND' } });
  }
}

/** Adapts a service's `(T | null)[]` to a node loader's `(T | Error)[]`. */
export function nodesOrNotFound<T>(
  typename: string,
  ids: readonly string[],
  items: readonly (T | null)[],
): (T | Error)[] {
  return items.map((item, index) => item ?? new NodeNotFoundError(typename, ids[index] ?? '?'));
}

/** The uuid inside a global id that must name `typename`; a clear error for anything else. */
export function decodeIdOf(typename: string, globalId: string): string {
  // Buffer decoding never throws: characters outside base64 are skipped.
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  const type = separator > 0 ? decoded.slice(0, separator) : '';
  if (type !== typename) {
    throw new GraphQLError(`Invalid global ID: expected the id of a ${typename}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return uuidIdParser(typename)(decoded.slice(separator + 1));
}
