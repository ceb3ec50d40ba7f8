// A supporter's data: sealed at rest, exported on request, erased on request or after the
// retention period, with counts unchanged.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '../src/modules/access/viewer.js';
import { eraseAfterRetention } from '../src/modules/privacy/privacy.service.js';
import { recountSignatures } from '../src/modules/signatures/signatures.service.js';
import { aCampaign, anAppeal, anOrganisation } from './fixtures.js';
import { ADMIN, startTestApi, TEST_SECRETS, type Client, type TestApi } from './harness.js';

let api: TestApi;
let admin: Client;

beforeAll(async () => {
  api = await startTestApi({ demoData: true, admin: true });
  admin = await api.signIn(ADMIN.email, ADMIN.password);
  await anOrganisation(api.database.db, 'org');
  await aCampaign(api.database.db, 'second-campaign', { lead: 'org' });
  await anAppeal(api.database.db, 'second-appeal', { campaign: 'second-campaign' });
  await sql`update appeals set double_opt_in = false where slug = 'second-appeal'`.execute(api.database.db);
});
afterAll(() => api.close());

async function sign(appealSlug: string, email: string, consentVersion: string) {
  const { body } = await api.graphql(
    `mutation ($input: SignAppealInput!) { signAppeal(input: $input) { __typename } }`,
    {
      input: {
        appealSlug,
        name: 'Park Ji-woo',
        email,
        country: 'KR',
        locale: 'ko',
        consentToLead: true,
        consentVersion,
        postcode: '04524',
      },
    },
  );
  expect(body.data).toEqual({ signAppeal: { __typename: 'SignAppealSuccess' } });
}

async function registerForBriefing(email: string) {
  const { body: events } = await api.graphql<{
    campaign: { events: { edges: { node: { id: string; status: string } }[] } };
  }>(`{ campaign(slug: "korea-peace-now") { events { edges { node { id status } } } } }`);
  const upcoming = events.data?.campaign.events.edges.find((edge) => edge.node.status === 'SCHEDULED')?.node
    .id;
  const { body } = await api.graphql(
    `mutation ($input: RsvpEventInput!) { rsvpEvent(input: $input) { __typename } }`,
    { input: { eventId: upcoming, name: 'Park Ji-woo', email, locale: 'ko', consentToLead: false } },
  );
  expect(body.data).toEqual({ rsvpEvent: { __typename: 'RsvpEventSuccess' } });
}

it('exports everything held on a person, under any spelling of their email', async () => {
  await sign('korea-peace-appeal', 'Ji.Woo+peace@gmail.com', '2026-11-v1');
  await sign('second-appeal', 'jiwoo@gmail.com', 'v1');
  await registerForBriefing('jiwoo@gmail.com');
  const { body } = await admin.graphql<{ exportSupporter: string }>(
    `{ exportSupporter(email: "JIWOO@googlemail.com") }`,
  );
  const exported = JSON.parse(body.data?.exportSupporter ?? '{}') as {
    signatures: { appeal: string; name: string; email: string; postcode: string; status: string }[];
    registrations: { email: string; status: string }[];
    mail: { subject: string }[];
  };
  expect(
    exported.signatures.map((signature) => [signature.appeal, signature.email, signature.status]),
  ).toEqual([
    ['korea-peace-appeal', 'Ji.Woo+peace@gmail.com', 'pending'],
    ['second-appeal', 'jiwoo@gmail.com', 'confirmed'],
  ]);
  expect(exported.signatures[0]).toMatchObject({ name: 'Park Ji-woo', postcode: '04524' });
  expect(exported.registrations.map((registration) => [registration.email, registration.status])).toEqual([
    ['jiwoo@gmail.com', 'registered'],
  ]);
  expect(exported.mail.map((mail) => mail.subject)).toEqual([
    '서명을 확인해 주세요: 한반도 평화 호소: 한국전쟁을 끝냅시다',
    '참가 신청이 완료되었습니다: 온라인 브리핑: 왜 지금 평화협정인가',
  ]);
  const anonymous = await api.graphql(`{ exportSupporter(email: "jiwoo@gmail.com") }`);
  expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

it('erases a person on request, keeping the counts', async () => {
  await recountSignatures(api.database.db, null);
  const before = await api.graphql(`{ appeal(slug: "second-appeal") { signatureCount } }`);
  expect(before.body.data).toEqual({ appeal: { signatureCount: 1 } });
  const { body } = await admin.graphql(
    `mutation { eraseSupporter(email: "jiwoo@gmail.com") {
      __typename ... on SupporterErased { signatures registrations messages }
    } }`,
  );
  expect(body.data).toEqual({
    eraseSupporter: { __typename: 'SupporterErased', signatures: 2, registrations: 1, messages: 2 },
  });
  const registration = await api.database.db.selectFrom('rsvps').selectAll().executeTakeFirstOrThrow();
  expect(TEST_SECRETS.open(registration.email_sealed)).toBe('(erased)');
  expect(registration.status).toBe('registered');
  const rows = await api.database.db.selectFrom('signatures').selectAll().execute();
  for (const row of rows) {
    expect(TEST_SECRETS.open(row.name_sealed)).toBe('(erased)');
    expect(row).toMatchObject({
      postcode_sealed: null,
      ip_hash: null,
      referrer: null,
      confirm_token_hash: null,
    });
    expect(row.erased_at).toBeInstanceOf(Date);
  }
  const mails = await api.database.db
    .selectFrom('outbox_messages')
    .select(['to_address', 'text_body'])
    .execute();
  expect(JSON.stringify(mails)).not.toMatch(/ji\.?woo/i);
  await recountSignatures(api.database.db, null);
  const after = await api.graphql(`{ appeal(slug: "second-appeal") { signatureCount } }`);
  expect(after.body.data).toEqual(before.body.data);
  const again = await admin.graphql<{ exportSupporter: string }>(
    `{ exportSupporter(email: "jiwoo@gmail.com") }`,
  );
  expect(JSON.parse(again.body.data?.exportSupporter ?? '{}')).toMatchObject({
    signatures: [],
    registrations: [],
    mail: [],
  });
  // The person may sign again.
  await sign('second-appeal', 'jiwoo@gmail.com', 'v1');
});

it('erases personal data once an appeal has been closed longer than the retention period', async () => {
  const ctx = { db: api.database.db, viewer: systemViewer('test'), requestId: null };
  expect(await eraseAfterRetention(ctx, TEST_SECRETS, 24)).toBe(0);
  await sql`update appeals set closes_at = now() - interval '25 months', opens_at = null where slug = 'second-appeal'`.execute(
    api.database.db,
  );
  expect(await eraseAfterRetention(ctx, TEST_SECRETS, 24)).toBe(1);
  expect(await eraseAfterRetention(ctx, TEST_SECRETS, 24)).toBe(0);
});

it('lets admins, and only admins, export every signature of an appeal as CSV', async () => {
  const response = await fetch(`${api.url}/appeals/second-appeal/signatures.csv`, { headers: admin.headers });
  expect(response.status).toBe(200);
  const lines = (await response.text()).trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^"id","status","suspect_reason","name","email",/);
  expect(lines.length).toBeGreaterThanOrEqual(3);
  expect(lines.some((line) => line.includes('"(erased)"'))).toBe(true);
  expect((await fetch(`${api.url}/appeals/second-appeal/signatures.csv`)).status).toBe(401);
});
