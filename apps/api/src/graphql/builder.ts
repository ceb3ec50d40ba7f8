// The Pothos SchemaBuilder and its plugins. Types are defined in modules/<domain>/*.schema.ts.
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { ApiKeyScope } from '@chorus/domain';
import { GraphQLError } from 'graphql';
import { hasOrganisationRole, hasScope, isAdmin } from '../modules/access/viewer.js';
import type { GraphQLContext } from './context.js';
import { assertNodeType } from './ids.js';
import { fieldComplexity } from './limits.js';

export interface AuthScopes {
  /** Anyone, signed in or not. */
  public: boolean;
  /** A person signed in with a session. */
  signedIn: boolean;
  /** A platform admin. */
  admin: boolean;
  /** An admin, or a member (any role) of the organisation with this id. */
  member: string;
  /** An admin, or an owner of the organisation with this id. */
  owner: string;
  /** A partner API key holding this scope. */
  keyScope: ApiKeyScope;
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
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  // Costs only: limits are enforced per request, before execution, in graphql/limits.ts, so the
  // plugin need not wrap the root fields to check them again.
  complexity: { fieldComplexity, disabled: true },
  scopeAuth: {
    authScopes: (ctx) => ({
      public: true,
      signedIn: ctx.viewer.kind === 'user',
      admin: isAdmin(ctx.viewer),
      member: (organisationId) => hasOrganisationRole(ctx.viewer, organisationId, 'viewer'),
      owner: (organisationId) => hasOrganisationRole(ctx.viewer, organisationId, 'owner'),
      keyScope: (scope) => hasScope(ctx.viewer, scope),
    }),
    // Denials are client errors with a code, not internal errors: UNAUTHENTICATED when nobody is
    // signed in, FORBIDDEN when the caller is known but lacks the right.
    unauthorizedError: (_parent, ctx, info) =>
      ctx.viewer.kind === 'anonymous'
        ? new GraphQLError(`Sign in or use an API key to read ${info.parentType.name}.${info.fieldName}`, {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          })
        : new GraphQLError(`You may not read ${info.parentType.name}.${info.fieldName}`, {
            extensions: { code: 'FORBIDDEN' },
          }),
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
      resolve: (_root, { id }, _ctx, info, resolveNode) => {
        assertNodeType(info.schema, id);
        return resolveNode(id);
      },
    },
    nodesQueryOptions: {
      description:
        'Fetches objects by global id, in the order given; null for each that does not exist or is not visible.',
      resolve: (_root, { ids }, _ctx, info, resolveNodes) => {
        for (const id of ids) assertNodeType(info.schema, id);
        return resolveNodes(ids);
      },
    },
  },
  defaultFieldNullability: false,
});

builder.queryType({
  description: 'Read Chorus: public data, and what your sign-in or API key lets you see.',
});
builder.mutationType({
  description: 'Change Chorus. Each mutation returns a result union: success or an expected error.',
});
