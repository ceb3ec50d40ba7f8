// GET /appeals/{slug}/count.json, the public counter every open widget polls: in a surge, thousands
// of requests a second for each signature. The count comes from memory (PublicCounter), and the
// answer is written the same way on two paths:
//
// - a fast path, ahead of Fastify's request handling, for the plain case: a GET whose count is in
//   memory. It sends what the Fastify route would (security headers, request id, CORS, caching,
//   ETag) and is counted in /metrics, without the per-request work a route pays (hooks, logger,
//   routing), which was most of its cost;
// - the Fastify route, for everything else: HEAD, a count not yet read or a database that fails
//   (the usual error handling then answers), and any request the fast path declines.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { EmbedPolicy } from '../modules/appeals/embed-policy.js';
import type { CountSnapshot, PublicCounter } from '../modules/signatures/public-counter.js';
import { requestIdFrom } from './request-id.js';

export const COUNT_ROUTE = '/appeals/:slug/count.json';
const COUNT_URL = /^\/appeals\/([^/?]+)\/count\.json(?:\?.*)?$/;

interface CountAnswer {
  status: 200 | 304 | 404;
  headers: Record<string, string>;
  body: string;
}

/** The counter's answer for a snapshot (null: no such appeal) and the request's If-None-Match. */
export function countAnswer(snapshot: CountSnapshot | null, ifNoneMatch: string | undefined): CountAnswer {
  if (!snapshot) {
    return {
      status: 404,
      headers: { 'cache-control': 'public, max-age=60', 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ error: 'There is no such appeal' }),
    };
  }
  const headers = {
    'cache-control': 'public, max-age=5, stale-while-revalidate=30, stale-if-error=86400',
    etag: snapshot.etag,
  };
  if (ifNoneMatch === snapshot.etag) return { status: 304, headers, body: '' };
  return {
    status: 200,
    headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
    body: snapshot.json,
  };
}

export function registerCounterRoute(app: FastifyInstance, counter: PublicCounter): void {
  app.get<{ Params: { slug: string } }>(COUNT_ROUTE, async (request, reply) => {
    const answer = countAnswer(await counter.get(request.params.slug), request.headers['if-none-match']);
    return reply
      .status(answer.status)
      .headers(answer.headers)
      .send(answer.body || undefined);
  });
}

export interface CounterFastPathOptions {
  counter: PublicCounter;
  policy: EmbedPolicy;
  /** The headers every answer carries (see security-headers.ts). */
  securityHeaders: Record<string, string>;
  /** Chorus's own origin for this request, whose pages need no CORS. */
  ownOrigin: (request: IncomingMessage) => string;
  /** Counts the answer in /metrics. */
  observe: (method: string, route: string, status: number, seconds: number) => void;
}

/**
 * Answers count.json requests it can answer from memory, and returns whether it took the request;
 * the caller hands any other request to Fastify.
 */
export function counterFastPath(
  options: CounterFastPathOptions,
): (request: IncomingMessage, response: ServerResponse) => boolean {
  const { counter, policy } = options;
  return (request, response) => {
    if (request.method !== 'GET') return false;
    const match = COUNT_URL.exec(request.url ?? '');
    if (!match?.[1]) return false;
    let slug: string;
    try {
      slug = decodeURIComponent(match[1]);
    } catch {
      return false;
    }
    const snapshot = counter.cached(slug);
    if (snapshot === undefined) return false;
    const started = performance.now();
    const origin = request.headers.origin;
    if (!origin || origin === options.ownOrigin(request)) {
      send(request, response, started, snapshot, null);
    } else {
      // The sites' lists are in memory too, but for a read every few seconds.
      policy.allowsAppeal(slug, origin).then(
        (allowed) => send(request, response, started, snapshot, allowed ? origin : null),
        () => send(request, response, started, snapshot, null),
      );
    }
    return true;
  };

  function send(
    request: IncomingMessage,
    response: ServerResponse,
    started: number,
    snapshot: CountSnapshot | null,
    allowOrigin: string | null,
  ): void {
    const answer = countAnswer(snapshot, request.headers['if-none-match']);
    response.writeHead(answer.status, {
      ...options.securityHeaders,
      'x-request-id': requestIdFrom(request.headers['x-request-id']),
      vary: 'Origin',
      ...(allowOrigin ? { 'access-control-allow-origin': allowOrigin } : {}),
      ...answer.headers,
      ...(answer.body ? { 'content-length': String(Buffer.byteLength(answer.body)) } : {}),
    });
    response.end(answer.body);
    options.observe('GET', COUNT_ROUTE, answer.status, (performance.now() - started) / 1000);
  }
}
