// How errors leave the API. Expected ones (bad input, bad cursors, validation) keep their message
// and get a code; anything else is logged with the request id and, in production, masked.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GraphQLContext } from './context.js';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

function isExpected(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const original = error.originalError;
  // Errors raised by graphql-js itself (parse, validation, variable coercion) have no original error.
  if (!original) return true;
  if (original instanceof PothosValidationError) return true;
  return (
    original instanceof GraphQLError &&
    typeof original.extensions.code === 'string' &&
    original.extensions.code !== INTERNAL
  );
}

export function formatError(isProduction: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (error instanceof GraphQLError && error.originalError instanceof PothosValidationError) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    }
    if (isExpected(error) || !isProduction) return formatted;
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: INTERNAL },
    };
  };
}

/** Logs unexpected errors with the request's logger (so with its request id), and tells the client that id. */
export function errorLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let unexpected = false;
      return {
        async didEncounterErrors({ contextValue, errors }: GraphQLRequestContext<GraphQLContext>) {
          for (const error of errors ?? []) {
            if (isExpected(error)) continue;
            unexpected = true;
            contextValue.log.error(
              { err: error.originalError ?? error, path: error.path },
              'GraphQL resolver failed',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
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
