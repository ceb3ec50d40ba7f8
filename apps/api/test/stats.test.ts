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

const BY_PARTNER = `query ($org: ID, $interval: StatsInterval, $from: DateTime, $to: DateTime) {
  appealStats(appealSlug: "korea-peace-appeal", organisationId: $org, interval: $interval, from: $from, to: $to) {
    overTime { start count }
    byCountry { country count }
    byPartner { organisation { slug } count }
    funnel { submitted confirmed pending suspect invalid }
    overTimeByPartner { organisation { slug } buckets { start count } }
  }
}`;

interface SeriesAnswer {
  appealStats: {
    overTimeByPartner:
      { organisation: { slug: string } | null; buckets: { start: string; count: number }[] }[] | null;
  };
}

/** Confirmed signatures per partner and hour or day, counted from the signatures themselves. */
async function exactSeries(unit: 'hour' | 'day', range: { from?: string; to?: string } = {}) {
  const { rows } = await sql<{ slug: string | null; start: Date; count: number }>`
    select o.slug, date_trunc(${sql.lit(unit)}, s.confirmed_at at time zone 'UTC') at time zone 'UTC' as start,
      count(*)::int8 as count
    from signatures s left join organisations o on o.id = s.partner_organisation_id
    join appeals a on a.id = s.appeal_id
    where a.slug = 'korea-peace-appeal' and s.status = 'confirmed'
      ${range.from ? sql`and date_trunc('hour', s.confirmed_at) >= ${range.from}::timestamptz` : sql``}
      ${range.to ? sql`and date_trunc('hour', s.confirmed_at) < ${range.to}::timestamptz` : sql``}
    group by 1, 2`.execute(api.database.db);
  const bySlug = new Map<string | null, { start: string; count: number }[]>();
  for (const row of rows) {
    const series = bySlug.get(row.slug) ?? [];
    series.push({ start: row.start.toISOString(), count: row.count });
    bySlug.set(row.slug, series);
  }
  return new Map(
    [...bySlug].map(([slug, series]) => [slug, series.sort((a, b) => a.start.localeCompare(b.start))]),
  );
}

it('splits the series over time by partner in one query, each equal to an exact count', async () => {
  for (const interval of ['DAY', 'HOUR'] as const) {
    const bucketReads = () => api.statements.filter((text) => text.includes('signature_buckets')).length;
    api.statements.length = 0;
    await admin.graphql(STATS, { interval });
    const withoutSplit = bucketReads();
    api.statements.length = 0;
    const { body } = await admin.graphql<SeriesAnswer>(BY_PARTNER, { interval });
    expect(body.errors).toBeUndefined();
    // The split costs one more statement over the buckets, not one per partner.
    expect(bucketReads()).toBe(withoutSplit + 1);
    const series = body.data?.appealStats.overTimeByPartner ?? [];
    const exact = await exactSeries(interval === 'DAY' ? 'day' : 'hour');
    expect(new Map(series.map((one) => [one.organisation?.slug ?? null, one.buckets]))).toEqual(exact);
    // Most signatures first, those no partner brought in last.
    expect(series.map((one) => one.organisation?.slug ?? null)).toEqual([
      'women-cross-dmz',
      'nobel-womens-initiative',
      null,
    ]);
  }
  expect(
    (await admin.graphql<SeriesAnswer>(BY_PARTNER, { interval: 'HOUR' })).body.data?.appealStats
      .overTimeByPartner?.[0]?.buckets,
  ).toEqual([{ start: '2026-11-01T10:00:00.000Z', count: 2 }]);

  // The same hours as overTime: a bucket counts when its hour starts in [from, to), so the hour
  // from 10:00 on the first day is left out.
  const range = { from: '2026-11-01T10:30:00Z', to: '2026-11-03T00:00:00Z' };
  const { body } = await admin.graphql<SeriesAnswer>(BY_PARTNER, { interval: 'DAY', ...range });
  const series = body.data?.appealStats.overTimeByPartner ?? [];
  expect(new Map(series.map((one) => [one.organisation?.slug ?? null, one.buckets]))).toEqual(
    await exactSeries('day', range),
  );
  expect(series.map((one) => one.organisation?.slug ?? null)).toEqual(['nobel-womens-initiative', null]);
  const none = await admin.graphql<SeriesAnswer>(BY_PARTNER, { from: '2027-01-01T00:00:00Z' });
  expect(none.body.data?.appealStats.overTimeByPartner).toEqual([]);
});

it('shows the series by partner only to those who see every partner’s total', async () => {
  const key = api.client({
    authorization: `Bearer ${(await anApiKey(api.database.db, { organisationId: wcdmzId, scopes: ['stats:read'] })).secret}`,
  });
  const org = Buffer.from(`Organisation:${wcdmzId}`).toString('base64');
  const own = await key.graphql<SeriesAnswer>(BY_PARTNER, { org });
  expect(own.body.errors).toBeUndefined();
  expect(own.body.data?.appealStats.overTimeByPartner).toBeNull();
  const whole = await key.graphql(BY_PARTNER, {});
  expect(whole.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  // A campaign runner looking at one partner's figures gets none either, as byPartner is null there.
  const limited = await admin.graphql<SeriesAnswer>(BY_PARTNER, { org });
  expect(limited.body.data?.appealStats.overTimeByPartner).toBeNull();
  expect((await api.graphql(BY_PARTNER, {})).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
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
