// What browsers are told: security headers and a Content-Security-Policy the pages actually live
// with (checked in Chromium), HSTS and secure cookies behind https, CORS only as configured,
// /metrics only for those meant to scrape it, and no personal data or secrets in the logs.
import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recountSignatures } from '../src/modules/signatures/signatures.service.js';
import { launchBrowser } from './browser.js';
import { anApiKey } from './fixtures.js';
import { ADMIN, startTestApi, type TestApi } from './harness.js';

let api: TestApi;
let browser: Browser;
const log: string[] = [];

beforeAll(async () => {
  [api, browser] = await Promise.all([
    startTestApi({
      demoData: true,
      admin: true,
      production: true,
      publicUrl: 'https://chorus.example.org',
      logStream: { write: (line) => void log.push(line) },
    }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser.close();
  await api.close();
});

describe('pages', () => {
  it('carry a strict policy that allows exactly the inline scripts they contain', async () => {
    const response = await fetch(`${api.url}/`);
    const html = await response.text();
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(inline).not.toBe('');
    const hash = createHash('sha256').update(inline).digest('base64');
    expect(csp).toMatch(new RegExp(`script-src 'self' 'sha256-${hash.replace(/[+/]/g, '\\$&')}'(;|$)`));
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('work in Chromium under that policy: the demo page and the dashboard report no violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${api.url}/`);
    // The page's own inline script runs: its language buttons switch the widget's language.
    await page.locator('[data-lang="ko"]').click();
    expect(await page.locator('chorus-appeal').getAttribute('lang')).toBe('ko');
    await page.goto(`${api.url}/admin/`);
    await page.locator('input[type="email"]').waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });

  it('answer JSON with nothing a browser could run or frame', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    // The widget's script is meant for other sites' pages.
    const widget = await fetch(`${api.url}/widget.js`);
    expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });
});

describe('sessions and CORS', () => {
  it('give the session cookie HttpOnly, SameSite and, behind https, Secure', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }`,
        variables: { input: { email: ADMIN.email, password: ADMIN.password } },
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^chorus_session=/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
  });

  it('never let another site use credentials: no credentialed CORS, and its session requests refused', async () => {
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    // Appeals allow any site to embed them until admins list some, so the widget's calls may come
    // from anywhere; but never with credentials.
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const admin = await api.signIn(ADMIN.email, ADMIN.password);
    const forged = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'https://evil.example',
        cookie: admin.headers.cookie ?? '',
      },
      body: JSON.stringify({ query: '{ viewer { __typename } }' }),
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('/metrics', () => {
  it('counts requests by route, the mail queue and how far counts lag', async () => {
    await fetch(`${api.url}/appeals/korea-peace-appeal/count.json`);
    const signed = await api.graphql(
      `mutation ($input: SignAppealInput!) { signAppeal(input: $input) { __typename } }`,
      {
        input: {
          appealSlug: 'korea-peace-appeal',
          name: 'Haneul Kim',
          email: 'haneul.kim@example.org',
          country: 'KR',
          locale: 'ko',
          consentToLead: true,
          consentVersion: '2026-11-v1',
        },
      },
    );
    expect(signed.body.data).toEqual({ signAppeal: { __typename: 'SignAppealSuccess' } });
    const db = api.database.db;
    await db
      .updateTable('signatures')
      .set({ status: 'confirmed', confirmed_at: new Date(Date.now() - 30_000) })
      .execute();
    const scrape = async () => (await fetch(`${api.url}/metrics`)).text();
    const before = await scrape();
    expect(before).toContain(
      'chorus_http_requests_total{method="GET",route="/appeals/:slug/count.json",status="200"} 1',
    );
    expect(Number(/^chorus_mail_queue_depth (\d+)$/m.exec(before)?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(/^chorus_count_lag_seconds ([\d.]+)$/m.exec(before)?.[1])).toBeGreaterThanOrEqual(29);
    await recountSignatures(db, null);
    expect(await scrape()).toMatch(/^chorus_count_lag_seconds 0$/m);
    expect(before).toMatch(/^chorus_process_resident_memory_bytes \d+/m);
  });

  it('asks for the token when one is set', async () => {
    const guarded = await startTestApi({ metricsToken: 'a-metrics-token-of-32-characters' });
    try {
      const without = await fetch(`${guarded.url}/metrics`);
      expect(without.status).toBe(401);
      const wrong = await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
      expect(wrong.status).toBe(401);
      const right = await fetch(`${guarded.url}/metrics`, {
        headers: { authorization: 'Bearer a-metrics-token-of-32-characters' },
      });
      expect(right.status).toBe(200);
      expect(right.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    } finally {
      await guarded.close();
    }
  });
});

it('keeps names, emails, passwords, tokens and keys out of the log', async () => {
  // A full round: sign, confirm, register, sign in, use a key. Then read every log line.
  const secrets: string[] = [ADMIN.password, 'Haneul Kim', 'haneul.kim@example.org'];
  const organisation = await api.database.db
    .selectFrom('organisations')
    .select('id')
    .where('slug', '=', 'wilpf')
    .executeTakeFirstOrThrow();
  const key = await anApiKey(api.database.db, {
    organisationId: organisation.id,
    scopes: ['supporters:read'],
  });
  secrets.push(key.secret);
  const admin = await api.signIn(ADMIN.email, ADMIN.password);
  secrets.push(/chorus_session=([^;]+)/.exec(admin.headers.cookie ?? '')?.[1] ?? 'no session');
  await api
    .client({ authorization: `Bearer ${key.secret}` })
    .graphql(`{ organisation(slug: "wilpf") { supporters { edges { cursor } } } }`);
  await api.graphql(
    `mutation { signIn(input: { email: "${ADMIN.email}", password: "wrong password here" }) { __typename } }`,
  );
  secrets.push('wrong password here');
  const { body } = await admin.graphql<{ campaign: { events: { edges: { node: { id: string } }[] } } }>(
    `{ campaign(slug: "korea-peace-now") { events(status: SCHEDULED) { edges { node { id } } } } }`,
  );
  const eventId = body.data?.campaign.events.edges[0]?.node.id;
  await api.graphql(`mutation ($input: RsvpEventInput!) { rsvpEvent(input: $input) { __typename } }`, {
    input: { eventId, name: 'Sakura Tanaka', email: 'sakura@example.jp', locale: 'ja', consentToLead: false },
  });
  secrets.push('Sakura Tanaka', 'sakura@example.jp');
  const mails = await api.database.db.selectFrom('outbox_messages').select('text_body').execute();
  for (const mail of mails) {
    for (const token of mail.text_body.match(/[0-9a-f]{64}/g) ?? []) secrets.push(token);
  }
  expect(log.length).toBeGreaterThan(10);
  const everything = log.join('\n');
  for (const secret of secrets) expect(everything, `the log contains ${secret}`).not.toContain(secret);
  expect(everything).not.toMatch(/chorus_session=/);
  expect(everything).not.toMatch(/authorization/i);
});
