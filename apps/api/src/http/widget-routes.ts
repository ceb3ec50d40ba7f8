// The embeddable appeal widget (@chorus/widget): its script at /widget.js (cached briefly) and at a
// content-hashed name (cached for good), the demo page at /, and the CORS answers that let pages
// on other sites use the widget's endpoints, GraphQL and count.json, without credentials.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { demoPage, widgetScript } from '@chorus/widget';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { EmbedPolicy } from '../modules/appeals/embed-policy.js';

export interface WidgetRoutesOptions {
  /** Which sites may embed which appeal (shared with count.json's fast path). */
  policy: EmbedPolicy;
  /** The built widget; @chorus/widget's dist/widget.js when omitted. */
  script?: string;
  /** The demo page; @chorus/widget's demo page when omitted. */
  page?: string;
}

interface Bundle {
  body: Buffer;
  /** The first 16 hex digits of the script's SHA-256: its name at /widget.<hash>.js. */
  hash: string;
  modifiedAt: number;
}

// The widget's endpoints that name their appeal: its count, and signing.
const APPEAL_PATH = /^\/appeals\/([^/?]+)\/(?:count\.json|signatures)$/;

/** The built script, read again only when the file changes (a rebuild during development). */
function bundleReader(path: string): () => Promise<Bundle | null> {
  let bundle: Bundle | null = null;
  return async () => {
    let modifiedAt: number;
    try {
      modifiedAt = (await stat(path)).mtimeMs;
    } catch {
      return null;
    }
    if (bundle?.modifiedAt !== modifiedAt) {
      const body = await readFile(path);
      bundle = { body, hash: createHash('sha256').update(body).digest('hex').slice(0, 16), modifiedAt };
    }
    return bundle;
  };
}

export async function registerWidgetRoutes(
  app: FastifyInstance,
  options: WidgetRoutesOptions,
): Promise<void> {
  const readBundle = bundleReader(options.script ?? widgetScript);
  const { policy } = options;

  function sendScript(request: FastifyRequest, reply: FastifyReply, bundle: Bundle, cacheControl: string) {
    void reply
      .header('cache-control', cacheControl)
      .header('etag', `"${bundle.hash}"`)
      .header('content-location', `/widget.${bundle.hash}.js`)
      // Pages may load it with integrity=… crossorigin, and from pages that require CORP.
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('x-content-type-options', 'nosniff')
      .type('text/javascript; charset=utf-8');
    if (request.headers['if-none-match'] === `"${bundle.hash}"`) return reply.status(304).send();
    return reply.send(bundle.body);
  }

  function notBuilt(reply: FastifyReply) {
    return reply
      .status(503)
      .header('cache-control', 'no-store')
      .type('text/plain; charset=utf-8')
      .send('The widget is not built yet: run `npm run build` (or `npm run build -w @chorus/widget`).');
  }

  app.get('/widget.js', async (request, reply) => {
    const bundle = await readBundle();
    if (!bundle) return notBuilt(reply);
    return sendScript(request, reply, bundle, 'public, max-age=300');
  });

  app.get<{ Params: { hash: string } }>('/widget.:hash.js', async (request, reply) => {
    const bundle = await readBundle();
    if (!bundle) return notBuilt(reply);
    if (request.params.hash !== bundle.hash) {
      return reply
        .status(404)
        .header('cache-control', 'no-store')
        .type('text/plain; charset=utf-8')
        .send('This version of the widget is no longer served: use /widget.js.');
    }
    return sendScript(request, reply, bundle, 'public, max-age=31536000, immutable');
  });

  // What a partner's page with the widget looks like.
  const page = await readFile(options.page ?? demoPage);
  app.get('/', async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=300').type('text/html; charset=utf-8').send(page),
  );

  /**
   * CORS for the widget's endpoints. count.json and the signing route name their appeal, so only
   * the sites that appeal allows may read their answers. A GraphQL request does not say which
   * appeal it is about until its body is read, so a site that may embed some published appeal may
   * call it; signAppeal then checks the page's Origin against the appeal itself. Credentials are never allowed: a page on another site
   * can never read an answer given to a session cookie, and such requests are refused anyway.
   */
  async function allowedOrigin(request: FastifyRequest): Promise<string | null> {
    const origin = request.headers.origin;
    if (!origin || origin === `${request.protocol}://${request.host}`) return null;
    const path = request.url.split('?')[0] ?? '';
    try {
      if (path === '/graphql') return (await policy.allowsSomeAppeal(origin)) ? origin : null;
      const appeal = APPEAL_PATH.exec(path);
      if (appeal?.[1])
        return (await policy.allowsAppeal(decodeURIComponent(appeal[1]), origin)) ? origin : null;
    } catch (error) {
      request.log.warn({ err: error }, 'could not read which sites may embed appeals');
    }
    return null;
  }

  /** Answers the CORS questions of a page on another site; true when it answered a preflight. */
  async function answerCors(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const origin = await allowedOrigin(request);
    if (origin) void reply.header('access-control-allow-origin', origin);
    if (request.method !== 'OPTIONS' || !request.headers['access-control-request-method']) return false;
    if (origin) {
      void reply
        .header('access-control-allow-methods', 'GET, POST')
        .header('access-control-allow-headers', 'content-type, accept-language')
        .header('access-control-max-age', '600');
    }
    await reply.status(204).send();
    return true;
  }

  // A callback hook, so that requests needing no answer here (most, and every count.json poll
  // without an Origin) pass without a promise.
  app.addHook('onRequest', (request, reply, done) => {
    const path = request.url.split('?')[0] ?? '';
    if (path !== '/graphql' && !APPEAL_PATH.test(path)) return done();
    // Shared caches must keep the answers for different sites apart.
    const vary = reply.getHeader('vary');
    void reply.header('vary', vary ? `${String(vary)}, Origin` : 'Origin');
    // No Origin: not a page on another site (or the same site's own page), so no CORS to answer.
    if (!request.headers.origin) return done();
    answerCors(request, reply).then(
      (answered) => {
        if (!answered) done();
      },
      (error: Error) => done(error),
    );
  });
  // count.json and signing have no OPTIONS routes of their own; the hook above answers preflights.
  app.options('/appeals/:slug/count.json', async (_request, reply) => reply.status(204).send());
  app.options('/appeals/:slug/signatures', async (_request, reply) => reply.status(204).send());
}
