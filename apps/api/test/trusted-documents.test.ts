// Trusted documents: in production an anonymous caller runs only the operations of Chorus's own
// clients, which the widget sends by hash; people signed in and API keys run any query.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dashboardOperations } from '@chorus/dashboard';
import { widgetOperations } from '@chorus/widget';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anApiKey } from './fixtures.js';
import { ADMIN, startTestApi, type TestApi } from './harness.js';

const operations = JSON.parse(readFileSync(widgetOperations, 'utf8')) as Record<
  'appeal' | 'sign',
  { query: string; sha256: string }
>;
let production: TestApi;
let development: TestApi;

beforeAll(async () => {
  [production, development] = await Promise.all([
    startTestApi({ demoData: true, admin: true, production: true, enforceTrustedDocuments: true }),
    startTestApi({ demoData: true }),
  ]);
});
afterAll(() => Promise.all([production.close(), development.close()]));

async function post(api: TestApi, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

const byHash = (operation: { sha256: string }) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: operation.sha256 } },
});
const appealVariables = { s: 'korea-peace-appeal', l: 'ko' };

describe('in production, an anonymous caller', () => {
  it("runs the widget's operations, sent by hash alone or as text", async () => {
    const hashOnly = await post(production, { variables: appealVariables, ...byHash(operations.appeal) });
    expect(hashOnly.body.errors).toBeUndefined();
    expect(hashOnly.body.data?.appeal).toMatchObject({ status: 'OPEN', title: expect.any(String) });
    const asText = await post(production, { query: operations.appeal.query, variables: appealVariables });
    expect(asText.body.data?.appeal).toEqual(hashOnly.body.data?.appeal);
    // The same document laid out differently is the same document.
    const reformatted = operations.appeal.query.replaceAll('{', ' {\n  ').replaceAll('}', '\n}\n');
    expect(
      (await post(production, { query: reformatted, variables: appealVariables })).body.errors,
    ).toBeUndefined();
  });

  it('is refused any other document, with a clear reason', async () => {
    const other = await post(production, { query: '{ campaigns(first: 1) { edges { node { slug } } } }' });
    expect(other.status).toBe(403);
    expect(other.body.errors?.[0]).toMatchObject({
      message: expect.stringContaining("only the operations of Chorus's own widget and dashboard"),
      extensions: { code: 'UNTRUSTED_DOCUMENT' },
    });
  });

  it('cannot make a document trusted by sending it with its hash', async () => {
    const query = '{ organisations(first: 100) { edges { node { slug name } } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const register = await post(production, {
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    });
    expect(register.body.errors?.[0]?.extensions?.code).toBe('UNTRUSTED_DOCUMENT');
    const replay = await post(production, { extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(replay.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('in production, identified callers', () => {
  it('run any query: people signed in and API keys', async () => {
    const query = '{ campaigns(first: 1) { edges { node { slug } } } }';
    // Signing in is anonymous: the dashboard's own sign-in operation is trusted.
    const dashboard = Object.values(
      JSON.parse(readFileSync(dashboardOperations, 'utf8')) as Record<string, string>,
    );
    const signIn = dashboard.find((document) => document.startsWith('mutation SignIn('));
    expect(signIn).toBeDefined();
    const response = await fetch(`${production.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: signIn,
        variables: { input: { email: ADMIN.email, password: ADMIN.password } },
      }),
    });
    expect(
      ((await response.json()) as { data: { signIn: { __typename: string } } }).data.signIn.__typename,
    ).toBe('SignInSuccess');
    const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect((await post(production, { query }, { cookie })).body.errors).toBeUndefined();
    const organisation = await production.database.db
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', 'wilpf')
      .executeTakeFirstOrThrow();
    const key = await anApiKey(production.database.db, {
      organisationId: organisation.id,
      scopes: ['campaigns:read'],
    });
    const asKey = await post(production, { query }, { authorization: `Bearer ${key.secret}` });
    expect(asKey.body.errors).toBeUndefined();
  });
});

it('in development, lets anyone run any document, and still knows the widget by hash', async () => {
  expect(
    (await post(development, { query: '{ campaigns(first: 1) { edges { node { slug } } } }' })).body.errors,
  ).toBeUndefined();
  const hashOnly = await post(development, { variables: appealVariables, ...byHash(operations.appeal) });
  expect(hashOnly.body.data?.appeal).toMatchObject({ status: 'OPEN' });
});
