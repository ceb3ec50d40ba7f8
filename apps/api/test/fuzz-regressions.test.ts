// The requests test/fuzz.test.ts found answered with a 5xx or an internal error, each kept here as
// it was found, with the clean refusal it gets now.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestApi, type Client, type TestApi } from './harness.js';

let api: TestApi;
let admin: Client;

beforeAll(async () => {
  api = await startTestApi({ production: true, demoData: true, admin: true });
  admin = await api.signIn(ADMIN.email, ADMIN.password);
});
afterAll(() => api.close());

const NOT_TEXT = 'Contains a character that is not text (a NUL or an unpaired surrogate)';

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

async function outboxSize(): Promise<number> {
  const rows = await api.database.db.selectFrom('outbox_messages').select('id').execute();
  return rows.length;
}

describe('arguments refused while the query is measured', () => {
  it('answer 400 with the argument’s own message', async () => {
    const { status, body } = await api.graphql('{ campaigns(first: 0) { edges { cursor } } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toBe(
      'first: Must be between 1 and 100 (the page size cap is 100); got 0',
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const slug = await api.graphql('{ appeal(slug: "") { title } }');
    expect(slug.status).toBe(400);
    expect(slug.body.errors?.[0]?.message).toBe('slug: Must be at least 2 characters');
  });

  it('include a subscription, which Chorus does not offer', async () => {
    const { status, body } = await api.graphql('subscription { campaigns { edges { cursor } } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/subscription/);
  });
});

it('answers a persisted query of an unknown version with 400 BAD_REQUEST', async () => {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: null } } }),
  });
  expect(response.status).toBe(400);
  const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
  expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
});

describe('a NUL or half a surrogate pair', () => {
  const SIGN = `mutation ($input: SignAppealInput!) {
    signAppeal(input: $input) { __typename ... on ValidationError { problems { path message } } }
  }`;

  it('in a signer’s name is refused, and no mail is written', async () => {
    const before = await outboxSize();
    for (const name of ['\u0000', 'Kim\ud800']) {
      const { body } = await api.graphql(SIGN, {
        input: {
          appealSlug: 'korea-peace-appeal',
          name,
          email: 'nul@example.org',
          country: 'KR',
          locale: 'ko',
          consentToLead: true,
          consentVersion: '2026-11-v1',
        },
      });
      expect(body.data).toEqual({
        signAppeal: {
          __typename: 'ValidationError',
          problems: [{ path: ['name'], message: NOT_TEXT }],
        },
      });
    }
    expect(await outboxSize()).toBe(before);
  });

  it('in an appeal’s texts is refused', async () => {
    const { body: found } = await admin.graphql<{ appeal: { id: string } }>(
      '{ appeal(slug: "korea-peace-appeal") { id } }',
    );
    const { body } = await admin.graphql(
      `mutation ($input: UpdateAppealInput!) {
        updateAppeal(input: $input) { __typename ... on ValidationError { problems { path message } } }
      }`,
      {
        input: {
          id: found.data?.appeal.id,
          translations: [
            { locale: 'en', title: 'Peace \u0000', body: 'Body', target: 'The UN', consentText: 'Yes' },
          ],
        },
      },
    );
    expect(body.data).toEqual({
      updateAppeal: {
        __typename: 'ValidationError',
        problems: [{ path: ['translations', 'en', 'title'], message: NOT_TEXT }],
      },
    });
  });

  it('in the email of a sign-in gets the answer of any unknown email', async () => {
    const { body } = await api.graphql(
      'mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }',
      { input: { email: 'admin\u0000@example.org', password: ADMIN.password } },
    );
    expect(body.data).toEqual({ signIn: { __typename: 'InvalidCredentialsError' } });
  });

  it('in a search or filter text is refused', async () => {
    const search = await api.graphql(
      'query ($search: String) { organisations(search: $search) { edges { cursor } } }',
      {
        search: 'women\u0000',
      },
    );
    expect(search.status).toBe(400);
    expect(search.body.errors?.[0]?.message).toBe(`search: ${NOT_TEXT}`);
    const actor = await admin.graphql(
      'query ($actor: String) { auditLog(actor: $actor) { edges { cursor } } }',
      {
        actor: '\u0000',
      },
    );
    expect(actor.body.errors?.[0]?.message).toBe(`actor: ${NOT_TEXT}`);
    const outbox = await admin.graphql('query ($to: String) { outbox(to: $to) { edges { cursor } } }', {
      to: 'a\u0000@example.org',
    });
    expect(outbox.body.errors?.[0]?.message).toBe(`to: ${NOT_TEXT}`);
  });
});

it('refuses a campaigns cursor whose position is not a timestamp', async () => {
  const cursor = Buffer.from(
    JSON.stringify({ k: 'key', key: { createdAt: 'yesterday', id: '00000000-0000-4000-8000-000000000000' } }),
  ).toString('base64url');
  const { body } = await api.graphql(
    'query ($after: String) { campaigns(after: $after) { edges { cursor } } }',
    {
      after: cursor,
    },
  );
  expect(body.errors?.[0]?.message).toMatch(/^Invalid cursor /);
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

it('refuses a DateTime in year 0, which Postgres does not have', async () => {
  for (const since of ['0000-06-01T00:00:00Z', '0001-01-01T00:30:00+01:00']) {
    const { body } = await admin.graphql(
      'query ($since: DateTime) { auditLog(since: $since) { edges { cursor } } }',
      { since },
    );
    expect(body.errors?.[0]?.message).toBe(
      `Variable "$since" got invalid value "${since}"; DateTime must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z; got "${since}"`,
    );
  }
});

it('refuses a global id naming no type that has ids', async () => {
  for (const id of [base64('javascript:alert(1)'), base64('Query:00000000-0000-4000-8000-000000000000')]) {
    const { body } = await api.graphql('query ($id: ID!) { node(id: $id) { id } }', { id });
    expect(body.errors?.[0]?.message).toMatch(
      /^Invalid global ID: it names "(javascript|Query)", which has no ids$/,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const many = await api.graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [id] });
    expect(many.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  }
});
