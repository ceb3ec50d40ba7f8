// The Pothos SchemaBuilder and its plugins. Types are defined in modules/<domain>/*.schema.ts.
import SchemaBuilder from '@pothos/core';
import { GraphQLError } from 'graphql';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { GraphQLContext } from './context.js';

export interface AuthScopes {
  /** Anyone, signed in or not. */
  public: boolean;
}

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string };
  };
}>({
  // scope-auth first, so authorization runs before any other plugin's wrapping.
  plugins: [ScopeAuthPlugin, ValidationPlugin, RelayPlugin, DataloaderPlugin],
  scopeAuth: {
    authScopes: () => ({ public: true }),
  },
  validation: {
    // One readable sentence per problem, prefixed by the argument it concerns unless it already
    // names it ("first must be between 1 and 100 …").
    validationError: (failure) => {
      const problems = failure.issues.map((issue) => {
        const path = (issue.path ?? [])
          .map((key) => String(typeof key === 'object' ? key.key : key))
          .join('.');
        return path && !issue.message.startsWith(path) ? `${path}: ${issue.message}` : issue.message;
      });
      return new GraphQLError(problems.join('; '), {
        extensions: { code: 'BAD_USER_INPUT', problems },
      });
    },
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: {
      description:
        'Fetches any object by its global id; null when it does not exist or is not visible to you.',
    },
    nodesQueryOptions: {
      description:
        'Fetches objects by global id, in the order given; null for each that does not exist or is not visible.',
    },
  },
  defaultFieldNullability: false,
});

builder.queryType({ description: 'The public read API of Chorus.' });
