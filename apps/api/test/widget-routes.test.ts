// The widget as the API serves it: the script under its two names, the demo page, the sites an
// appeal lets embed it (CORS for the widget's endpoints, and a server-side check on signing), and
// the session cookie's own cross-site rule, which embedding must leave intact.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { widgetScript } from '@chorus/widget';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestApi, type Client, type TestApi } from './harness.js';

let api: TestApi;
let admin: Client;

beforeAll(async () => {
  api = await startTestApi({ demoData: true, admin: true });
  admin = await api.signIn(ADMIN.email, ADMIN.password);
});
afterAll(() => api.close());

const PARTNER_SITE = 'https://www.wilpf.org';
const OTHER_SITE = 'https://copycat.example';

const SIGN = `mutation ($input: SignAppealInput!) {
  signAppeal(input: $input) {
    __typename ... on Error { message } ... on EmbedOriginNotAllowedError { origin }
    ... on ValidationError { problems { path message } }
  }
}`;

function signature(email: string) {
  return {
    appealSlug: 'korea-peace-appeal',
    name: 'Kim Min-ji',
    email,
    country: 'KR',
    locale: 'ko',
    consentToLead: false,
    consentVersion: '2026-11-v1',
  };
}

async function setEmbedOrigins(origins: string[]) {
  const { body } = await admin.graphql<{ appeal: { id: string } }>(
    `{ appeal(slug: "korea-peace-appeal") { id } }`,
  );
  const result = await admin.graphql<{ updateAppeal: Record<string, unknown> }>(
    `mutation ($input: UpdateAppealInput!) {
      updateAppeal(input: $input) {
        __typename ... on Appeal { allowedEmbedOrigins consentVersion } ... on ValidationError { problems { path message } }
      }
    }`,
    { input: { id: body.data?.appeal.id, allowedEmbedOrigins: origins } },
  );
  return result.body.data?.updateAppeal;
}

async function signatureCount(): Promise<number> {
  const row = await api.database.db
    .selectFrom('signatures')
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

function preflight(path: string, origin: string) {
  return fetch(`${api.url}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });
}

describe('the script', () => {
  it('is served briefly cached at /widget.js and for good under its content hash', async () => {
    const built = readFileSync(widgetScript);
    const hash = createHash('sha256').update(built).digest('hex').slice(0, 16);
    const short = await fetch(`${api.url}/widget.js`);
    expect(short.status).toBe(200);
    expect(short.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(short.headers.get('cache-control')).toBe('public, max-age=300');
    expect(short.headers.get('content-location')).toBe(`/widget.${hash}.js`);
    expect(Buffer.from(await short.arrayBuffer()).equals(built)).toBe(true);

    const pinned = await fetch(`${api.url}/widget.${hash}.js`);
    expect(pinned.status).toBe(200);
    expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Loadable with integrity=… crossorigin from any page.
    expect(pinned.headers.get('access-control-allow-origin')).toBe('*');
    expect(Buffer.from(await pinned.arrayBuffer()).equals(built)).toBe(true);

    const revalidated = await fetch(`${api.url}/widget.js`, { headers: { 'if-none-match': `"${hash}"` } });
    expect(revalidated.status).toBe(304);
  });

  it('answers 404 for a hash that is not the current build', async () => {
    const stale = await fetch(`${api.url}/widget.0123456789abcdef.js`);
    expect(stale.status).toBe(404);
    expect(await stale.text()).toBe('This version of the widget is no longer served: use /widget.js.');
  });
});

describe('the demo page', () => {
  it('shows the Korea Peace Now! page with the appeal embedded, and says where the text comes from', async () => {
    const response = await fetch(`${api.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<chorus-appeal appeal="korea-peace-appeal" partner="wilpf"');
    expect(html).toContain('<script src="/widget.js" async></script>');
    expect(html).toContain('Korea Peace Now! Women Mobilizing to End the War');
    expect(html).toContain('Text adapted from “Peace in the Koreas” by the Women’s International League');
  });
});

describe('allowed embed origins', () => {
  it('are checked as exact origins, each problem at its index', async () => {
    expect(await setEmbedOrigins([PARTNER_SITE, 'https://www.wilpf.org/korea', 'WILPF.org'])).toEqual({
      __typename: 'ValidationError',
      problems: [
        {
          path: ['allowedEmbedOrigins', '1'],
          message:
            '"https://www.wilpf.org/korea" is not an origin: leave out the path and any trailing slash, like https://www.example.org or http://localhost:8080',
        },
        {
          path: ['allowedEmbedOrigins', '2'],
          message:
            '"WILPF.org" is not an origin: give the scheme (http or https), the host in lower case and an optional port, like https://www.example.org or http://localhost:8080',
        },
      ],
    });
  });

  it('let any site read the count and sign while the list is empty', async () => {
    const count = await fetch(`${api.url}/appeals/korea-peace-appeal/count.json`, {
      headers: { origin: OTHER_SITE },
    });
    expect(count.headers.get('access-control-allow-origin')).toBe(OTHER_SITE);
    expect(count.headers.get('vary')).toMatch(/origin/i);
    const response = await preflight('/graphql', OTHER_SITE);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(OTHER_SITE);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type, accept-language');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const { body } = await api.graphql(
      SIGN,
      { input: signature('anywhere@example.org') },
      { origin: OTHER_SITE },
    );
    expect(body.data).toEqual({ signAppeal: { __typename: 'SignAppealSuccess' } });
  });

  it('once set, refuse signatures from other sites with their own error, and accept the listed ones', async () => {
    // Repeats are dropped; the consent text did not change, so neither does its version.
    expect(await setEmbedOrigins([PARTNER_SITE, PARTNER_SITE])).toEqual({
      __typename: 'Appeal',
      allowedEmbedOrigins: [PARTNER_SITE],
      consentVersion: '2026-11-v1',
    });
    const before = await signatureCount();
    const refused = await api.graphql(
      SIGN,
      { input: signature('copycat@example.org') },
      { origin: OTHER_SITE },
    );
    expect(refused.body.data).toEqual({
      signAppeal: {
        __typename: 'EmbedOriginNotAllowedError',
        origin: OTHER_SITE,
        message:
          'This appeal cannot be signed on https://copycat.example: the campaign lets only the sites it has listed show its form',
      },
    });
    for (const [email, headers] of [
      ['partner@example.org', { origin: PARTNER_SITE }],
      // Chorus's own pages, and callers that are not browsers, send no foreign Origin.
      ['own@example.org', { origin: api.url }],
      ['server@example.org', {}],
    ] as const) {
      const { body } = await api.graphql(SIGN, { input: signature(email) }, headers);
      expect(body.data, email).toEqual({ signAppeal: { __typename: 'SignAppealSuccess' } });
    }
    expect(await signatureCount()).toBe(before + 3);
  });

  it('once set, let only the listed sites read the count from a browser', async () => {
    // The lists are read again a few seconds after a change.
    await expect
      .poll(
        async () =>
          (
            await fetch(`${api.url}/appeals/korea-peace-appeal/count.json`, {
              headers: { origin: OTHER_SITE },
            })
          ).headers.get('access-control-allow-origin'),
        { timeout: 15_000, interval: 500 },
      )
      .toBeNull();
    const partner = await fetch(`${api.url}/appeals/korea-peace-appeal/count.json`, {
      headers: { origin: PARTNER_SITE },
    });
    expect(partner.status).toBe(200);
    expect(partner.headers.get('access-control-allow-origin')).toBe(PARTNER_SITE);
    // Every published appeal is now limited, so other sites get no CORS answer from GraphQL either.
    expect((await preflight('/graphql', OTHER_SITE)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('/graphql', PARTNER_SITE)).headers.get('access-control-allow-origin')).toBe(
      PARTNER_SITE,
    );
    const preflightCount = await preflight('/appeals/korea-peace-appeal/count.json', PARTNER_SITE);
    expect(preflightCount.status).toBe(204);
    expect(preflightCount.headers.get('access-control-allow-origin')).toBe(PARTNER_SITE);
    const unknown = await fetch(`${api.url}/appeals/no-such-appeal/count.json`, {
      headers: { origin: PARTNER_SITE },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('sessions', () => {
  it('still refuse a session cookie from a listed embedding site, and CORS never allows credentials', async () => {
    const { status, body, headers } = await api.graphql(`{ viewer { kind } }`, undefined, {
      ...admin.headers,
      origin: PARTNER_SITE,
    });
    expect(status).toBe(403);
    expect(body.errors?.[0]?.message).toBe(
      'Requests from https://www.wilpf.org may not use a Chorus session',
    );
    expect(headers.get('access-control-allow-credentials')).toBeNull();
    const anonymous = await api.graphql<{ viewer: { kind: string } }>(`{ viewer { kind } }`, undefined, {
      origin: PARTNER_SITE,
    });
    expect(anonymous.body.data?.viewer.kind).toBe('ANONYMOUS');
    expect(anonymous.headers.get('access-control-allow-origin')).toBe(PARTNER_SITE);
    expect(anonymous.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
