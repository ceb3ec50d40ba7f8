// How errors leave the API. Expected ones (bad input, bad cursors, validation) keep their message
// and get a code; anything else is logged with the request id and, in production, masked.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/errors.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  ValidationError,
} from '../modules/errors.js';
import type { GraphQLContext } from './context.js';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

/** The answer while the database cannot be reached (HTTP 503): nothing is wrong with the request. */
export const UNAVAILABLE = {
  code: 'SERVICE_UNAVAILABLE',
  message: 'Chorus cannot reach its database at the moment; please retry in a few seconds.',
  retryAfterSeconds: 5,
} as const;

function isUnavailable(error: unknown): boolean {
  return error instanceof GraphQLError && isDatabaseUnavailable(error.originalError);
}

/**
 * The code for an expected failure thrown outside a mutation's result union (in a query field,
 * say); null for anything unexpected.
 */
function codeOf(original: Error): string | null {
  if (original instanceof PothosValidationError || original instanceof ValidationError)
    return 'BAD_USER_INPUT';
  if (original instanceof InvalidStateError) return 'BAD_USER_INPUT';
  if (original instanceof ForbiddenError) return 'FORBIDDEN';
  if (original instanceof NotFoundError) return 'NOT_FOUND';
  if (original instanceof ConflictError) return 'CONFLICT';
  return null;
}

// Apollo's codes for a request that is wrong in itself: its message tells the caller what to fix.
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function isClientError(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code);
}

function isExpected(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const original = error.originalError;
  // Errors raised by graphql-js itself (parse, validation, variable coercion) have no original error.
  if (!original) return true;
  if (codeOf(original)) return true;
  return (
    original instanceof GraphQLError &&
    typeof original.extensions.code === 'string' &&
    original.extensions.code !== INTERNAL
  );
}

function isAnsweredAsClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

export function formatError(isProduction: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isUnavailable(error)) {
      return {
        message: UNAVAILABLE.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: UNAVAILABLE.code },
      };
    }
    const code = error instanceof GraphQLError && error.originalError ? codeOf(error.originalError) : null;
    if (code) {
      // An expected failure: its message is meant for the caller, its stack trace is not.
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    if (formatted.extensions?.code === INTERNAL && isAnsweredAsClientError(error)) {
      // Apollo refuses some requests with a 4xx but no code (a persisted query version it does
      // not know): the caller's mistake, not something that broke inside.
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
    }
    if (isExpected(error) || isClientError(formatted) || !isProduction) return formatted;
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: INTERNAL },
    };
  };
}

/**
 * Logs unexpected errors with the request's logger (so with its request id), and tells the client
 * that id. A request that failed because the database is unreachable is answered with HTTP 503.
 */
export function errorLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let unexpected = false;
      let unavailable = false;
      return {
        async didEncounterErrors({ contextValue, errors }: GraphQLRequestContext<GraphQLContext>) {
          for (const error of errors ?? []) {
            if (isUnavailable(error)) {
              if (!unavailable) contextValue.log.warn({ err: error.originalError }, 'database unavailable');
              unavailable = true;
              continue;
            }
            if (isExpected(error)) continue;
            unexpected = true;
            contextValue.log.error(
              { err: error.originalError ?? error, path: error.path },
              'GraphQL resolver failed',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (unavailable) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(UNAVAILABLE.retryAfterSeconds));
          }
          if (!unexpected || response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === INTERNAL) {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}
