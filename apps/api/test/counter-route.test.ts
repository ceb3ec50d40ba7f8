// count.json's fast path (ahead of Fastify, for counts in memory): it answers only what it can, and
// says exactly what the Fastify route says. app.inject() goes straight to Fastify's handler, never
// through the server's request listener where the fast path sits, so it gives the route's answer to
// compare with an answer over the network.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterFastPath } from '../src/http/counter-route.js';
import { EmbedPolicy } from '../src/modules/appeals/embed-policy.js';
import { PublicCounter } from '../src/modules/signatures/public-counter.js';
import { startTestApi, type TestApi } from './harness.js';

let api: TestApi;
const PATH = '/appeals/korea-peace-appeal/count.json';
const PARTNER_SITE = 'https://partner.example';
const OTHER_SITE = 'https://copycat.example';

beforeAll(async () => {
  api = await startTestApi({ demoData: true, metricsToken: 'metrics-secret' });
  await sql`update appeals set allowed_embed_origins = ${[PARTNER_SITE]} where slug = 'korea-peace-appeal'`.execute(
    api.database.db,
  );
});
afterAll(() => api.close());

type Answer = { status: number; headers: Record<string, string>; body: string };

/** Headers that differ between any two answers. */
const PER_ANSWER = new Set(['date', 'x-request-id', 'connection', 'keep-alive', 'transfer-encoding']);

function comparable(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_ANSWER.has(name)));
}

async function overTheNetwork(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${api.url}${path}`, { headers });
  return {
    status: response.status,
    headers: comparable(Object.fromEntries(response.headers)),
    body: await response.text(),
  };
}

async function throughTheRoute(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await api.app.inject({ method: 'GET', url: path, headers });
  return {
    status: response.statusCode,
    headers: comparable(
      Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, String(value)])),
    ),
    body: response.body,
  };
}

describe('count.json on its fast path', () => {
  it('answers as the route does: a count, a missing appeal, a matching ETag, and other sites', async () => {
    // Both answers inside one refresh interval of the counter, so both see the same snapshot.
    await overTheNetwork(PATH);
    await overTheNetwork('/appeals/no-such-appeal/count.json');
    const etag = (await throughTheRoute(PATH)).headers.etag ?? '';
    expect(etag).not.toBe('');
    for (const [path, headers] of [
      [PATH, {}],
      ['/appeals/no-such-appeal/count.json', {}],
      [`${PATH}?cache=bust`, {}],
      [PATH, { 'if-none-match': etag }],
      [PATH, { origin: PARTNER_SITE }],
      [PATH, { origin: OTHER_SITE }],
    ] as const) {
      const route = await throughTheRoute(path, headers);
      const fast = await overTheNetwork(path, headers);
      expect(fast, `${path} ${JSON.stringify(headers)}`).toEqual(route);
    }
    const fromPartner = await overTheNetwork(PATH, { origin: PARTNER_SITE });
    expect(fromPartner.headers['access-control-allow-origin']).toBe(PARTNER_SITE);
    expect(fromPartner.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(fromPartner.body)).toMatchObject({ goal: expect.any(Number) as number });
  });

  it('keeps a request id it is given, and counts its answers in /metrics', async () => {
    await overTheNetwork(PATH);
    const response = await fetch(`${api.url}${PATH}`, { headers: { 'x-request-id': 'poll-42' } });
    expect(response.headers.get('x-request-id')).toBe('poll-42');
    const metrics = async () => {
      const text = await (
        await fetch(`${api.url}/metrics`, { headers: { authorization: 'Bearer metrics-secret' } })
      ).text();
      const line = text
        .split('\n')
        .find(
          (row) =>
            row.startsWith('chorus_http_requests_total{') &&
            row.includes('count.json') &&
            row.includes('status="200"'),
        );
      return Number(line?.split(' ').at(-1) ?? 0);
    };
    const before = await metrics();
    for (let index = 0; index < 5; index += 1) await overTheNetwork(PATH);
    expect(await metrics()).toBe(before + 5);
  });
});

describe('the fast path by itself', () => {
  it('answers counts in memory, and leaves everything else to Fastify', async () => {
    const counter = new PublicCounter(api.database.db);
    const policy = new EmbedPolicy(api.database.db);
    const observed: number[] = [];
    const fast = counterFastPath({
      counter,
      policy,
      securityHeaders: { 'x-content-type-options': 'nosniff' },
      ownOrigin: () => 'http://chorus.example',
      observe: (_method, _route, status) => void observed.push(status),
    });
    // What the server would hand to Fastify is answered 599 here, so the test can tell.
    const server = createServer((request, response) => {
      if (!fast(request, response)) response.writeHead(599).end('to Fastify');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const at = (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}${path}`, init);
    try {
      // Not read yet: Fastify's route reads it (and waits for the database).
      expect((await at(PATH)).status).toBe(599);
      await counter.get('korea-peace-appeal');
      const answer = await at(PATH);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('cache-control')).toBe(
        'public, max-age=5, stale-while-revalidate=30, stale-if-error=86400',
      );
      expect(await answer.json()).toMatchObject({ count: expect.any(Number) as number });
      expect((await at(PATH, { method: 'HEAD' })).status).toBe(599);
      expect((await at(PATH, { method: 'POST', body: '{}' })).status).toBe(599);
      expect((await at('/appeals/korea-peace-appeal/daily.json')).status).toBe(599);
      expect((await at('/appeals/%E0%A4%A/count.json')).status).toBe(599);
      expect(observed).toEqual([200]);
    } finally {
      server.close();
    }
  });
});
