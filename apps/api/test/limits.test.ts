// Limits on what one request may ask: each sent one over, each answered with a clear error before
// anything runs; and API keys' hourly budgets, reported as GitHub and Shopify report theirs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anApiKey } from './fixtures.js';
import { ADMIN, startTestApi, type Client, type TestApi } from './harness.js';

let production: TestApi;
let development: TestApi;
let admin: Client;

beforeAll(async () => {
  [production, development] = await Promise.all([
    startTestApi({ demoData: true, admin: true, production: true, keyPointsPerHour: 60 }),
    startTestApi({ demoData: true }),
  ]);
  admin = await production.signIn(ADMIN.email, ADMIN.password);
});
afterAll(() => Promise.all([production.close(), development.close()]));

async function post(api: TestApi, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const firstError = (body: unknown) => (body as Errors).errors?.[0];

describe('one request', () => {
  it('may nest 12 levels of fields, not more', async () => {
    // campaign → partners → edges → node → organisation → campaigns → edges → node → partners → …
    const nested = (levels: number) => {
      let selection = 'slug';
      for (let i = 0; i < levels; i += 1) {
        selection =
          i % 2 === 0
            ? `campaigns(first: 1) { edges { node { slug partners(first: 1) { edges { node { organisation { ${selection} } } } } } } }`
            : selection;
      }
      return `{ organisation(slug: "wilpf") { ${selection} } }`;
    };
    const ok = await post(production, { query: nested(1) });
    expect(firstError(ok.body)).toBeUndefined();
    const deep = await post(production, { query: nested(3) });
    expect(deep.status).toBe(400);
    expect(firstError(deep.body)).toMatchObject({
      message: expect.stringMatching(/^This query's depth is \d+; the limit is 12\./),
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  it('may cost 10,000 points when anonymous and 50,000 when identified', async () => {
    const query = `{ campaigns(first: 50) { edges { node { slug partners(first: 50) { edges { node { role organisation { name slug } } } } } } } }`;
    const anonymous = await post(production, { query });
    expect(anonymous.status).toBe(400);
    expect(firstError(anonymous.body)?.message).toMatch(
      /^This query's cost is \d+; the limit is 10000\. Ask for fewer items/,
    );
    const signedIn = await admin.graphql(query);
    expect(signedIn.body.errors).toBeUndefined();
    const cheaper = await post(production, {
      query: `{ campaigns(first: 10) { edges { node { slug partners(first: 10) { edges { node { role } } } } } } }`,
    });
    expect(firstError(cheaper.body)).toBeUndefined();
  });

  it('may select 500 fields', async () => {
    const fields = Array.from({ length: 260 }, (_, i) => `a${i}: slug`).join(' ');
    // Aliases are limited first; selecting the same field many times without aliases is breadth.
    const wide = await post(development, {
      query: `{ organisation(slug: "wilpf") { ${'slug '.repeat(501)} } }`,
    });
    expect(wide.status).toBe(400);
    expect(firstError(wide.body)?.message).toMatch(/breadth is \d+; the limit is 500/);
    expect((await post(development, { query: `{ organisation(slug: "wilpf") { ${fields} } }` })).status).toBe(
      400,
    );
  });

  it('may use 30 aliases, 20 directives and 5,000 tokens', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ');
    const tooManyAliases = await post(development, {
      query: `{ organisation(slug: "wilpf") { ${'x: slug '.repeat(1)} ${aliases.replaceAll('__typename', 'slug')} } }`,
    });
    expect(tooManyAliases.status).toBe(400);
    expect(firstError(tooManyAliases.body)?.message).toMatch(/Aliases limit of 30 exceeded/);

    const directives = '@include(if: true) '.repeat(21);
    const tooManyDirectives = await post(development, {
      query: `{ organisation(slug: "wilpf") { slug ${directives} } }`,
    });
    expect(tooManyDirectives.status).toBe(400);
    expect(firstError(tooManyDirectives.body)?.message).toMatch(/Directives limit of 20 exceeded/);

    const tooManyTokens = await post(development, {
      query: `{ organisation(slug: "wilpf") { ${'slug '.repeat(5000)} } }`,
    });
    expect(tooManyTokens.status).toBe(400);
    expect(firstError(tooManyTokens.body)?.message).toMatch(/Document contains more tha[nt] 5000 tokens/);
  });

  it('may be 1 MB at most', async () => {
    const huge = await post(development, {
      query: `{ __typename }`,
      variables: { padding: 'x'.repeat(1024 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect(firstError(huge.body)?.message).toMatch(/Request body is too large/);
  });

  it('holds one operation: batches are refused', async () => {
    const batch = await post(development, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
    expect(JSON.stringify(batch.body)).toMatch(/batch/i);
  });
});

describe('in production', () => {
  const INTROSPECTION = `{ __schema { queryType { name } } }`;

  it('refuses introspection to anonymous callers, and allows it to signed-in people and in development', async () => {
    const anonymous = await post(production, { query: INTROSPECTION });
    expect(anonymous.status).toBe(403);
    expect(firstError(anonymous.body)).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(firstError(anonymous.body)?.message).toMatch(
      /Introspection is open to signed-in people and API keys/,
    );
    // Asked again, the same document is refused again (the verdict is kept per parsed document).
    expect((await post(production, { query: INTROSPECTION })).status).toBe(403);
    const typeProbe = await post(production, { query: `{ __type(name: "Signature") { name } }` });
    expect(typeProbe.status).toBe(403);
    expect((await admin.graphql(INTROSPECTION)).body.errors).toBeUndefined();
    expect(firstError((await post(development, { query: INTROSPECTION })).body)).toBeUndefined();
  });

  it('suggests field names only to identified callers', async () => {
    const query = `{ organisation(slug: "wilpf") { nam } }`;
    const anonymous = await post(production, { query });
    expect(firstError(anonymous.body)?.message).toBe('Cannot query field "nam" on type "Organisation".');
    const signedIn = await admin.graphql(query);
    expect(signedIn.body.errors?.[0]?.message).toMatch(/Did you mean "name"\?/);
  });
});

describe('an API key', () => {
  it('spends an hourly budget, sees what is left, and is told when to come back', async () => {
    const organisation = await production.database.db
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', 'wilpf')
      .executeTakeFirstOrThrow();
    const key = production.client({
      authorization: `Bearer ${(await anApiKey(production.database.db, { organisationId: organisation.id, scopes: ['campaigns:read'] })).secret}`,
    });
    // 1 + 10 × (edges 1 + node 1 + slug 1): 31 points a time against 60 an hour.
    const query = `{ campaigns(first: 10) { edges { node { slug } } } }`;
    const first = await key.graphql(query);
    expect(first.body.errors).toBeUndefined();
    expect((first.body as { extensions?: unknown }).extensions).toMatchObject({
      cost: { requested: expect.any(Number), limit: 60, remaining: expect.any(Number) },
    });
    const requested = (first.body as { extensions: { cost: { requested: number } } }).extensions.cost
      .requested;
    expect(first.headers.get('x-ratelimit-limit')).toBe('60');
    expect(Number(first.headers.get('x-ratelimit-remaining'))).toBe(60 - requested);
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);

    let refused = first;
    for (let i = 0; i < 5 && refused.status !== 429; i += 1) refused = await key.graphql(query);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /^This key has spent its 60 points for the hour; this query costs \d+\. Try again in \d+ s\.$/,
      ),
      extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another key of the same organisation has its own budget.
    const other = production.client({
      authorization: `Bearer ${(await anApiKey(production.database.db, { organisationId: organisation.id, scopes: ['campaigns:read'] })).secret}`,
    });
    expect((await other.graphql(query)).status).toBe(200);
  });
});
