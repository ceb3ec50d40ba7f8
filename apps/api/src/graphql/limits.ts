// Limits on what one GraphQL request may ask for, and on how much a partner's key may ask for in
// an hour. Every limit answers with a specific error before anything runs; the values are
// documented in docs/security.md and docs/api/README.md.
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { PothosValidationError } from '@pothos/core';
import { createComplexityRule } from '@pothos/plugin-complexity';
import {
  getNullableType,
  GraphQLError,
  isListType,
  validate,
  visit,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Viewer } from '../modules/access/viewer.js';
import { PAGE_SIZE } from '@chorus/domain';

export const QUERY_LIMITS = {
  /** Nesting of selections, counting each field. */
  depth: 12,
  /** Fields selected in one request, all levels together. */
  breadth: 500,
  /** Aliased fields in one document. */
  aliases: 30,
  /** Directives in one document. */
  directives: 20,
  /** Lexical tokens in one document. */
  tokens: 5000,
  /** Cost of one request: anonymous callers, and signed-in people or API keys. */
  cost: { anonymous: 10_000, identified: 50_000 },
  /** What one API key may spend in an hour, in cost points. */
  keyPointsPerHour: 200_000,
} as const;

/**
 * A field costs 1, and what is selected under it counts as many times as it may return items: a
 * connection's `first` (or its default page), 10 for a plain list. So `campaigns(first: 50) {
 * edges { node { title } } }` costs about 1 + 50 × 3.
 */
export function fieldComplexity<Context>(
  args: Record<string, unknown>,
  _ctx: Context,
  field: GraphQLField<unknown, Context>,
): { field: number; multiplier: number } {
  const type = getNullableType(field.type);
  // A connection's edges are already counted by its `first`.
  if (isListType(type) && /Edge!?$/.test(String(type.ofType))) return { field: 1, multiplier: 1 };
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : PAGE_SIZE.default;
    return { field: 1, multiplier: Math.min(Math.max(first, 1), PAGE_SIZE.max) };
  }
  return { field: 1, multiplier: isListType(type) ? 10 : 1 };
}

/** graphql-armor's document limits; cost and depth are measured with the schema's own figures. */
export function armorProtection() {
  return new ApolloArmor({
    maxAliases: { n: QUERY_LIMITS.aliases },
    maxDirectives: { n: QUERY_LIMITS.directives },
    // graphql-js counts tokens itself while parsing (ApolloServer `parseOptions`), answering 400.
    maxTokens: { enabled: false },
    maxDepth: { enabled: false },
    costLimit: { enabled: false },
    // Suggestions are stripped for anonymous callers in production only (queryLimitsPlugin).
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/** The hourly budget of each API key, shared by every Chorus process when Redis is configured. */
export class QueryBudget {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    readonly pointsPerHour: number = QUERY_LIMITS.keyPointsPerHour,
    redis: Redis | null = null,
    keyPrefix = 'chorus:query-budget',
  ) {
    const options = { points: pointsPerHour, duration: 3600, keyPrefix };
    this.limiter = redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: redis,
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
  }

  /** Spends `points` of the key's budget; null when it would go over. */
  async spend(keyId: string, points: number): Promise<BudgetState | BudgetExceeded> {
    try {
      const result = await this.limiter.consume(keyId, points);
      return { ok: true, remaining: result.remainingPoints, resetAt: resetAt(result) };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { ok: false, remaining: Math.max(0, rejection.remainingPoints), resetAt: resetAt(rejection) };
    }
  }
}

interface BudgetState {
  ok: true;
  remaining: number;
  resetAt: Date;
}
interface BudgetExceeded {
  ok: false;
  remaining: number;
  resetAt: Date;
}

function resetAt(result: RateLimiterRes): Date {
  return new Date(Date.now() + result.msBeforeNext);
}

/**
 * Whether a document asks for the schema, remembered per parsed document: Apollo hands every
 * request of the same text the same DocumentNode, so an anonymous signer's mutation is walked once.
 */
const introspecting = new WeakMap<DocumentNode, boolean>();

function mentionsIntrospection(document: DocumentNode): boolean {
  const known = introspecting.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  introspecting.set(document, found);
  return found;
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Measuring reads every argument through its validation, and walks from the root type of the
 * operation: an argument that fails its validation, or an operation type this schema does not
 * have (subscription), is the caller's mistake and refuses the request with HTTP 400.
 */
function refusedWhileMeasuring(error: unknown): unknown {
  // Pothos's own errors are GraphQLErrors too, without a code: test for them first.
  if (error instanceof PothosValidationError) {
    return new GraphQLError(error.message, {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
    });
  }
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
    return new GraphQLError(error.message, {
      extensions: { ...error.extensions, http: { status: 400 } },
    });
  }
  return error;
}

/**
 * Per request: refuses introspection from anonymous callers in production, measures the cost and
 * depth of the operation and refuses it past the caller's limit, and charges API keys' hourly
 * budgets, reporting the cost in `extensions.cost` and `x-ratelimit-*` headers.
 */
export function queryLimitsPlugin<Context extends BaseContext & { viewer: Viewer }>(options: {
  isProduction: boolean;
  schema: GraphQLSchema;
  budget: QueryBudget;
}): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: { requested: number; remaining: number; limit: number; resetAt: Date } | null = null;
      return {
        async didResolveOperation({ document, request, contextValue, operationName }) {
          const viewer = contextValue.viewer;
          if (options.isProduction && viewer.kind === 'anonymous' && mentionsIntrospection(document)) {
            throw new GraphQLError(
              'Introspection is open to signed-in people and API keys; the schema is documented in docs/api',
              { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
            );
          }
          let measured = { complexity: 0, depth: 0, breadth: 0 };
          try {
            validate(options.schema, document, [
              createComplexityRule({
                context: contextValue,
                variableValues: request.variables ?? {},
                operationName: operationName ?? request.operationName ?? null,
                onResult: (result) => {
                  measured = result;
                },
              }),
            ]);
          } catch (error) {
            throw refusedWhileMeasuring(error);
          }
          const maxCost =
            viewer.kind === 'anonymous' ? QUERY_LIMITS.cost.anonymous : QUERY_LIMITS.cost.identified;
          const over = (what: string, found: number, limit: number, advice: string) =>
            new GraphQLError(`This query's ${what} is ${found}; the limit is ${limit}. ${advice}`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', [what]: found, limit, http: { status: 400 } },
            });
          if (measured.depth > QUERY_LIMITS.depth) {
            throw over('depth', measured.depth, QUERY_LIMITS.depth, 'Nest fewer levels of fields.');
          }
          if (measured.breadth > QUERY_LIMITS.breadth) {
            throw over('breadth', measured.breadth, QUERY_LIMITS.breadth, 'Select fewer fields.');
          }
          if (measured.complexity > maxCost) {
            throw over(
              'cost',
              measured.complexity,
              maxCost,
              'Ask for fewer items with `first`, or fewer fields.',
            );
          }
          if (viewer.kind !== 'apiKey') return;
          const points = Math.max(1, Math.ceil(measured.complexity));
          const spent = await options.budget.spend(viewer.apiKeyId, points);
          cost = {
            requested: points,
            remaining: spent.remaining,
            limit: options.budget.pointsPerHour,
            resetAt: spent.resetAt,
          };
          if (!spent.ok) {
            const retryAfter = Math.max(1, Math.ceil((spent.resetAt.getTime() - Date.now()) / 1000));
            throw new GraphQLError(
              `This key has spent its ${options.budget.pointsPerHour} points for the hour; this query costs ${points}. Try again in ${retryAfter} s.`,
              {
                extensions: {
                  code: 'RATE_LIMITED',
                  retryAfter,
                  http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
                },
              },
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (cost) {
            response.http.headers.set('x-ratelimit-limit', String(cost.limit));
            response.http.headers.set('x-ratelimit-remaining', String(cost.remaining));
            response.http.headers.set('x-ratelimit-reset', String(Math.ceil(cost.resetAt.getTime() / 1000)));
            if (response.body.kind === 'single') {
              response.body.singleResult.extensions = {
                ...response.body.singleResult.extensions,
                cost: {
                  requested: cost.requested,
                  remaining: cost.remaining,
                  limit: cost.limit,
                  resetAt: cost.resetAt.toISOString(),
                },
              };
            }
          }
          // Field suggestions help a developer and a scraper alike: only identified callers get them.
          if (
            options.isProduction &&
            contextValue.viewer.kind === 'anonymous' &&
            response.body.kind === 'single'
          ) {
            const errors = response.body.singleResult.errors;
            if (errors) {
              response.body.singleResult.errors = errors.map((error) => ({
                ...error,
                message: error.message.replace(SUGGESTION, ''),
              }));
            }
          }
        },
      };
    },
  };
}
