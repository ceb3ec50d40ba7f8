// GET /metrics in the Prometheus text format: requests and their latency by route, the mail
// queue's depth, how far public counts lag behind confirmations, and the process's own figures.
// With CHORUS_METRICS_TOKEN set, scrapers send it as a bearer token; without it, only requests from
// the machine itself (loopback) are answered.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database.js';
import { countingLagSeconds, pendingMail } from '../modules/observability/observability.repository.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function tokenMatches(request: FastifyRequest, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  const expected = Buffer.from(token);
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Counts an answer given outside Fastify's routes (see counter-route.ts). */
export type ObserveAnswer = (method: string, route: string, status: number, seconds: number) => void;

/** Records how many items one batched statement carried (see db/batcher.ts). */
export type ObserveBatch = (statement: string, size: number) => void;

export async function registerMetrics(
  app: FastifyInstance,
  options: {
    db: Kysely<Database>;
    token: string | null;
    /** CSV exports running on worker threads and waiting for a turn, and workers waiting for one. */
    exports: () => { running: number; waiting: number; idle: number };
  },
): Promise<{ observe: ObserveAnswer; observeBatch: ObserveBatch }> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'chorus_' });
  const requests = new Counter({
    name: 'chorus_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'chorus_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'chorus_mail_queue_depth',
    help: 'Mail waiting in the outbox to be sent (not yet sent, not given up on).',
    registers: [registry],
    async collect() {
      this.set(await pendingMail(options.db));
    },
  });
  new Gauge({
    name: 'chorus_count_lag_seconds',
    help: 'Seconds since the oldest confirmation that its public count does not include yet; 0 when up to date.',
    registers: [registry],
    async collect() {
      this.set(await countingLagSeconds(options.db));
    },
  });

  new Gauge({
    name: 'chorus_exports',
    help: 'CSV exports on worker threads: running, and waiting for a turn; idle: worker threads waiting for an export.',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const { running, waiting, idle } = options.exports();
      this.set({ state: 'running' }, running);
      this.set({ state: 'waiting' }, waiting);
      this.set({ state: 'idle' }, idle);
    },
  });

  const batchSize = new Histogram({
    name: 'chorus_signing_batch_size',
    help: 'Signatures carried by one statement of signing, by statement (appeal, partner, blocklist, insert).',
    labelNames: ['statement'] as const,
    buckets: [1, 2, 5, 10, 20, 50, 100],
    registers: [registry],
  });
  const observeBatch: ObserveBatch = (statement, size) => batchSize.observe({ statement }, size);

  const observe: ObserveAnswer = (method, route, status, seconds) => {
    requests.inc({ method, route, status: String(status) });
    latency.observe({ method, route }, seconds);
  };
  app.addHook('onResponse', (request, reply, done) => {
    // Route patterns, not URLs, so that ids and slugs do not multiply the series.
    const route = request.routeOptions.url ?? 'unmatched';
    if (route !== '/metrics') observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });

  app.get('/metrics', async (request, reply) => {
    const allowed = options.token
      ? tokenMatches(request, options.token)
      : LOOPBACK.has(request.socket.remoteAddress ?? '');
    if (!allowed) {
      return reply
        .status(options.token ? 401 : 403)
        .header('cache-control', 'no-store')
        .send({
          error: options.token
            ? 'Send the metrics token as Authorization: Bearer <CHORUS_METRICS_TOKEN>'
            : 'Metrics are answered to this machine only; set CHORUS_METRICS_TOKEN to scrape them from elsewhere',
        });
    }
    return reply
      .header('cache-control', 'no-store')
      .type(registry.contentType)
      .send(await registry.metrics());
  });
  return { observe, observeBatch };
}
