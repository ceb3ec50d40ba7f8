// Partners see the signers they brought in, and the lead sees those of its campaigns, each only
// where the signer agreed to hear from them; every read is audited.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXPORT_PAGE } from '../src/modules/paging.js';
import { anApiKey } from './fixtures.js';
import { ADMIN, startTestApi, TEST_SECRETS, type Client, type TestApi } from './harness.js';

let api: TestApi;
const keys = new Map<string, Client>();

async function organisationId(slug: string): Promise<string> {
  const row = await api.database.db
    .selectFrom('organisations')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function sign(email: string, options: { partner?: string; toPartner?: boolean; toLead?: boolean }) {
  const { body } = await api.graphql(
    `mutation ($input: SignAppealInput!) { signAppeal(input: $input) { __typename } }`,
    {
      input: {
        appealSlug: 'korea-peace-appeal',
        name: `Signer ${email}`,
        email,
        country: 'JP',
        locale: 'ja',
        consentToLead: options.toLead ?? false,
        consentToPartner: options.toPartner ?? false,
        consentVersion: '2026-11-v1',
        partnerSlug: options.partner ?? null,
        utm: { source: 'newsletter' },
      },
    },
  );
  expect(body.data).toEqual({ signAppeal: { __typename: 'SignAppealSuccess' } });
}

beforeAll(async () => {
  api = await startTestApi({ demoData: true, admin: true });
  const db = api.database.db;
  await sql`update appeals set double_opt_in = false`.execute(db);
  await sign('brought-and-agreed@example.org', { partner: 'women-cross-dmz', toPartner: true });
  await sign('brought-lead-only@example.org', { partner: 'women-cross-dmz', toLead: true });
  await sign('other-partner@example.org', { partner: 'nobel-womens-initiative', toPartner: true });
  await sign('direct-to-lead@example.org', { toLead: true });
  await sign('agreed-to-nobody@example.org', { partner: 'women-cross-dmz' });
  await sign('unknown-partner@example.org', { partner: 'no-such-org', toPartner: true });
  await sql`update appeals set double_opt_in = true`.execute(db);
  await sign('not-confirmed-yet@example.org', { partner: 'women-cross-dmz', toPartner: true });
  const bearer = async (organisation: string, scopes: ('supporters:read' | 'campaigns:read')[]) =>
    api.client({
      authorization: `Bearer ${(await anApiKey(db, { organisationId: await organisationId(organisation), scopes })).secret}`,
    });
  keys.set('wcdmz', await bearer('women-cross-dmz', ['supporters:read']));
  keys.set('wilpf', await bearer('wilpf', ['supporters:read']));
  keys.set('wcdmz without scope', await bearer('women-cross-dmz', ['campaigns:read']));
});
afterAll(() => api.close());

const SUPPORTERS = `query ($org: String!, $confirmedOnly: Boolean, $first: Int, $after: String) {
  organisation(slug: $org) {
    supporters(confirmedOnly: $confirmedOnly, first: $first, after: $after) {
      edges { node { email name via confirmed appealSlug utmSource country } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

async function emails(client: Client, org: string, confirmedOnly = true): Promise<string[]> {
  const { body } = await client.graphql<{
    organisation: { supporters: { edges: { node: { email: string } }[] } };
  }>(SUPPORTERS, { org, confirmedOnly });
  expect(body.errors).toBeUndefined();
  return body.data?.organisation.supporters.edges.map((edge) => edge.node.email) ?? [];
}

it('shows a partner only the signers it brought in who agreed to hear from it', async () => {
  expect(await emails(keys.get('wcdmz') as Client, 'women-cross-dmz')).toEqual([
    'brought-and-agreed@example.org',
  ]);
  expect(await emails(keys.get('wcdmz') as Client, 'women-cross-dmz', false)).toEqual([
    'brought-and-agreed@example.org',
    'not-confirmed-yet@example.org',
  ]);
  const { body } = await (keys.get('wcdmz') as Client).graphql(SUPPORTERS, {
    org: 'women-cross-dmz',
    first: 1,
  });
  expect(body.data).toEqual({
    organisation: {
      supporters: {
        edges: [
          {
            node: {
              email: 'brought-and-agreed@example.org',
              name: 'Signer brought-and-agreed@example.org',
              via: 'PARTNER',
              confirmed: true,
              appealSlug: 'korea-peace-appeal',
              utmSource: 'newsletter',
              country: 'JP',
            },
          },
        ],
        pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      },
    },
  });
});

it('shows the lead the signers of its campaigns who agreed to hear from the lead', async () => {
  expect(await emails(keys.get('wilpf') as Client, 'wilpf')).toEqual([
    'brought-lead-only@example.org',
    'direct-to-lead@example.org',
  ]);
});

it('refuses other organisations, keys without the scope, and anonymous callers', async () => {
  for (const [client, org] of [
    [keys.get('wcdmz'), 'wilpf'],
    [keys.get('wcdmz'), 'nobel-womens-initiative'],
    [keys.get('wcdmz without scope'), 'women-cross-dmz'],
    [api.client({}), 'women-cross-dmz'],
  ] as const) {
    const { body } = await (client as Client).graphql(SUPPORTERS, { org });
    expect(body.data?.organisation ?? null).toBeNull();
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(body.errors?.[0]?.extensions?.code);
  }
});

it('lets an admin read any organisation’s supporters, and records every read', async () => {
  const admin = await api.signIn(ADMIN.email, ADMIN.password);
  expect(await emails(admin, 'nobel-womens-initiative')).toEqual(['other-partner@example.org']);
  const { body } = await admin.graphql<{
    auditLog: { edges: { node: { action: string; actor: string } }[] };
  }>(`{ auditLog(first: 50) { edges { node { action actor } } } }`);
  const reads = body.data?.auditLog.edges.filter((edge) => edge.node.action === 'supporters.read') ?? [];
  expect(reads.length).toBeGreaterThanOrEqual(5);
  expect(reads.some((edge) => edge.node.actor.startsWith('key test key'))).toBe(true);
  expect(reads.some((edge) => edge.node.actor === ADMIN.email)).toBe(true);
});

it('exports the same supporters as CSV, safe for spreadsheets, and audits the export', async () => {
  const key = keys.get('wcdmz') as Client;
  const response = await fetch(
    `${api.url}/organisations/women-cross-dmz/supporters.csv?confirmedOnly=false`,
    {
      headers: key.headers,
    },
  );
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toBe(
    'attachment; filename="women-cross-dmz-supporters.csv"',
  );
  const lines = (await response.text()).trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    '"id","appeal","name","email","country","postcode","locale","via","confirmed","consent_version","signed_at","confirmed_at","utm_source","utm_medium","utm_campaign","referrer"',
  );
  expect(lines.slice(1).map((line) => line.split(',')[3])).toEqual([
    '"brought-and-agreed@example.org"',
    '"not-confirmed-yet@example.org"',
  ]);
  const refused = await fetch(`${api.url}/organisations/wilpf/supporters.csv`, { headers: key.headers });
  expect(refused.status).toBe(403);
  expect((await fetch(`${api.url}/organisations/wilpf/supporters.csv`)).status).toBe(401);
  const admin = await api.signIn(ADMIN.email, ADMIN.password);
  const { body } = await admin.graphql<{ auditLog: { edges: { node: { action: string } }[] } }>(
    `{ auditLog(first: 5) { edges { node { action } } } }`,
  );
  expect(body.data?.auditLog.edges.map((edge) => edge.node.action)).toContain('supporters.exported');
});

it('streams a large export a page at a time', async () => {
  const db = api.database.db;
  const appeal = await db
    .selectFrom('appeals')
    .select('id')
    .where('slug', '=', 'korea-peace-appeal')
    .executeTakeFirstOrThrow();
  const partner = await organisationId('women-cross-dmz');
  // Consenting signers brought in by the partner: more than two pages of an export.
  const bulk = 2 * EXPORT_PAGE + 200;
  await sql`
    insert into signatures (appeal_id, email_index, email_sealed, name_sealed, country, locale, status,
      consent_version, consent_to_lead, consent_to_partner, partner_organisation_id, confirmed_at)
    select ${appeal.id}::uuid, 'bulk-' || n, ${TEST_SECRETS.seal('bulk@example.org')}, ${TEST_SECRETS.seal('=HYPERLINK("x")')},
      'KR', 'ko', 'confirmed', '2026-11-v1', false, true, ${partner}::uuid, now()
    from generate_series(1, ${bulk}) as n`.execute(db);
  const response = await fetch(`${api.url}/organisations/women-cross-dmz/supporters.csv`, {
    headers: (keys.get('wcdmz') as Client).headers,
  });
  const lines = (await response.text()).trimEnd().split('\r\n');
  expect(lines).toHaveLength(1 + 1 + bulk);
  expect(lines.at(-1)).toContain(`"'=HYPERLINK(""x"")"`);
});

it("exports each of a large appeal's signatures exactly once, across pages", async () => {
  const db = api.database.db;
  const { count } = await db
    .selectFrom('signatures')
    .innerJoin('appeals', 'appeals.id', 'signatures.appeal_id')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('appeals.slug', '=', 'korea-peace-appeal')
    .executeTakeFirstOrThrow();
  expect(Number(count)).toBeGreaterThan(2 * EXPORT_PAGE);
  const admin = await api.signIn(ADMIN.email, ADMIN.password);
  const response = await fetch(`${api.url}/appeals/korea-peace-appeal/signatures.csv`, {
    headers: admin.headers,
  });
  const rows = (await response.text()).trimEnd().split('\r\n').slice(1);
  const ids = rows.map((row) => row.split(',')[0]);
  expect(ids).toHaveLength(Number(count));
  expect(new Set(ids).size).toBe(ids.length);
});

/** Parses CSV as Chorus writes it: fields quoted (a quote inside doubled), or empty for no value. */
function parseQuotedCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      let end = at + 1;
      // A doubled quote is a quote inside the field; a single one closes it.
      while (text[end] !== '"' || text[end + 1] === '"') {
        if (end >= text.length) throw new Error(`Unclosed quote at ${at}`);
        end += text[end] === '"' ? 2 : 1;
      }
      field = text.slice(at + 1, end).replaceAll('""', '"');
      at = end + 1;
    }
    row.push(field);
    if (text.startsWith('\r\n', at)) {
      rows.push(row);
      row = [];
      at += 2;
    } else if (text[at] === ',') at += 1;
    else throw new Error(`Unexpected ${JSON.stringify(text[at])} at ${at}`);
  }
  return rows;
}

it("writes each field of an appeal's export as the signature holds it", async () => {
  const db = api.database.db;
  // Every kind of value: a comment with quotes, commas, a line break and a leading formula sign,
  // a postcode, UTM fields, a referrer, an erased signature, a pending one and a suspect one.
  await sql`
    update signatures set comment_sealed = ${TEST_SECRETS.seal('-"Peace", now\nplease')},
      postcode_sealed = ${TEST_SECRETS.seal('03187')},
      utm = '{"source": "news", "medium": "mail", "campaign": "spring"}', referrer = 'https://example.org/a'
    where id = (select min(id) from signatures where email_index like 'bulk-%')`.execute(db);
  await sql`
    update signatures set status = 'suspect', suspect_reason = 'block list', confirmed_at = null
    where id = (select max(id) from signatures where email_index like 'bulk-%')`.execute(db);
  await sql`
    update signatures set erased_at = now() - interval '1 day 0.123456 seconds'
    where id = (select min(id) + 1 from signatures where email_index like 'bulk-%')`.execute(db);
  const admin = await api.signIn(ADMIN.email, ADMIN.password);
  const response = await fetch(`${api.url}/appeals/korea-peace-appeal/signatures.csv`, {
    headers: admin.headers,
  });
  const [header, ...rows] = parseQuotedCsv(await response.text());
  expect(header).toEqual([
    'id',
    'status',
    'suspect_reason',
    'name',
    'email',
    'country',
    'postcode',
    'comment',
    'locale',
    'partner',
    'consent_to_lead',
    'consent_to_partner',
    'consent_version',
    'signed_at',
    'confirmed_at',
    'erased_at',
    'utm_source',
    'utm_medium',
    'utm_campaign',
    'referrer',
  ]);
  const stored = await db
    .selectFrom('signatures')
    .innerJoin('appeals', 'appeals.id', 'signatures.appeal_id')
    .leftJoin('organisations', 'organisations.id', 'signatures.partner_organisation_id')
    .selectAll('signatures')
    .select('organisations.slug as partner_slug')
    .where('appeals.slug', '=', 'korea-peace-appeal')
    .orderBy('signatures.id')
    .execute();
  const spreadsheetSafe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
  const opened = (sealed: string | null) => (sealed ? spreadsheetSafe(TEST_SECRETS.open(sealed)) : '');
  const expected = stored.map((row) => [
    row.public_id,
    row.status,
    row.suspect_reason ?? '',
    opened(row.name_sealed),
    opened(row.email_sealed),
    row.country,
    opened(row.postcode_sealed),
    opened(row.comment_sealed),
    row.locale,
    row.partner_slug ?? '',
    String(row.consent_to_lead),
    String(row.consent_to_partner),
    row.consent_version,
    row.created_at.toISOString(),
    row.confirmed_at?.toISOString() ?? '',
    row.erased_at?.toISOString() ?? '',
    row.utm?.source ?? '',
    row.utm?.medium ?? '',
    row.utm?.campaign ?? '',
    row.referrer ?? '',
  ]);
  expect(rows).toEqual(expected);
  // The kinds of value above are all there.
  expect(rows.some((row) => row[7] === `'-"Peace", now\nplease`)).toBe(true);
  expect(rows.some((row) => row[16] === 'news' && row[19] === 'https://example.org/a')).toBe(true);
  expect(rows.some((row) => row[15] !== '')).toBe(true);
  expect(rows.some((row) => row[1] === 'suspect' && row[2] === 'block list')).toBe(true);
  expect(rows.some((row) => row[1] === 'pending')).toBe(true);
});
