import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connect.js';
import { buildApp } from '../src/http/app.js';
import { startTestApi, TEST_SECRETS, type TestApi } from './harness.js';

describe('HTTP surface', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('says the process is up and the database reachable', async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: api.database.driver });
  });

  it('answers a malformed JSON body with 400 and a clear message', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ campaigns { edges { cursor } } }"',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.message).toMatch(/^The request body is not valid JSON/);
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a request without a query with 400', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ variables: {} }),
    });
    expect(response.status).toBe(400);
  });

  it('gives every response a request id, keeping a sane one the caller sent', async () => {
    const generated = await fetch(`${api.url}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'edge-1234' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-1234');
    const replaced = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(replaced.headers.get('x-request-id')).not.toBe('bad id with spaces');
  });

  it('reports GraphQL syntax errors as such', async () => {
    const { status, body } = await api.graphql('{ campaigns { ');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('in production, when something breaks inside', () => {
  let api: TestApi;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    api = await startTestApi({
      production: true,
      logStream: { write: (line) => void logLines.push(JSON.parse(line) as Record<string, unknown>) },
    });
    // A broken database is the kind of fault whose details a client must not see.
    await sql`alter table campaigns rename to campaigns_gone`.execute(api.database.db);
  });
  afterAll(() => api.close());

  it('masks the error for the client, and logs it with the request id', async () => {
    const { status, body, headers } = await api.graphql('{ campaign(slug: "korea-peace-now") { title } }');
    expect(status).toBe(200);
    const error = body.errors?.[0];
    expect(error?.message).toBe('Internal server error');
    expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error?.extensions?.stacktrace).toBeUndefined();
    const requestId = headers.get('x-request-id');
    expect(error?.extensions?.requestId).toBe(requestId);
    expect(JSON.stringify(body)).not.toMatch(
      /campaigns_gone|relation|does not exist|kysely|pglite|postgres/i,
    );
    const logged = logLines.find(
      (line) => line.reqId === requestId && line.msg === 'GraphQL resolver failed',
    );
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged?.err)).toMatch(/campaigns/);
  });
});

describe('request logging', () => {
  it('logs requests one by one, but not counter polls and health probes', async () => {
    const lines: { reqId?: string; msg?: string; req?: { url?: string } }[] = [];
    const api = await startTestApi({
      demoData: true,
      logStream: { write: (line) => void lines.push(JSON.parse(line) as (typeof lines)[number]) },
    });
    try {
      const quiet = [
        '/appeals/korea-peace-appeal/count.json',
        '/appeals/no-such-appeal/count.json',
        '/healthz',
        '/readyz',
      ];
      for (const path of quiet) await fetch(`${api.url}${path}`);
      const logged = await fetch(`${api.url}/appeals/korea-peace-appeal/daily.json`);
      const loggedId = logged.headers.get('x-request-id');
      const incoming = lines.filter((line) => line.msg === 'incoming request').map((line) => line.req?.url);
      expect(incoming).toEqual(['/appeals/korea-peace-appeal/daily.json']);
      expect(lines.filter((line) => line.msg === 'request completed').map((line) => line.reqId)).toEqual([
        loggedId,
      ]);
    } finally {
      await api.close();
    }
  });
});

describe('without a reachable database', () => {
  it('is up but not ready', async () => {
    // Nothing listens on port 1; the pool connects lazily, so the server starts and /readyz tells.
    const database = await openDatabase({ databaseUrl: 'postgres://chorus@127.0.0.1:1/chorus', dataDir: '' });
    const app = await buildApp({ isProduction: true, logLevel: 'silent', secrets: TEST_SECRETS }, database);
    try {
      const url = await app.listen({ host: '127.0.0.1', port: 0 });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'database not reachable' });
    } finally {
      await app.close();
      await database.close();
    }
  });
});
