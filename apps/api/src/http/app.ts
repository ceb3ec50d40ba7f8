// Builds the HTTP server: Fastify routes and Apollo Server on one database. server.ts starts it;
// tests build it on their own database.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { localeFromAcceptLanguage } from '@chorus/domain';
import fastifyCookie from '@fastify/cookie';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyError,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.js';
import type { ChorusDatabase } from '../db/connect.js';
import type { GraphQLContext } from '../graphql/context.js';
import { SignInThrottle } from '../modules/accounts/sign-in-throttle.js';
import { AuthenticationError, authenticate } from '../modules/access/authentication.js';
import type { Secrets } from '../modules/privacy/secrets.js';
import { ExportRunner } from '../modules/exports/export-threads.js';
import { SigningGuard } from '../modules/signatures/signing-guard.js';
import { SigningBatches } from '../modules/signatures/signing-batches.js';
import { PublicCounter } from '../modules/signatures/public-counter.js';
import { EmbedPolicy } from '../modules/appeals/embed-policy.js';
import { isDatabaseUnavailable } from '../db/errors.js';
import { errorLoggingPlugin, formatError, UNAVAILABLE } from '../graphql/errors.js';
import { armorProtection, QUERY_LIMITS, QueryBudget, queryLimitsPlugin } from '../graphql/limits.js';
import { schema } from '../graphql/schema.js';
import {
  loadTrustedDocuments,
  trustedDocumentsPlugin,
  type TrustedDocuments,
} from '../graphql/trusted-documents.js';
import { counterFastPath, registerCounterRoute } from './counter-route.js';
import { registerDashboardRoutes } from './dashboard-routes.js';
import { registerEventRoutes } from './event-routes.js';
import { registerMetrics } from './metrics.js';
import { requestIdFrom } from './request-id.js';
import { fixedSecurityHeaders, NOT_A_DOCUMENT_POLICY, registerSecurityHeaders } from './security-headers.js';
import { registerSignatureRoutes } from './signature-routes.js';
import { registerWidgetRoutes } from './widget-routes.js';

export type AppConfig = Pick<Config, 'isProduction' | 'logLevel'> & {
  /** Where people reach Chorus; when null, links are built from each request's Host. */
  publicUrl?: string | null;
  /** Origins besides this site's own whose pages may use a session cookie (a dashboard dev server). */
  allowedOrigins?: readonly string[];
  /** Where log lines go; standard output when omitted. */
  logStream?: { write(line: string): void };
  signInThrottle?: SignInThrottle;
  secrets: Secrets;
  signingGuard?: SigningGuard;
  /** Whether this process runs the background work (`leader`) or only answers requests; shown by /readyz. */
  role?: () => 'leader' | 'follower';
  /** API keys' hourly query budgets; in memory unless given one backed by Redis. */
  queryBudget?: QueryBudget;
  /** Bearer token for GET /metrics; without one, only loopback callers get metrics. */
  metricsToken?: string | null;
  /** The operations of Chorus's own clients; those of this build when omitted. */
  trustedDocuments?: TrustedDocuments;
  /** Let anonymous callers run trusted documents only (in production). */
  enforceTrustedDocuments?: boolean;
};

export const SESSION_COOKIE = 'chorus_session';

/**
 * Requests not logged one by one: the public counter every open widget polls (thousands a second in
 * a surge) and health probes. /metrics counts them all the same, and errors are still logged.
 */
const UNLOGGED = /^\/(?:healthz|readyz|appeals\/[^/?]+\/count\.json)(?:\?|$)/;

export async function buildApp(config: AppConfig, database: ChorusDatabase): Promise<FastifyInstance> {
  // count.json's fast path (counter-route.ts) sees each request before Fastify does; it is set
  // once the routes exist.
  let fastPath: ((request: IncomingMessage, response: ServerResponse) => boolean) | null = null;
  const app = Fastify({
    serverFactory: (handler) => {
      const server = createServer((request, response) => {
        if (!fastPath?.(request, response)) handler(request, response);
      });
      // As on the server Fastify makes itself (its default keepAliveTimeout).
      server.keepAliveTimeout = 72_000;
      return server;
    },
    logger: {
      level: config.logLevel,
      ...(config.logStream ? { stream: config.logStream } : {}),
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    // Keep a caller's (or a proxy's) request id when it is sane, so logs can be followed across hops.
    genReqId: (request) => requestIdFrom(request.headers['x-request-id']),
    bodyLimit: 1024 * 1024,
    logController: new LogController({
      disableRequestLogging: (request: { url?: string }) => UNLOGGED.test(request.url ?? ''),
    }),
  });

  await app.register(fastifyCookie);
  const signInThrottle = config.signInThrottle ?? new SignInThrottle();
  const signingGuard = config.signingGuard ?? new SigningGuard();
  const secureCookies = config.publicUrl?.startsWith('https://') ?? false;
  const securityHeaders = fixedSecurityHeaders({ secure: secureCookies });
  await registerSecurityHeaders(app, securityHeaders);
  const exports = new ExportRunner({
    databaseUrl: database.connectionUrl,
    db: database.db,
    secrets: config.secrets,
  });
  app.addHook('onClose', () => exports.close());
  const { observe, observeBatch } = await registerMetrics(app, {
    db: database.db,
    token: config.metricsToken ?? null,
    exports: () => ({ running: exports.running, waiting: exports.waiting, idle: exports.idle }),
  });
  const signingBatches = new SigningBatches(database.db, observeBatch);
  const allowedOrigins = new Set(
    [...(config.allowedOrigins ?? []), ...(config.publicUrl ? [new URL(config.publicUrl).origin] : [])].map(
      (origin) => origin.replace(/\/+$/, ''),
    ),
  );

  const publicUrlFor = (request: FastifyRequest) =>
    config.publicUrl ?? `${request.protocol}://${request.host}`;

  /** Who is calling, from an API key or a session cookie; throws AuthenticationError. */
  function viewerFor(request: FastifyRequest) {
    return authenticate(
      database.db,
      {
        authorization: request.headers.authorization,
        sessionToken: request.cookies[SESSION_COOKIE],
        origin: request.headers.origin,
        host: request.headers.host,
      },
      allowedOrigins,
    );
  }

  async function contextFor(request: FastifyRequest, reply: FastifyReply): Promise<GraphQLContext> {
    let viewer;
    try {
      viewer = await viewerFor(request);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        throw new GraphQLError(UNAVAILABLE.message, {
          extensions: {
            code: UNAVAILABLE.code,
            http: {
              status: 503,
              headers: new HeaderMap([['retry-after', String(UNAVAILABLE.retryAfterSeconds)]]),
            },
          },
        });
      }
      if (!(error instanceof AuthenticationError)) throw error;
      throw new GraphQLError(error.message, {
        extensions: {
          code: error.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          http: { status: error.status },
        },
      });
    }
    return {
      db: database.db,
      viewer,
      requestId: request.id,
      locale: localeFromAcceptLanguage(request.headers['accept-language']),
      log: request.log,
      client: {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        origin: request.headers.origin ?? null,
      },
      signInThrottle,
      secrets: config.secrets,
      signingGuard,
      signingBatches,
      publicUrl: publicUrlFor(request),
      sessionCookie: {
        set: (token, expiresAt) =>
          void reply.setCookie(SESSION_COOKIE, token, {
            httpOnly: true,
            sameSite: 'lax',
            secure: secureCookies,
            path: '/',
            expires: expiresAt,
          }),
        clear: () =>
          void reply.clearCookie(SESSION_COOKIE, {
            httpOnly: true,
            sameSite: 'lax',
            secure: secureCookies,
            path: '/',
          }),
      },
    };
  }

  // Hooks on every request take a callback rather than returning a promise: one promise less each.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    // Refusals are written in the language the request asks for, so caches must keep them apart.
    if (request.url.split('?')[0] === '/graphql') reply.header('vary', 'Accept-Language');
    done();
  });

  // Errors Fastify raises before GraphQL runs (malformed JSON, oversized body, wrong content type)
  // get a GraphQL-shaped body with a clear message; nothing internal leaks in production.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      void reply
        .status(503)
        .header('retry-after', String(UNAVAILABLE.retryAfterSeconds))
        .send({
          errors: [
            { message: UNAVAILABLE.message, extensions: { code: UNAVAILABLE.code, requestId: request.id } },
          ],
        });
      return;
    }
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const message =
      status >= 500 && config.isProduction
        ? 'Internal server error'
        : error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
          ? `The request body is not valid JSON: ${error.message}`
          : error.message;
    void reply.status(status).send({
      errors: [
        {
          message,
          extensions: {
            code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST',
            requestId: request.id,
          },
        },
      ],
    });
  });

  const policy = new EmbedPolicy(database.db);
  const counter = new PublicCounter(database.db);
  await registerWidgetRoutes(app, { policy });
  registerCounterRoute(app, counter);
  fastPath = counterFastPath({
    counter,
    policy,
    securityHeaders: { ...securityHeaders, 'content-security-policy': NOT_A_DOCUMENT_POLICY },
    ownOrigin: (request) =>
      `${(request.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'}://${request.headers.host ?? ''}`,
    observe,
  });
  await registerSignatureRoutes(app, {
    db: database.db,
    secrets: config.secrets,
    viewerFor,
    signingGuard,
    signingBatches,
    exports,
    publicUrlFor,
  });
  await registerEventRoutes(app, { db: database.db, secrets: config.secrets, publicUrlFor, viewerFor });
  await registerDashboardRoutes(app);

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    try {
      await database.ping();
      return { status: 'ready', database: database.driver, ...(config.role ? { role: config.role() } : {}) };
    } catch (error) {
      request.log.warn({ err: error }, 'database not reachable');
      return reply.status(503).send({ status: 'unavailable', reason: 'database not reachable' });
    }
  });

  const armor = armorProtection();
  const trusted = config.trustedDocuments ?? loadTrustedDocuments();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    plugins: [
      fastifyApolloDrainPlugin(app),
      errorLoggingPlugin(),
      ...(armor.plugins as ApolloServerPlugin<GraphQLContext>[]),
      queryLimitsPlugin<GraphQLContext>({
        isProduction: config.isProduction,
        schema,
        budget: config.queryBudget ?? new QueryBudget(),
      }),
      trustedDocumentsPlugin<GraphQLContext>({ enforce: config.enforceTrustedDocuments ?? false, trusted }),
    ],
    // The widget sends its operations by hash; only trusted documents are known by hash.
    persistedQueries: { cache: trusted.persistedQueryCache(), ttl: null },
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    formatError: formatError(config.isProduction),
    includeStacktraceInErrorResponses: !config.isProduction,
    // Introspection stays on; queryLimitsPlugin refuses it to anonymous callers in production.
    introspection: true,
    // One operation per request: a batch would multiply every per-request limit.
    allowBatchedHttpRequests: false,
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    context: contextFor,
  });

  return app;
}
