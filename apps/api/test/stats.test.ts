// Statistics: admins see the whole appeal, a partner only what it brought in, the public a daily
// series without personal data.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recountSignatures } from '../src/modules/signatures/signatures.service.js';
import { anApiKey } from './fixtures.js';
import { ADMIN, startTestApi, type Client, type TestApi } from './harness.js';

let api: TestApi;
let admin: Client;
let wcdmzId: string;

beforeAll(async () => {
  api = await startTestApi({ demoData: true, admin: true, signingLimits: { burst: 1000, sustained: 1000 } });
  admin = await api.signIn(ADMIN.email, ADMIN.password);
  const db = api.database.db;
  await sql`update appeals set double_opt_in = false`.execute(db);
  const sign = (email: string, country: string, partnerSlug: string | null) =>
    api.graphql(`mutation ($input: SignAppealInput!) { signAppeal(input: $input) { __typename } }`, {
      input: {
        appealSlug: 'korea-peace-appeal',
        name: 'Someone',
        email,
        country,
        locale: 'en',
        consentToLead: false,
        consentVersion: '2026-11-v1',
        partnerSlug,
      },
    });
  await sign('a@example.org', 'KR', 'women-cross-dmz');
  await sign('b@example.org', 'KR', 'women-cross-dmz');
  await sign('c@example.org', 'JP', 'nobel-womens-initiative');
  await sign('d@example.org', 'US', null);
  await sign('e@example.org', 'US', null);
  await sign('bot@example.org', 'US', null).then(() =>
    sql`update signatures set status = 'suspect' where email_index = (select email_index from signatures order by id desc limit 1)`.execute(
      db,
    ),
  );
  // Spread the confirmations over two days.
  await sql`update signatures set confirmed_at = '2026-11-01T10:30:00Z' where country = 'KR'`.execute(db);
  await sql`update signatures set confirmed_at = '2026-11-02T08:00:00Z' where country <> 'KR'`.execute(db);
  // The aggregator folds them into hourly buckets, as it does every few seconds in a running server.
  await recountSignatures(db, null);
  wcdmzId = (
    await db
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', 'women-cross-dmz')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => api.close());

const STATS = `query ($org: ID, $interval: StatsInterval) {
  appealStats(appealSlug: "korea-peace-appeal", organisationId: $org, interval: $interval) {
    overTime { start count }
    byCountry { country count }
    byPartner { organisation { slug } count }
    funnel { submitted confirmed pending suspect invalid }
  }
}`;

it('gives admins the whole appeal: over time, by country, by partner, and the funnel', async () => {
  const { body } = await admin.graphql(STATS, {});
  expect(body.errors).toBeUndefined();
  expect(body.data?.appealStats).toEqual({
    overTime: [
      { start: '2026-11-01T00:00:00.000Z', count: 2 },
      { start: '2026-11-02T00:00:00.000Z', count: 3 },
    ],
    byCountry: [
      { country: 'KR', count: 2 },
      { country: 'US', count: 2 },
      { country: 'JP', count: 1 },
    ],
    byPartner: expect.arrayContaining([
      { organisation: { slug: 'women-cross-dmz' }, count: 2 },
      { organisation: null, count: 2 },
      { organisation: { slug: 'nobel-womens-initiative' }, count: 1 },
    ]),
    funnel: { submitted: 5, confirmed: 5, pending: 0, suspect: 1, invalid: 0 },
  });
  const hourly = await admin.graphql(STATS, { interval: 'HOUR' });
  expect((hourly.body.data?.appealStats as { overTime: unknown[] }).overTime).toEqual([
    { start: '2026-11-01T10:00:00.000Z', count: 2 },
    { start: '2026-11-02T08:00:00.000Z', count: 3 },
  ]);
});

it('gives a partner only its own attribution', async () => {
  const key = api.client({
    authorization: `Bearer ${(await anApiKey(api.database.db, { organisationId: wcdmzId, scopes: ['stats:read'] })).secret}`,
  });
  const org = Buffer.from(`Organisation:${wcdmzId}`).toString('base64');
  const { body } = await key.graphql(STATS, { org });
  expect(body.data?.appealStats).toEqual({
    overTime: [{ start: '2026-11-01T00:00:00.000Z', count: 2 }],
    byCountry: [{ country: 'KR', count: 2 }],
    byPartner: null,
    funnel: { submitted: 2, confirmed: 2, pending: 0, suspect: 0, invalid: 0 },
  });
  const whole = await key.graphql(STATS, {});
  expect(whole.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const other = await key.graphql(STATS, {
    org: Buffer.from(
      `Organisation:${(await api.database.db.selectFrom('organisations').select('id').where('slug', '=', 'wilpf').executeTakeFirstOrThrow()).id}`,
    ).toString('base64'),
  });
  expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await api.graphql(STATS, {})).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

it('publishes a daily series without personal data, as JSON and CSV', async () => {
  const json = await fetch(`${api.url}/appeals/korea-peace-appeal/daily.json`);
  expect(json.status).toBe(200);
  expect(await json.json()).toEqual({
    appeal: 'korea-peace-appeal',
    days: [
      { date: '2026-11-01', count: 2 },
      { date: '2026-11-02', count: 3 },
    ],
  });
  const csv = await fetch(`${api.url}/appeals/korea-peace-appeal/daily.csv`);
  expect(await csv.text()).toBe('"date","confirmed"\r\n"2026-11-01","2"\r\n"2026-11-02","3"\r\n');
  expect((await fetch(`${api.url}/appeals/no-such/daily.json`)).status).toBe(404);
  expect((await fetch(`${api.url}/appeals/korea-peace-appeal/daily.xml`)).status).toBe(404);
});

it('keeps the hourly buckets equal to an exact count as signatures arrive, confirm and are invalidated', async () => {
  const db = api.database.db;
  const exact = async () =>
    (
      await sql<{ partner: string | null; country: string; hour: Date; count: number }>`
        select partner_organisation_id as partner, country,
          date_trunc('hour', confirmed_at at time zone 'UTC') at time zone 'UTC' as hour, count(*)::int8 as count
        from signatures where status = 'confirmed' group by 1, 2, 3 order by 1, 2, 3`.execute(db)
    ).rows;
  const buckets = async () =>
    (
      await sql<{ partner: string | null; country: string; hour: Date; count: number }>`
        select partner_organisation_id as partner, country, hour, confirmed::int8 as count
        from signature_buckets order by 1, 2, 3`.execute(db)
    ).rows;
  expect(await buckets()).toEqual(await exact());

  const cutoff = new Date();
  // New confirmations now: a recount of the last minute folds them in without counting old ones twice.
  for (const [email, country] of [
    ['f@example.org', 'DE'],
    ['g@example.org', 'DE'],
    ['h@example.org', 'KR'],
  ] as const) {
    const { body } = await api.graphql(
      `mutation ($input: SignAppealInput!) { signAppeal(input: $input) { __typename } }`,
      {
        input: {
          appealSlug: 'korea-peace-appeal',
          name: 'Someone',
          email,
          country,
          locale: 'en',
          consentToLead: false,
          consentVersion: '2026-11-v1',
          partnerSlug: 'wilpf',
        },
      },
    );
    expect(body.errors).toBeUndefined();
  }
  const before = await buckets();
  expect(before).not.toEqual(await exact());
  await recountSignatures(db, new Date(Date.now() - 60_000));
  await recountSignatures(db, new Date(Date.now() - 60_000));
  expect(await buckets()).toEqual(await exact());

  // Invalidating old signatures rebuilds the whole appeal, not only the recent hours.
  const { body } = await admin.graphql(
    `mutation ($before: DateTime!) { invalidateSignatures(input: { appealSlug: "korea-peace-appeal", signedBefore: $before, reason: "test" }) { __typename } }`,
    { before: cutoff.toISOString() },
  );
  expect(body.errors).toBeUndefined();
  expect(await buckets()).toEqual(await exact());
  const { body: stats } = await admin.graphql(STATS, {});
  expect((stats.data?.appealStats as { byCountry: unknown }).byCountry).toEqual([
    { country: 'DE', count: 2 },
    { country: 'KR', count: 1 },
  ]);
});
