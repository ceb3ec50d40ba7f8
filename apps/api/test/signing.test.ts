// Signing an appeal through the API, confirming from the mail, and the count that follows.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recountSignatures } from '../src/modules/signatures/signatures.service.js';
import { aCampaign, anAppeal, anOrganisation } from './fixtures.js';
import { startTestApi, TEST_SECRETS, type TestApi } from './harness.js';

let api: TestApi;

beforeAll(async () => {
  // Every test signer comes from 127.0.0.1: lift the per-address limits (test/abuse.test.ts keeps them).
  api = await startTestApi({ demoData: true, signingLimits: { burst: 10_000, sustained: 10_000 } });
  const db = api.database.db;
  await anOrganisation(db, 'org');
  await aCampaign(db, 'other-campaign', { lead: 'org' });
  await anAppeal(db, 'closed-appeal', { campaign: 'other-campaign', status: 'closed' });
  await anAppeal(db, 'draft-appeal', { campaign: 'other-campaign', status: 'draft' });
  await anAppeal(db, 'instant-appeal', { campaign: 'other-campaign' });
  // A single opt-in appeal: signatures count at once (the load test below needs no mail round trip).
  await sql`update appeals set double_opt_in = false where slug = 'instant-appeal'`.execute(db);
});
afterAll(() => api.close());

const SIGN = `mutation ($input: SignAppealInput!) {
  signAppeal(input: $input) {
    __typename
    ... on SignAppealSuccess { confirmationRequired }
    ... on ValidationError { problems { path message } }
    ... on Error { message }
  }
}`;

function signer(overrides: Record<string, unknown> = {}) {
  return {
    appealSlug: 'korea-peace-appeal',
    name: 'Kim Min-ji',
    email: 'minji@example.org',
    country: 'KR',
    locale: 'ko',
    consentToLead: true,
    consentVersion: '2026-11-v1',
    ...overrides,
  };
}

async function sign(input: Record<string, unknown>) {
  const { body } = await api.graphql<{ signAppeal: Record<string, unknown> }>(SIGN, { input });
  expect(body.errors).toBeUndefined();
  return body.data?.signAppeal;
}

async function mailsTo(address: string): Promise<{ kind: string; subject: string; text: string }[]> {
  return api.database.db
    .selectFrom('outbox_messages')
    .select(['kind', 'subject', 'text_body as text'])
    .where('to_address', '=', address)
    .orderBy('created_at')
    .execute();
}

async function publicCount(slug: string): Promise<number> {
  const response = await fetch(`${api.url}/appeals/${slug}/count.json`);
  return ((await response.json()) as { count: number }).count;
}

describe('the path from signing to the count', () => {
  it('records, mails a link, confirms only on POST, and counts once confirmed', async () => {
    expect(await sign(signer())).toEqual({ __typename: 'SignAppealSuccess', confirmationRequired: true });
    const [mail] = await mailsTo('minji@example.org');
    expect(mail?.kind).toBe('signature-confirmation');
    expect(mail?.subject).toBe('서명을 확인해 주세요: 한반도 평화 호소: 한국전쟁을 끝냅시다');
    const link = /(http:\/\/\S+\/confirm\?token=[0-9a-f]{64}&lang=ko)/.exec(mail?.text ?? '')?.[1];
    expect(link).toBeDefined();

    // A mail scanner following the link confirms nothing.
    const page = await fetch(link ?? '');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<form method="post" action="/confirm">');
    expect(html).toContain('서명 확인하기');
    await recountSignatures(api.database.db, null);
    expect(await publicCount('korea-peace-appeal')).toBe(0);

    const token = new URL(link ?? '').searchParams.get('token') ?? '';
    const confirmed = await fetch(`${api.url}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, lang: 'ko' }),
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('서명이 확인되었습니다');
    const again = await fetch(`${api.url}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
    });
    expect(again.status).toBe(404);

    await recountSignatures(api.database.db, new Date(Date.now() - 60_000));
    const { body } = await api.graphql(`{ appeal(slug: "korea-peace-appeal") { signatureCount } }`);
    expect(body.data).toEqual({ appeal: { signatureCount: 1 } });
  });

  it('serves the public count with cache headers and answers 304 to a matching ETag', async () => {
    // The counter keeps values for a second: wait so this request sees the count above.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const response = await fetch(`${api.url}/appeals/korea-peace-appeal/count.json`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { count: number; goal: number; updatedAt: string };
    expect(body).toMatchObject({ count: 1, goal: 100_000 });
    expect(Date.parse(body.updatedAt)).toBeGreaterThan(0);
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=5, stale-while-revalidate=30, stale-if-error=86400',
    );
    const etag = response.headers.get('etag') ?? '';
    const cached = await fetch(`${api.url}/appeals/korea-peace-appeal/count.json`, {
      headers: { 'if-none-match': etag },
    });
    expect(cached.status).toBe(304);
    expect((await fetch(`${api.url}/appeals/no-such-appeal/count.json`)).status).toBe(404);
  });
});

describe('signing twice', () => {
  it('answers the same, mails "already signed", and keeps one signature, whatever the spelling', async () => {
    const first = await sign(signer({ email: 'Kim.Soo+peace@gmail.com', locale: 'en' }));
    const second = await sign(signer({ email: 'kimsoo@googlemail.com', locale: 'en' }));
    expect(second).toEqual(first);
    const mails = [
      ...(await mailsTo('Kim.Soo+peace@gmail.com')),
      ...(await mailsTo('kimsoo@googlemail.com')),
    ];
    expect(mails.map((mail) => mail.kind)).toEqual(['signature-confirmation', 'signature-duplicate']);
    expect(mails[1]?.subject).toBe('You have already signed: Korea Peace Appeal: end the Korean War');
  });

  it('keeps one signature when the same person submits 20 times at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        sign(signer({ appealSlug: 'instant-appeal', email: 'burst@example.org', consentVersion: 'v1' })),
      ),
    );
    expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
    const { rows } = await sql<{ count: number }>`
      select count(*) as count from signatures s join appeals a on a.id = s.appeal_id where a.slug = 'instant-appeal'`.execute(
      api.database.db,
    );
    expect(rows[0]?.count).toBe(1);
    // Each submission queued its own mail with the signature, in the same statement: the one that
    // was new needs no confirmation on this single opt-in appeal, the other 19 are told they had signed.
    const mails = await mailsTo('burst@example.org');
    expect(mails.map((mail) => mail.kind)).toEqual(Array.from({ length: 19 }, () => 'signature-duplicate'));
  });
});

/** The insert batches so far and the signatures they carried, as /metrics reports them. */
async function insertBatches(): Promise<{ batches: number; signatures: number }> {
  const text = await (await fetch(`${api.url}/metrics`)).text();
  const value = (series: string) =>
    Number(
      new RegExp(`^chorus_signing_batch_size_${series}\\{statement="insert"\\} (\\d+)$`, 'm').exec(
        text,
      )?.[1] ?? 0,
    );
  return { batches: value('count'), signatures: value('sum') };
}

describe('under load', () => {
  it('keeps exactly 200 of 200 parallel signatures and counts them all', async () => {
    const before =
      (await sql<{ count: number }>`select count(*) as count from signatures`.execute(api.database.db))
        .rows[0]?.count ?? 0;
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        sign(
          signer({ appealSlug: 'instant-appeal', email: `signer${index}@example.org`, consentVersion: 'v1' }),
        ),
      ),
    );
    expect(results.every((result) => result?.__typename === 'SignAppealSuccess')).toBe(true);
    const after =
      (await sql<{ count: number }>`select count(*) as count from signatures`.execute(api.database.db))
        .rows[0]?.count ?? 0;
    expect(after - before).toBe(200);
    await recountSignatures(api.database.db, null);
    const { body } = await api.graphql(`{ appeal(slug: "instant-appeal") { signatureCount } }`);
    expect(body.data).toEqual({ appeal: { signatureCount: 201 } });
  });

  it('stores signers who arrive together in shared statements, each with their own mail', async () => {
    const before = await insertBatches();
    api.statements.length = 0;
    const emails = Array.from({ length: 60 }, (_, index) => `together${index}@example.org`);
    // One of them twice in the same moment: stored once, and told the second time they had signed.
    const results = await Promise.all(
      [...emails, emails[7]].map((email) => sign(signer({ email, name: `Signer ${email}` }))),
    );
    expect(results.every((result) => result?.__typename === 'SignAppealSuccess')).toBe(true);
    const inserts = api.statements.filter((text) =>
      /^\s*with inserted as \(\s*insert into signatures/.test(text),
    );
    const lookups = api.statements.filter((text) => /from "appeals" inner join "campaigns"/.test(text));
    expect(inserts.length).toBeLessThan(emails.length / 2);
    expect(lookups.length).toBeLessThan(emails.length / 2);
    // /metrics tells operators how full the batches were.
    const after = await insertBatches();
    expect(after.signatures - before.signatures).toBe(emails.length + 1);
    expect(after.batches - before.batches).toBe(inserts.length);
    const stored = await api.database.db
      .selectFrom('signatures')
      .select(['email_sealed', 'name_sealed', 'confirm_token_sealed'])
      .where(
        'email_index',
        'in',
        emails.map((email) => TEST_SECRETS.emailIndex(email)),
      )
      .execute();
    expect(stored.map((row) => TEST_SECRETS.open(row.email_sealed)).sort()).toEqual([...emails].sort());
    for (const row of stored) {
      const email = TEST_SECRETS.open(row.email_sealed);
      expect(TEST_SECRETS.open(row.name_sealed)).toBe(`Signer ${email}`);
      // Each person's confirmation carries the token stored with their own signature.
      const mails = await mailsTo(email);
      const token = TEST_SECRETS.open(row.confirm_token_sealed ?? '');
      const confirmations = mails.filter((mail) => mail.kind === 'signature-confirmation');
      expect(confirmations).toHaveLength(1);
      expect(confirmations[0]?.text).toContain(`token=${token}`);
      expect(mails.filter((mail) => mail.kind !== 'signature-confirmation').map((mail) => mail.kind)).toEqual(
        email === emails[7] ? ['signature-duplicate'] : [],
      );
    }
  });
});

describe('privacy', () => {
  it('keeps name and email sealed, found again only through a keyed index', async () => {
    await sign(signer({ email: 'private.person@example.org', name: 'Private Person', postcode: '03187' }));
    const { rows } = await sql<
      Record<string, unknown>
    >`select * from signatures order by id desc limit 1`.execute(api.database.db);
    const row = rows[0] ?? {};
    expect(JSON.stringify(row)).not.toMatch(/private|Person|03187/i);
    expect(TEST_SECRETS.open(String(row.email_sealed))).toBe('private.person@example.org');
    expect(TEST_SECRETS.open(String(row.name_sealed))).toBe('Private Person');
    expect(row.ip_hash).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('refusals', () => {
  it('names every bad field', async () => {
    const result = await sign(signer({ name: '=cmd()', email: 'not an email', country: 'ZZ', locale: 'de' }));
    expect(result?.__typename).toBe('ValidationError');
    expect((result?.problems as { path: string[] }[]).map((problem) => problem.path.join('.'))).toEqual([
      'name',
      'email',
      'country',
      'locale',
    ]);
  });

  it('refuses a form that showed an older consent text', async () => {
    const result = await sign(signer({ consentVersion: 'v0' }));
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      problems: [
        {
          path: ['consentVersion'],
          message:
            'The consent text has changed since this form was loaded (now 2026-11-v1): reload it and sign again',
        },
      ],
    });
  });

  it('gives closed, draft and unknown appeals their own errors', async () => {
    expect(await sign(signer({ appealSlug: 'closed-appeal', consentVersion: 'v1' }))).toEqual({
      __typename: 'AppealClosedError',
      message: 'This appeal is closed and no longer takes signatures',
    });
    expect(await sign(signer({ appealSlug: 'draft-appeal', consentVersion: 'v1' }))).toEqual({
      __typename: 'AppealNotFoundError',
      message: 'There is no appeal "draft-appeal"',
    });
    expect(await sign(signer({ appealSlug: 'no-such-appeal' }))).toMatchObject({
      __typename: 'AppealNotFoundError',
    });
  });

  it('refuses an expired confirmation link', async () => {
    await sign(signer({ email: 'late@example.org' }));
    const [mail] = await mailsTo('late@example.org');
    const token = /token=([0-9a-f]{64})/.exec(mail?.text ?? '')?.[1] ?? '';
    await sql`update signatures set confirm_expires_at = now() - interval '1 minute' where status = 'pending'`.execute(
      api.database.db,
    );
    const { body } = await api.graphql(
      `mutation ($token: String!) { confirmSignature(token: $token) { __typename ... on Error { message } } }`,
      { token },
    );
    expect(body.data).toEqual({
      confirmSignature: {
        __typename: 'InvalidStateError',
        message: 'This confirmation link has expired: sign the appeal again to get a new one',
      },
    });
  });
});
