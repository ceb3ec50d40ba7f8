// POST /appeals/{slug}/signatures: signing over plain HTTP, as the widget does, with the same rules
// and answers as the signAppeal mutation.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbedPolicy } from '../src/modules/appeals/embed-policy.js';
import { aCampaign, anAppeal, anOrganisation } from './fixtures.js';
import { startTestApi, TEST_SECRETS, type TestApi } from './harness.js';

let api: TestApi;

const PARTNER_SITE = 'https://partner.example';
const OTHER_SITE = 'https://copycat.example';

beforeAll(async () => {
  api = await startTestApi({ demoData: true, signingLimits: { burst: 10_000, sustained: 10_000 } });
  const db = api.database.db;
  await anOrganisation(db, 'route-org');
  await aCampaign(db, 'route-campaign', { lead: 'route-org' });
  await anAppeal(db, 'route-closed', { campaign: 'route-campaign', status: 'closed' });
  await anAppeal(db, 'route-draft', { campaign: 'route-campaign', status: 'draft' });
  await anAppeal(db, 'route-later', { campaign: 'route-campaign' });
  await sql`update appeals set opens_at = '2099-01-01T00:00:00Z' where slug = 'route-later'`.execute(db);
  await anAppeal(db, 'route-listed', { campaign: 'route-campaign' });
  await sql`update appeals set allowed_embed_origins = ${[PARTNER_SITE]} where slug = 'route-listed'`.execute(
    db,
  );
});
afterAll(() => api.close());

function signer(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Kim Min-ji',
    email: 'route-minji@example.org',
    country: 'KR',
    locale: 'ko',
    consentToLead: true,
    consentVersion: '2026-11-v1',
    ...overrides,
  };
}

async function post(slug: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/appeals/${slug}/signatures`, {
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

async function stored(email: string) {
  return api.database.db
    .selectFrom('signatures')
    .innerJoin('appeals', 'appeals.id', 'signatures.appeal_id')
    .select(['appeals.slug', 'signatures.status', 'signatures.country', 'signatures.consent_to_lead'])
    .where('signatures.email_index', '=', TEST_SECRETS.emailIndex(email))
    .execute();
}

async function mailKinds(address: string): Promise<string[]> {
  const rows = await api.database.db
    .selectFrom('outbox_messages')
    .select('kind')
    .where('to_address', '=', address)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => row.kind);
}

describe('signing over HTTP', () => {
  it('stores the signature and queues its confirmation mail, answering 201', async () => {
    const answer = await post('korea-peace-appeal', signer());
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ confirmationRequired: true });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await stored('route-minji@example.org')).toEqual([
      { slug: 'korea-peace-appeal', status: 'pending', country: 'KR', consent_to_lead: true },
    ]);
    expect(await mailKinds('route-minji@example.org')).toEqual(['signature-confirmation']);
  });

  it('answers a second signature exactly like the first, and mails "already signed"', async () => {
    const email = 'route-twice@example.org';
    const first = await post('korea-peace-appeal', signer({ email }));
    const second = await post('korea-peace-appeal', signer({ email: 'Route-Twice@Example.org' }));
    expect(second).toMatchObject({ status: first.status, body: first.body });
    expect(await stored(email)).toHaveLength(1);
    expect(await mailKinds(email)).toEqual(['signature-confirmation']);
    // Addresses are kept as given, but for the domain's case.
    expect(await mailKinds('Route-Twice@example.org')).toEqual(['signature-duplicate']);
  });

  it('signs the appeal of the path, whatever the body says', async () => {
    const email = 'route-path@example.org';
    expect((await post('korea-peace-appeal', signer({ email, appealSlug: 'route-closed' }))).status).toBe(
      201,
    );
    expect((await stored(email)).map((row) => row.slug)).toEqual(['korea-peace-appeal']);
  });
});

describe('refusals over HTTP', () => {
  it('names every bad field with 422', async () => {
    const answer = await post(
      'korea-peace-appeal',
      signer({ name: '=cmd()', email: 'not an email', country: 'ZZ', locale: 'de' }),
    );
    expect(answer.status).toBe(422);
    expect(answer.body.type).toBe('ValidationError');
    expect((answer.body.problems as { path: string[] }[]).map((problem) => problem.path.join('.'))).toEqual([
      'name',
      'email',
      'country',
      'locale',
    ]);
    expect(answer.body.error).toMatch(/^name: /);
  });

  it('refuses a form that showed an older consent text', async () => {
    const answer = await post(
      'korea-peace-appeal',
      signer({ consentVersion: 'v0', email: 'route-old@example.org' }),
    );
    expect(answer.status).toBe(422);
    expect(answer.body.problems).toEqual([
      {
        path: ['consentVersion'],
        code: 'consentChanged',
        message:
          'The consent text has changed since this form was loaded (now 2026-11-v1): reload it and sign again',
      },
    ]);
    // In the language the request asks for.
    const korean = await post(
      'korea-peace-appeal',
      signer({ consentVersion: 'v0', email: 'route-old@example.org' }),
      { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' },
    );
    expect(korean.headers.get('vary')).toMatch(/accept-language/i);
    expect(korean.body.problems).toEqual([
      {
        path: ['consentVersion'],
        code: 'consentChanged',
        message: '이 양식을 연 뒤 동의 문구가 바뀌었습니다(현재 2026-11-v1). 다시 불러와 서명해 주세요',
      },
    ]);
    expect(await stored('route-old@example.org')).toEqual([]);
  });

  it('gives closed, unpublished, unknown and not yet open appeals their own status and type', async () => {
    const closed = await post('route-closed', signer({ consentVersion: 'v1' }));
    expect(closed).toMatchObject({
      status: 409,
      body: { type: 'AppealClosedError', error: 'This appeal is closed and no longer takes signatures' },
    });
    const draft = await post('route-draft', signer({ consentVersion: 'v1' }));
    expect(draft).toMatchObject({
      status: 404,
      body: { type: 'AppealNotFoundError', error: 'There is no appeal "route-draft"' },
    });
    expect((await post('no-such-appeal', signer())).status).toBe(404);
    const later = await post('route-later', signer({ consentVersion: 'v1' }));
    expect(later).toMatchObject({
      status: 409,
      body: { type: 'AppealNotOpenError', opensAt: '2099-01-01T00:00:00.000Z' },
    });
  });

  it('asks for a JSON object when the body is not one', async () => {
    for (const body of ['[]', '"a string"', 'null']) {
      const answer = await post('korea-peace-appeal', body);
      expect(answer.status, body).toBe(400);
      expect(answer.body.error, body).toMatch(/JSON object/);
    }
    const broken = await post('korea-peace-appeal', '{"name": ');
    expect(broken.status).toBe(400);
    expect(JSON.stringify(broken.body)).toMatch(/not valid JSON/);
  });
});

describe('signing from other sites', () => {
  it('lets a listed site sign from the browser, and refuses the others with 403', async () => {
    const allowed = await fetch(`${api.url}/appeals/route-listed/signatures`, {
      method: 'OPTIONS',
      headers: {
        origin: PARTNER_SITE,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PARTNER_SITE);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();

    const partner = await post(
      'route-listed',
      signer({ consentVersion: 'v1', email: 'route-partner@example.org' }),
      { origin: PARTNER_SITE },
    );
    expect(partner.status).toBe(201);
    expect(partner.headers.get('access-control-allow-origin')).toBe(PARTNER_SITE);

    const copycat = await post(
      'route-listed',
      signer({ consentVersion: 'v1', email: 'route-copycat@example.org' }),
      { origin: OTHER_SITE },
    );
    expect(copycat).toMatchObject({ status: 403, body: { type: 'EmbedOriginNotAllowedError' } });
    expect(copycat.headers.get('access-control-allow-origin')).toBeNull();
    expect(await stored('route-copycat@example.org')).toEqual([]);
  });

  it('lets a site sign an appeal published a moment ago', async () => {
    const preflight = (slug: string) =>
      fetch(`${api.url}/appeals/${slug}/signatures`, {
        method: 'OPTIONS',
        headers: { origin: OTHER_SITE, 'access-control-request-method': 'POST' },
      });
    // The sites' lists are read now, before the appeal exists.
    expect((await preflight('korea-peace-appeal')).headers.get('access-control-allow-origin')).toBe(
      OTHER_SITE,
    );
    // Published a moment after that reading: the next preflight waits for the next one, at most a
    // second, rather than being refused.
    await anAppeal(api.database.db, 'route-fresh', { campaign: 'route-campaign' });
    const fresh = await preflight('route-fresh');
    expect(fresh.headers.get('access-control-allow-origin')).toBe(OTHER_SITE);
    const signed = await post(
      'route-fresh',
      signer({ consentVersion: 'v1', email: 'route-fresh@example.org' }),
      {
        origin: OTHER_SITE,
      },
    );
    expect(signed.status).toBe(201);
  });

  it("reads the sites' lists at most once a second for slugs nobody published", async () => {
    const preflight = (slug: string) =>
      fetch(`${api.url}/appeals/${slug}/signatures`, {
        method: 'OPTIONS',
        headers: { origin: OTHER_SITE, 'access-control-request-method': 'POST' },
      });
    await preflight('korea-peace-appeal');
    api.statements.length = 0;
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, index) => preflight(`made-up-${index}`)),
    );
    const seconds = (performance.now() - started) / 1000;
    expect(answers.map((answer) => answer.headers.get('access-control-allow-origin'))).toEqual(
      answers.map(() => null),
    );
    const readings = api.statements.filter((text) => text.includes('"allowed_embed_origins"'));
    expect(readings.length).toBeGreaterThanOrEqual(1);
    expect(readings.length).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
  });

  it('answers from a reading that started after the question, and counts readings in flight', async () => {
    const db = api.database.db;
    // Each reading takes 10 ms more than it would, so that questions arrive while one is under way.
    const slowly = db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return args.result;
      },
    });
    const policy = new EmbedPolicy(slowly, 5000, 25);
    // Each round publishes an appeal right after a reading, then asks for it at once.
    for (let round = 0; round < 10; round += 1) {
      await anAppeal(db, `route-round-${round}`, { campaign: 'route-campaign' });
      expect(await policy.allowsAppeal(`route-round-${round}`, OTHER_SITE)).toBe(true);
    }
    // Questions about made-up slugs, one every millisecond or so: they wait for the next reading
    // instead of each starting one, also when a reading is under way.
    api.statements.length = 0;
    const started = performance.now();
    const answers: Promise<boolean>[] = [];
    while (performance.now() - started < 250) {
      answers.push(policy.allowsAppeal(`made-up-${answers.length}`, OTHER_SITE));
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(new Set(await Promise.all(answers))).toEqual(new Set([false]));
    const elapsed = performance.now() - started;
    const readings = api.statements.filter((text) => text.includes('"allowed_embed_origins"'));
    expect(answers.length).toBeGreaterThan(50);
    expect(readings.length).toBeLessThanOrEqual(Math.ceil(elapsed / 25) + 1);
  });
});
