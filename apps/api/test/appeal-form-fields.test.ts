// What an appeal's signing form asks for: a postcode and a comment, each hidden, optional or
// required, set by the campaign's runners and held to when people sign.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN, startTestApi, TEST_SECRETS, type Client, type TestApi } from './harness.js';

let api: TestApi;
let admin: Client;
let appealId: string;

beforeAll(async () => {
  api = await startTestApi({ demoData: true, admin: true });
  admin = await api.signIn(ADMIN.email, ADMIN.password);
  await sql`update appeals set double_opt_in = false`.execute(api.database.db);
});
afterAll(() => api.close());

const SIGN = `mutation ($input: SignAppealInput!) {
  signAppeal(input: $input) { __typename ... on ValidationError { problems { path message } } }
}`;

async function sign(appealSlug: string, email: string, extra: Record<string, unknown> = {}) {
  const { body } = await api.graphql<{ signAppeal: Record<string, unknown> }>(SIGN, {
    input: {
      appealSlug,
      name: 'Min-ji Park',
      email,
      country: 'KR',
      locale: 'ko',
      consentToLead: false,
      consentVersion: 'v1',
      ...extra,
    },
  });
  expect(body.errors).toBeUndefined();
  return body.data?.signAppeal;
}

it('asks for a postcode and a comment, optionally, unless told otherwise', async () => {
  const { body } = await api.graphql<{ appeal: Record<string, string> }>(
    `{ appeal(slug: "korea-peace-appeal") { postcodeField commentField } }`,
  );
  expect(body.data?.appeal).toEqual({ postcodeField: 'OPTIONAL', commentField: 'OPTIONAL' });
});

it('holds signers to what the form asks: required given, hidden left out', async () => {
  const created = await admin.graphql<{
    createAppeal: { id: string; postcodeField: string; commentField: string };
  }>(
    `mutation ($input: CreateAppealInput!) {
      createAppeal(input: $input) { ... on Appeal { id postcodeField commentField } ... on Error { message } }
    }`,
    {
      input: {
        campaignSlug: 'korea-peace-now',
        slug: 'local-letters',
        status: 'OPEN',
        defaultLocale: 'en',
        postcodeField: 'REQUIRED',
        commentField: 'HIDDEN',
        translations: [
          {
            locale: 'en',
            title: 'Write to your representative',
            body: 'Sign with your postcode.',
            target: 'Representatives',
            consentText: 'Keep me informed.',
          },
        ],
      },
    },
  );
  expect(created.body.data?.createAppeal).toMatchObject({
    postcodeField: 'REQUIRED',
    commentField: 'HIDDEN',
  });
  appealId = created.body.data?.createAppeal.id ?? '';

  expect(await sign('local-letters', 'no-postcode@example.org', { comment: 'Peace now' })).toEqual({
    __typename: 'ValidationError',
    problems: [
      { path: ['postcode'], message: 'This field is required' },
      { path: ['comment'], message: 'This appeal does not ask for this: leave it out' },
    ],
  });
  expect(await sign('local-letters', 'blank@example.org', { postcode: '   ' })).toMatchObject({
    problems: [{ path: ['postcode'] }],
  });
  expect(await sign('local-letters', 'minji@example.org', { postcode: '03172' })).toEqual({
    __typename: 'SignAppealSuccess',
  });
  const stored = await api.database.db
    .selectFrom('signatures')
    .innerJoin('appeals', 'appeals.id', 'signatures.appeal_id')
    .select(['signatures.postcode_sealed', 'signatures.comment_sealed'])
    .where('appeals.slug', '=', 'local-letters')
    .executeTakeFirstOrThrow();
  expect(TEST_SECRETS.open(stored.postcode_sealed ?? '')).toBe('03172');
  expect(stored.comment_sealed).toBeNull();
  // Nothing was stored for the refused attempts.
  const { count } = await api.database.db
    .selectFrom('signatures')
    .innerJoin('appeals', 'appeals.id', 'signatures.appeal_id')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('appeals.slug', '=', 'local-letters')
    .executeTakeFirstOrThrow();
  expect(Number(count)).toBe(1);
});

it('changes what it asks for without touching the consent version, and audits the change', async () => {
  const { body } = await admin.graphql<{ updateAppeal: Record<string, string> }>(
    `mutation ($input: UpdateAppealInput!) {
      updateAppeal(input: $input) { ... on Appeal { postcodeField commentField consentVersion } }
    }`,
    { input: { id: appealId, postcodeField: 'HIDDEN', commentField: 'REQUIRED' } },
  );
  expect(body.data?.updateAppeal).toEqual({
    postcodeField: 'HIDDEN',
    commentField: 'REQUIRED',
    consentVersion: 'v1',
  });
  expect(await sign('local-letters', 'late@example.org', { postcode: '03172' })).toMatchObject({
    problems: [
      { path: ['postcode'], message: 'This appeal does not ask for this: leave it out' },
      { path: ['comment'], message: 'This field is required' },
    ],
  });
  const audit = await api.database.db
    .selectFrom('audit_events')
    .select('changes')
    .where('action', '=', 'appeal.updated')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  expect(audit.changes).toMatchObject({
    postcodeField: { before: 'required', after: 'hidden' },
    commentField: { before: 'hidden', after: 'required' },
  });
  const bad = await admin.graphql(
    `mutation { updateAppeal(input: { id: "${appealId}", postcodeField: SOMETIMES }) { __typename } }`,
  );
  expect(bad.body.errors?.[0]?.message).toMatch(/SOMETIMES/);
});
