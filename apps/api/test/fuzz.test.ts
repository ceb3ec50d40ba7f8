// Thousands of malformed and hostile requests, drawn by fast-check from a fixed seed, against the
// API running as in production. Whatever arrives, the answer is a clean refusal or a success: never
// a 5xx, never a stack trace or a database message, and no table changes unless the answer says
// that the write succeeded. Valid input drawn from the same generators (Korean and Japanese names
// and addresses, long texts) must be accepted and read back exactly as sent.
//
// Another seed: CHORUS_FUZZ_SEED=123 npx vitest run test/fuzz.test.ts
// More runs:    CHORUS_FUZZ_RUNS=10 (a multiplier of every property's runs)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dashboardOperations } from '@chorus/dashboard';
import { widgetOperations } from '@chorus/widget';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { aCampaign, anAppeal, anOrganisation } from './fixtures.js';
import { ADMIN, startTestApi, type Client, type TestApi } from './harness.js';

const SEED = Number(process.env.CHORUS_FUZZ_SEED ?? 20261129);
const RUNS = Number(process.env.CHORUS_FUZZ_RUNS ?? 1);
if (!Number.isSafeInteger(SEED))
  throw new Error(`CHORUS_FUZZ_SEED must be an integer; got ${process.env.CHORUS_FUZZ_SEED}`);
if (!(RUNS > 0))
  throw new Error(`CHORUS_FUZZ_RUNS must be a positive number; got ${process.env.CHORUS_FUZZ_RUNS}`);

// A property sends up to a few hundred requests; a busy machine must not turn that into a failure.
vi.setConfig({ testTimeout: 180_000 * Math.max(1, RUNS) });

/** Runs a property from the fixed seed; a failure names the seed and how to replay it. */
async function holds(
  property: fc.IAsyncPropertyWithHooks<unknown[]> | fc.IAsyncProperty<unknown[]>,
  numRuns: number,
) {
  try {
    await fc.assert(property, { seed: SEED, numRuns: Math.max(1, Math.round(numRuns * RUNS)) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Fuzzing failed with seed ${SEED}: replay it with CHORUS_FUZZ_SEED=${SEED} npx vitest run test/fuzz.test.ts\n${message}`,
      { cause: error },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// What is sent: the pieces hostile strings are made of, and values of the wrong type.

const INJECTIONS = [
  "'; drop table signatures; --",
  "' or '1'='1",
  '"; select pg_sleep(1); --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '#{7*7}',
  "=cmd|' /C calc'!A0",
  '+SUM(1+1)',
  '@SUM(1)',
  '-1+2',
  '../../../etc/passwd',
  '%00',
  '%s%s%s%n',
  '\\',
  '"',
  '{"$gt": ""}',
  '__proto__',
  'constructor',
  'javascript:alert(1)',
  'null',
  'undefined',
];

const UNICODE_EDGES = [
  '\u0000', // NUL
  '\u0001',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u200b', // zero-width space
  '\u200c', // zero-width non-joiner
  '\u200d', // zero-width joiner
  '\u200e', // left-to-right mark
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u2028',
  '\ufeff',
  '\ufffd',
  '\uffff',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  'e\u0301', // combining acute
  '\u0301\u0301\u0301',
  'Z\u0351\u0358\u0367\u0300',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇰🇷',
  '🕊️',
  '\r\n',
  '\t',
  ' ',
  '\u3000', // ideographic space
  'ﷺ',
  'مرحبا',
  'שָׁלוֹם',
];

const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCodePoint(code));
const kana = fc
  .oneof(fc.integer({ min: 0x3041, max: 0x3096 }), fc.integer({ min: 0x30a1, max: 0x30fa }))
  .map((code) => String.fromCodePoint(code));
const kanji = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code));

function word(letters: fc.Arbitrary<string>, maxLength = 6) {
  return fc.array(letters, { minLength: 1, maxLength }).map((chars) => chars.join(''));
}

/** Names as Korean and Japanese people write them, romanised ones, and mixed ones. */
const koreanName = fc.array(word(hangul, 4), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const japaneseName = fc
  .tuple(word(kanji, 3), fc.constantFrom(' ', '\u3000', '・', ''), word(fc.oneof(kana, kanji), 4))
  .map(([family, gap, given]) => `${family}${gap}${given}`);
const romanName = fc
  .tuple(
    fc.constantFrom('Kim', 'Lee', 'Park', 'Choi', 'Tanaka', 'Satō', 'Nguyễn', 'O’Brien', 'Zoë'),
    fc.constantFrom('Min-ji', 'Ji-woo', 'Hana', 'Yūki', 'José'),
  )
  .map(([family, given]) => `${given} ${family}`);
const validName = fc.oneof(koreanName, japaneseName, romanName);

const koreanAddress = fc
  .tuple(word(hangul, 4), fc.integer({ min: 1, max: 999 }), word(hangul, 3), fc.integer({ min: 1, max: 300 }))
  .map(([city, number, street, building]) => `${city}시 ${street}로 ${number}, ${building}호`);
const japaneseAddress = fc
  .tuple(word(kanji, 3), word(kanji, 3), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 30 }))
  .map(
    ([prefecture, ward, chome, ban]) => `〒100-0014 ${prefecture}都${ward}区永田町${chome}丁目${ban}番1号`,
  );
const validAddress = fc.oneof(koreanAddress, japaneseAddress);

/** Text that is valid Unicode: scripts, emoji sequences, joiners and marks, but no control characters. */
const validText = (maxLength: number) =>
  fc
    .array(
      fc.oneof(
        word(hangul),
        word(kana),
        word(kanji),
        fc.constantFrom(
          ' ',
          '. ',
          ', ',
          '\u200d',
          '\u200c',
          '\u200e',
          '\u200f',
          'e\u0301',
          '👩‍👩‍👧‍👦',
          '🕊️',
          '🇰🇷',
          'مرحبا',
          '<b>',
          '{{x}}',
          "'",
        ),
        fc.string({ unit: 'grapheme', maxLength: 8 }),
      ),
      { minLength: 1, maxLength: 40 },
    )
    .map((parts) => parts.join('').slice(0, maxLength))
    // The API trims texts; a text that is blank once trimmed is a missing one.
    .filter((text) => text.trim().length > 0 && !isLoneSurrogateAt(text, maxLength - 1));

function isLoneSurrogateAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff;
}

/** Characters no database text column can hold as sent: NUL, and surrogates without their pair. */
const unstorable = fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\u0000\u0000');

/** Strings built to hurt: control characters, lone surrogates, injections, scripts, or random units. */
const nastyString = fc.oneof(
  fc
    .tuple(
      fc.oneof(word(hangul), word(kana), fc.constant('')),
      unstorable,
      fc.oneof(word(kanji), fc.constant('')),
    )
    .map((parts) => parts.join('')),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...UNICODE_EDGES),
        fc.constantFrom(...INJECTIONS),
        word(hangul),
        word(kana),
        fc.string({ unit: 'binary', maxLength: 6 }),
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...INJECTIONS),
  fc.constant(''),
);

const nanIsh = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x1F',
  '  42  ',
  '4.2',
  'true',
  '[]',
  '{}',
  '2026-02-30T25:61:00Z',
);

const hugeNumber = fc.constantFrom(
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  Number.MAX_SAFE_INTEGER,
  1e21,
  1e308,
  -1e308,
  0.5,
  -1,
  0,
);

/** Values out of range for a DateTime, or not one at all. */
const badDate = fc.constantFrom(
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '0001-01-01T00:00:00+01:00',
  '9999-12-31T23:59:59-01:00',
  '9999-12-31T23:59:59Z',
  '1969-12-31T23:59:59.999999999Z',
  '2026-02-30T12:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-12-10T24:00:00Z',
  '2026-12-10T12:00:00+99:99',
  '2026-12-10T12:00:00',
  '2026-12-10',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  'yesterday',
);

const scalarJunk: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  hugeNumber,
  fc.boolean(),
  fc.constant(null),
  nanIsh,
  nastyString,
  badDate,
);

/** A value of the wrong type for any argument: scalars, arrays and objects of junk. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalarJunk },
  { weight: 1, arbitrary: fc.array(scalarJunk, { maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor')),
      scalarJunk,
      {
        maxKeys: 3,
      },
    ),
  },
  { weight: 1, arbitrary: fc.object({ maxDepth: 2, maxKeys: 3 }) },
);

// ---------------------------------------------------------------------------------------------
// How answers are judged.

/** What an internal failure looks like when it leaks: stack frames, file paths, database messages. */
const LEAKS = [
  /\bat (?:async )?[\w$.<>]+ \(/,
  /node:internal/,
  /file:\/\/\/\S*\.[cm]?[jt]s/,
  /node_modules/,
  /\/(?:src|dist)\/[\w/.-]+\.[cm]?[jt]s/,
  /\.[cm]?[jt]s:\d+/,
  /kysely/i,
  /pglite/i,
  /SQLSTATE/i,
  /duplicate key value/i,
  /violates .* constraint/i,
  /syntax error at or near/i,
  /relation "/,
  /column "/,
  /invalid input syntax for/i,
  /out of range for type/i,
  /invalid byte sequence/i,
  /unsupported Unicode escape/i,
  /Cannot read propert/i,
  /is not a function/,
  /is not iterable/,
  /Maximum call stack/i,
  /ZodError/,
];

interface Answer {
  status: number;
  text: string;
  body: unknown;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message?: unknown; extensions?: Record<string, unknown> }[];
}

function asGraphQLBody(body: unknown): GraphQLBody | null {
  return typeof body === 'object' && body !== null ? (body as GraphQLBody) : null;
}

/** No 5xx, no internal error, nothing internal in any message. */
function expectClean(answer: Answer, what: string): void {
  const context = `${what}\n→ HTTP ${answer.status}: ${answer.text.slice(0, 600)}`;
  expect(answer.status, context).toBeLessThan(500);
  const body = asGraphQLBody(answer.body);
  for (const error of body?.errors ?? []) {
    expect(error.extensions?.code, context).not.toBe('INTERNAL_SERVER_ERROR');
    expect(error.extensions?.stacktrace, context).toBeUndefined();
    expect(error.extensions?.exception, context).toBeUndefined();
    expect(typeof error.message, context).toBe('string');
  }
  for (const leak of LEAKS) expect(answer.text, context).not.toMatch(leak);
}

let api: TestApi;
let admin: Client;
let scheduledEventId = '';
let fuzzAppealId = '';
let campaignsCursor = '';
let partnersCursor = '';
let auditCursor = '';
let wilpfId = '';
let serial = 0;

async function send(init: {
  method?: string;
  query?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  to?: TestApi;
}): Promise<Answer> {
  const response = await fetch(`${(init.to ?? api).url}/graphql${init.query ?? ''}`, {
    method: init.method ?? 'POST',
    headers: init.headers ?? {},
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const text = await response.text();
  return { status: response.status, text, body: parseJson(text) };
}

/** The answer as JSON, or null when it is not JSON (a 404 page, an empty body). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function postGraphQL(payload: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send({ headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
}

const WATCHED_TABLES = [
  'signatures',
  'outbox_messages',
  'rsvps',
  'campaigns',
  'appeals',
  'events',
  'organisations',
  'audit_events',
] as const;

/** A checksum of every row of the tables a write could touch: any insert, update or delete changes it. */
async function tableChecksums(on: TestApi = api): Promise<Record<string, string>> {
  const sums = WATCHED_TABLES.map(
    (table) =>
      sql`(select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from ${sql.table(table)} t) as ${sql.ref(table)}`,
  );
  const { rows } = await sql<Record<string, string>>`select ${sql.join(sums)}`.execute(on.database.db);
  return rows[0] ?? {};
}

/** Sends a request and checks the answer; unless `succeeded` says the write went through, nothing changed. */
async function expectNoWriteUnlessSucceeded(
  what: string,
  request: () => Promise<Answer>,
  succeeded: (body: GraphQLBody | null) => boolean,
  on: TestApi = api,
): Promise<Answer> {
  const before = await tableChecksums(on);
  const answer = await request();
  expectClean(answer, what);
  if (!succeeded(asGraphQLBody(answer.body))) {
    expect(
      await tableChecksums(on),
      `a refused request changed the database: ${what}\n→ ${answer.text.slice(0, 600)}`,
    ).toEqual(before);
  }
  return answer;
}

// ---------------------------------------------------------------------------------------------
// The operations fuzzed, each with a valid set of variables to start from.

interface Operation {
  name: string;
  kind: 'query' | 'mutation';
  /** Variable name → GraphQL type. */
  variables: Record<string, string>;
  /** The root field with its arguments written as $variables, and its selection. */
  field: string;
  asAdmin?: boolean;
  valid: () => Record<string, unknown>;
  /** The result of a write that went through. */
  success?: string;
  /** For an audited read: whether the answer says it was read (and so recorded). */
  audited?: (data: Record<string, unknown> | null | undefined) => boolean;
}

const RESULT = '{ __typename ... on Error { message } }';

function soon(days: number, hours = 0): string {
  return new Date(Date.now() + days * 86_400_000 + hours * 3_600_000).toISOString();
}

const OPERATIONS: Operation[] = [
  {
    name: 'signAppeal',
    kind: 'mutation',
    variables: { input: 'SignAppealInput!' },
    field: `signAppeal(input: $input) ${RESULT}`,
    success: 'SignAppealSuccess',
    valid: () => ({
      input: {
        appealSlug: 'korea-peace-appeal',
        name: '김민지',
        email: `fuzz-${++serial}@example.org`,
        country: 'KR',
        postcode: '04524',
        comment: '평화를 위하여',
        locale: 'ko',
        consentToLead: true,
        consentToPartner: true,
        consentVersion: '2026-11-v1',
        partnerSlug: 'wilpf',
        utm: { source: 'newsletter', medium: 'email', campaign: 'kpn' },
        referrer: 'https://www.wilpf.org/korea',
        honeypot: null,
        fillMs: 8000,
      },
    }),
  },
  {
    name: 'rsvpEvent',
    kind: 'mutation',
    variables: { input: 'RsvpEventInput!' },
    field: `rsvpEvent(input: $input) ${RESULT}`,
    success: 'RsvpEventSuccess',
    valid: () => ({
      input: {
        eventId: scheduledEventId,
        name: '田中 花子',
        email: `rsvp-${++serial}@example.org`,
        country: 'JP',
        locale: 'ja',
        timeZone: 'Asia/Tokyo',
        consentToLead: true,
        consentToPartner: false,
        partnerSlug: 'women-cross-dmz',
      },
    }),
  },
  {
    name: 'cancelRsvp',
    kind: 'mutation',
    variables: { token: 'String!' },
    field: 'cancelRsvp(token: $token)',
    success: 'CANCELLED',
    valid: () => ({ token: 'a'.repeat(64) }),
  },
  {
    name: 'signIn',
    kind: 'mutation',
    variables: { input: 'SignInInput!' },
    field: `signIn(input: $input) ${RESULT}`,
    success: 'SignInSuccess',
    valid: () => ({ input: { email: ADMIN.email, password: 'not the password' } }),
  },
  {
    name: 'createCampaign',
    kind: 'mutation',
    variables: { input: 'CreateCampaignInput!' },
    field: `createCampaign(input: $input) ${RESULT}`,
    asAdmin: true,
    success: 'Campaign',
    valid: () => ({
      input: {
        slug: `fuzz-campaign-${++serial}`,
        leadOrganisationSlug: 'wilpf',
        status: 'DRAFT',
        startsAt: soon(1),
        endsAt: soon(60),
        defaultLocale: 'ko',
        translations: [
          { locale: 'ko', title: '평화 캠페인', summary: '요약', description: '' },
          { locale: 'ja', title: '平和キャンペーン', summary: '概要' },
        ],
      },
    }),
  },
  {
    name: 'updateAppeal',
    kind: 'mutation',
    variables: { input: 'UpdateAppealInput!' },
    field: `updateAppeal(input: $input) ${RESULT}`,
    asAdmin: true,
    success: 'Appeal',
    valid: () => ({
      input: {
        id: fuzzAppealId,
        goal: 5000,
        opensAt: soon(-1),
        closesAt: soon(90),
        allowedEmbedOrigins: ['https://www.wilpf.org'],
        translations: [
          {
            locale: 'en',
            title: 'Appeal',
            body: 'We call for peace.',
            target: 'The UN',
            consentText: 'Keep me informed.',
          },
        ],
      },
    }),
  },
  {
    name: 'createEvent',
    kind: 'mutation',
    variables: { input: 'CreateEventInput!' },
    field: `createEvent(input: $input) ${RESULT}`,
    asAdmin: true,
    success: 'Event',
    valid: () => ({
      input: {
        campaignSlug: 'korea-peace-now',
        hostOrganisationSlug: 'wilpf',
        format: 'HYBRID',
        startsAt: soon(20),
        endsAt: soon(20, 2),
        timeZone: 'Asia/Seoul',
        venue: '서울 시민청',
        address: '서울특별시 중구 세종대로 110',
        capacity: 120,
        joinUrl: 'https://meet.example.org/fuzz',
        defaultLocale: 'ko',
        translations: [{ locale: 'ko', title: '평화 행진', description: '함께 걸어요' }],
      },
    }),
  },
  {
    name: 'appeal',
    kind: 'query',
    variables: { slug: 'String!', locale: 'String' },
    field: 'appeal(slug: $slug) { slug title(locale: $locale) goal signatureCount }',
    valid: () => ({ slug: 'korea-peace-appeal', locale: 'ja' }),
  },
  {
    name: 'campaign',
    kind: 'query',
    variables: { slug: 'String!', first: 'Int', after: 'String', status: 'EventStatus' },
    field:
      'campaign(slug: $slug) { title partners(first: $first, after: $after) { edges { cursor node { role } } } events(first: $first, status: $status) { edges { node { title } } } }',
    valid: () => ({ slug: 'korea-peace-now', first: 2, after: partnersCursor, status: 'SCHEDULED' }),
  },
  {
    name: 'campaigns',
    kind: 'query',
    variables: { first: 'Int', after: 'String', status: 'CampaignStatus' },
    field:
      'campaigns(first: $first, after: $after, status: $status) { edges { cursor node { slug } } pageInfo { endCursor } }',
    valid: () => ({ first: 1, after: campaignsCursor, status: 'ACTIVE' }),
  },
  {
    name: 'event',
    kind: 'query',
    variables: { id: 'ID!', timeZone: 'String' },
    field: 'event(id: $id) { title startsAtLocal(timeZone: $timeZone) registrations { placesLeft } }',
    valid: () => ({ id: scheduledEventId, timeZone: 'Asia/Tokyo' }),
  },
  {
    name: 'node',
    kind: 'query',
    variables: { id: 'ID!' },
    field: 'node(id: $id) { __typename id }',
    valid: () => ({ id: scheduledEventId }),
  },
  {
    name: 'nodes',
    kind: 'query',
    variables: { ids: '[ID!]!' },
    field: 'nodes(ids: $ids) { __typename id }',
    valid: () => ({ ids: [scheduledEventId, fuzzAppealId] }),
  },
  {
    name: 'auditLog',
    kind: 'query',
    asAdmin: true,
    variables: {
      action: 'String',
      actor: 'String',
      organisationId: 'ID',
      since: 'DateTime',
      until: 'DateTime',
      first: 'Int',
      after: 'String',
    },
    field:
      'auditLog(action: $action, actor: $actor, organisationId: $organisationId, since: $since, until: $until, first: $first, after: $after) { edges { cursor node { action actor } } }',
    valid: () => ({
      action: 'campaign.',
      actor: 'demo',
      organisationId: wilpfId,
      since: soon(-30),
      until: soon(1),
      first: 2,
      after: auditCursor,
    }),
  },
  {
    name: 'outbox',
    kind: 'query',
    asAdmin: true,
    variables: { to: 'String', first: 'Int', after: 'String' },
    field: 'outbox(to: $to, first: $first, after: $after) { edges { node { subject } } }',
    valid: () => ({ to: 'fuzz-1@example.org', first: 3, after: null }),
  },
  {
    name: 'attendees',
    kind: 'query',
    asAdmin: true,
    variables: {
      id: 'ID!',
      email: 'String',
      first: 'Int',
      after: 'String',
      organisationId: 'ID',
      status: 'RsvpStatus',
    },
    field:
      'event(id: $id) { attendees(email: $email, first: $first, after: $after, organisationId: $organisationId, status: $status) { edges { node { name } } } }',
    valid: () => ({
      id: scheduledEventId,
      email: 'rsvp-1@example.org',
      first: 5,
      after: null,
      organisationId: wilpfId,
      status: 'REGISTERED',
    }),
    // Every read of attendees is recorded in the audit log.
    audited: (data) => {
      const event = data?.event as { attendees?: unknown } | null | undefined;
      return event?.attendees !== undefined && event.attendees !== null;
    },
  },
  {
    name: 'organisations',
    kind: 'query',
    variables: { search: 'String', first: 'Int', after: 'String' },
    field: 'organisations(search: $search, first: $first, after: $after) { edges { node { slug } } }',
    valid: () => ({ search: 'women', first: 5, after: null }),
  },
];

function documentOf(operation: Operation): string {
  const declared = Object.entries(operation.variables)
    .map(([name, type]) => `$${name}: ${type}`)
    .join(', ');
  return `${operation.kind} (${declared}) { ${operation.field} }`;
}

/** A value written into the document instead of passed as a variable. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, inner]) => `${key}: ${literal(inner)}`)
      .join(', ')}}`;
  return JSON.stringify(String(value));
}

function inlineDocumentOf(operation: Operation, variables: Record<string, unknown>): string {
  let field = operation.field;
  for (const name of Object.keys(operation.variables)) {
    field = field.replaceAll(new RegExp(`\\$${name}\\b`, 'g'), literal(variables[name]));
  }
  return `${operation.kind} { ${field} }`;
}

type Path = (string | number)[];

/** Every place in a value a fuzzer may change: each key of each object and each item of each list. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, inner]) => [
      [...prefix, key],
      ...pathsOf(inner, [...prefix, key]),
    ]);
  return [];
}

type Change =
  | { kind: 'replace'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'unknown field'; name: string; value: unknown };

function applyChange(root: Record<string, unknown>, path: Path, change: Change): Record<string, unknown> {
  const copy = structuredClone(root);
  let parent: unknown = copy;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[step];
  const last = path.at(-1);
  if (last === undefined || typeof parent !== 'object' || parent === null) return copy;
  const container = parent as Record<string | number, unknown>;
  if (change.kind === 'replace') container[last] = change.value;
  else if (change.kind === 'delete') {
    if (Array.isArray(container) && typeof last === 'number') container.splice(last, 1);
    else delete container[last];
  } else if (!Array.isArray(container)) container[change.name] = change.value;
  return copy;
}

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 6, arbitrary: hostileValue.map((value): Change => ({ kind: 'replace', value })) },
  { weight: 1, arbitrary: fc.constant<Change>({ kind: 'delete' }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.oneof(
          fc.constantFrom('__proto__', 'id', 'isAdmin', 'status', 'where'),
          fc.string({ maxLength: 10 }),
        ),
        scalarJunk,
      )
      .map(([name, value]): Change => ({ kind: 'unknown field', name, value })),
  },
);

function succeededAs(operation: Operation) {
  return (body: GraphQLBody | null): boolean => {
    if (operation.audited) return operation.audited(body?.data);
    if (!operation.success) return false;
    const result = body?.data?.[operation.name];
    if (operation.success === 'CANCELLED') return result === 'CANCELLED';
    return (
      typeof result === 'object' &&
      result !== null &&
      (result as { __typename?: unknown }).__typename === operation.success
    );
  };
}

function postAs(operation: Operation, payload: unknown): Promise<Answer> {
  return postGraphQL(payload, operation.asAdmin ? admin.headers : {});
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  api = await startTestApi({
    production: true,
    demoData: true,
    admin: true,
    // Every request comes from 127.0.0.1: lift the per-address limits so they do not decide the answers.
    signingLimits: { burst: 1_000_000, sustained: 1_000_000, minFillMs: 0 },
    signInThrottle: { perAccount: 1_000_000, perAddress: 1_000_000, windowSeconds: 60 },
  });
  admin = await api.signIn(ADMIN.email, ADMIN.password);
  const db = api.database.db;
  await anOrganisation(db, 'fuzz-org');
  await aCampaign(db, 'fuzz-campaign', { lead: 'fuzz-org' });
  await anAppeal(db, 'fuzz-appeal', { campaign: 'fuzz-campaign' });
  const { body } = await admin.graphql<{
    appeal: { id: string };
    campaign: {
      events: { edges: { node: { id: string; status: string } }[] };
      partners: { edges: { cursor: string }[] };
    };
    campaigns: { edges: { cursor: string }[] };
    organisation: { id: string };
    auditLog: { edges: { cursor: string }[] };
  }>(`{
    organisation(slug: "wilpf") { id }
    auditLog(first: 1) { edges { cursor } }
    appeal(slug: "fuzz-appeal") { id }
    campaign(slug: "korea-peace-now") {
      events { edges { node { id status } } }
      partners(first: 1) { edges { cursor } }
    }
    campaigns(first: 1) { edges { cursor } }
  }`);
  fuzzAppealId = body.data?.appeal.id ?? '';
  scheduledEventId =
    body.data?.campaign.events.edges.find((edge) => edge.node.status === 'SCHEDULED')?.node.id ?? '';
  partnersCursor = body.data?.campaign.partners.edges[0]?.cursor ?? '';
  campaignsCursor = body.data?.campaigns.edges[0]?.cursor ?? '';
  wilpfId = body.data?.organisation.id ?? '';
  auditCursor = body.data?.auditLog.edges[0]?.cursor ?? '';
  expect(
    [fuzzAppealId, scheduledEventId, partnersCursor, campaignsCursor, wilpfId, auditCursor].every(Boolean),
  ).toBe(true);
});
afterAll(() => api?.close());

describe('the valid requests the fuzzers start from', () => {
  it('succeed, so that every refusal below is caused by what the fuzzer changed', async () => {
    for (const operation of OPERATIONS) {
      const variables = operation.valid();
      const answer = await postAs(operation, { query: documentOf(operation), variables });
      expectClean(answer, operation.name);
      const body = asGraphQLBody(answer.body);
      expect(body?.errors, `${operation.name}: ${answer.text}`).toBeUndefined();
      if (operation.success && !['signIn', 'cancelRsvp'].includes(operation.name)) {
        expect(succeededAs(operation)(body), `${operation.name}: ${answer.text}`).toBe(true);
      }
    }
  });
});

describe('arguments of the wrong type, out of range or hostile', () => {
  for (const operation of OPERATIONS) {
    it(`${operation.name}: refused cleanly, writing nothing`, async () => {
      await holds(
        fc.asyncProperty(fc.nat(), change, fc.boolean(), async (pick, chosen, inline) => {
          const valid = operation.valid();
          const paths = pathsOf(valid);
          const path = paths[pick % paths.length] ?? [];
          const variables = applyChange(valid, path, chosen);
          const payload = inline
            ? { query: inlineDocumentOf(operation, variables) }
            : { query: documentOf(operation), variables };
          await expectNoWriteUnlessSucceeded(
            `${operation.name} with ${path.join('.')} → ${JSON.stringify(chosen).slice(0, 300)}${inline ? ' (inline)' : ''}`,
            () => postAs(operation, payload),
            succeededAs(operation),
          );
        }),
        operation.kind === 'mutation' ? 80 : 40,
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Field by field: values of the right type but the wrong shape for what the field holds.

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const SOME_UUID = '00000000-0000-4000-8000-000000000000';

const badEmail = fc.oneof(
  fc.constantFrom(
    'a@',
    '@example.org',
    'a@b',
    'a b@example.org',
    'a@example..org',
    'a@-example.org',
    '"quoted"@example.org',
    'a@[127.0.0.1]',
    'a@example.org,b@example.org',
    'a@example.org\nBcc: b@example.org',
    'ü@例え.jp',
    '김민지@example.org',
    'a@example.org\u0000',
    `${'a'.repeat(250)}@example.org`,
    "'; drop table signatures; --@example.org",
  ),
  fc.tuple(nastyString, nastyString).map(([local, domain]) => `${local}@${domain}`),
);

const badCountry = fc.constantFrom(
  'XK',
  'EU',
  'UK',
  'ZZ',
  'KOR',
  '410',
  'K R',
  'ｋｒ',
  'kr\u0000',
  'K',
  '',
  ' ',
  'Korea',
);
const badLocale = fc.constantFrom('fr', 'EN', 'ko-KR', 'ja_JP', '', 'en\u0000', '__proto__', 'toString');
const badTimeZone = fc.constantFrom(
  'KST',
  'EST',
  '+09:00',
  'UTC+9',
  'Mars/Olympus',
  'Asia/Seoul\u0000',
  '../../etc/localtime',
  'Asia/',
  '/',
);
const badSlug = fc.oneof(
  fc.constantFrom('-a', 'a-', 'a--b', 'A', 'ab/../cd', 'ab%00', 'x'.repeat(65), 'korea-peace-appeal\u0000'),
  nastyString,
);

/** Global ids that are not ours, name another type, or wrap something that is not a uuid. */
const badId = fc.oneof(
  fc.constantFrom(
    '',
    'null',
    base64('Event:'),
    base64('Event:not-a-uuid'),
    base64(`Appeal:${SOME_UUID}`),
    base64(`Event:${SOME_UUID}`),
    base64(`Event:${SOME_UUID.toUpperCase()}`),
    base64(`Event:${SOME_UUID}'; drop table events; --`),
    base64(`Event:${'a'.repeat(5000)}`),
    base64(`:${SOME_UUID}`),
    base64('javascript:alert(1)'),
    base64(`Query:${SOME_UUID}`),
    base64(`__proto__:${SOME_UUID}`),
    base64(`SignAppealSuccess:${SOME_UUID}`),
    base64('\u0000:\u0000'),
    SOME_UUID,
  ),
  nastyString.map(base64),
  nastyString.map((junk) => base64(`Event:${junk}`)),
);

/** Cursors that decode, but to the wrong list, the wrong kind, or keys out of range. */
const badCursor = fc.oneof(
  fc
    .constantFrom<unknown>(
      { k: 'o', o: -1 },
      { k: 'o', o: 1.5 },
      { k: 'o', o: 2 ** 53 },
      { k: 'o', o: 1e308 },
      { k: 'o', o: '1' },
      { k: 'o' },
      { k: 'key', key: 1 },
      { k: 'key', key: 2 ** 62 },
      { k: 'key', key: { createdAt: 'yesterday', id: SOME_UUID } },
      { k: 'key', key: { createdAt: '0000-01-01', id: SOME_UUID } },
      { k: 'key', key: { createdAt: '2026-02-30 12:00:00', id: SOME_UUID } },
      { k: 'key', key: { createdAt: '294277-01-01T00:00:00Z', id: SOME_UUID } },
      { k: 'key', key: { createdAt: 'infinity', id: SOME_UUID } },
      { k: 'key', key: { createdAt: '2026-11-29T00:00:00Z\u0000', id: SOME_UUID } },
      { k: 'key', key: { createdAt: '2026-11-29T00:00:00Z', id: 'not-a-uuid' } },
      null,
      [],
    )
    .map((payload) => base64url(JSON.stringify(payload))),
  fc.jsonValue({ maxDepth: 2 }).map((payload) => base64url(JSON.stringify(payload))),
  fc
    .tuple(fc.oneof(nastyString, badDate), fc.uuid())
    .map(([createdAt, id]) => base64url(JSON.stringify({ k: 'key', key: { createdAt, id } }))),
);

/** For each field name, the kind of wrong value it should survive. */
const FIELD_JUNK: Record<string, fc.Arbitrary<unknown>> = {
  email: badEmail,
  country: badCountry,
  locale: badLocale,
  defaultLocale: badLocale,
  timeZone: badTimeZone,
  appealSlug: badSlug,
  campaignSlug: badSlug,
  hostOrganisationSlug: badSlug,
  leadOrganisationSlug: badSlug,
  partnerSlug: badSlug,
  slug: badSlug,
  eventId: badId,
  id: badId,
  ids: fc.array(badId, { minLength: 1, maxLength: 3 }),
  after: badCursor,
  first: hugeNumber,
  goal: hugeNumber,
  capacity: hugeNumber,
  fillMs: hugeNumber,
  startsAt: badDate,
  endsAt: badDate,
  opensAt: badDate,
  closesAt: badDate,
  referrer: fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,x',
    'http://',
    'https://a.org/\u0000',
    '//evil.example',
    'ftp://a.org',
  ),
  joinUrl: fc.constantFrom('javascript:alert(1)', 'http://', 'https://a.org/\ud800', 'mailto:a@b.org'),
  allowedEmbedOrigins: fc.array(
    fc.constantFrom('https://a.org/', 'https://A.org', 'http://a.org:80', '*', 'null', 'https://a.org\u0000'),
    {
      maxLength: 3,
    },
  ),
  token: fc.oneof(nastyString, fc.constantFrom('', 'a'.repeat(10_000), '0'.repeat(64))),
  password: fc.oneof(nastyString, fc.constant('x'.repeat(100_000))),
  search: fc.oneof(nastyString, fc.constantFrom('%', '_', '\\', '%_%', "'", '\u0000')),
  action: fc.oneof(nastyString, fc.constantFrom('%', '_', '\\', '\u0000')),
  actor: fc.oneof(nastyString, fc.constantFrom('%', '_', '\\', '\u0000')),
  to: fc.oneof(nastyString, badEmail),
  organisationId: badId,
  since: badDate,
  until: badDate,
};

describe('field by field: malformed emails, country codes, dates, slugs, ids and cursors', () => {
  for (const operation of OPERATIONS) {
    it(`${operation.name}: refused cleanly, writing nothing`, async () => {
      const fields = pathsOf(operation.valid()).filter((path) => FIELD_JUNK[String(path.at(-1))]);
      if (fields.length === 0) return;
      await holds(
        fc.asyncProperty(
          fc
            .constantFrom(...fields)
            .chain((path) =>
              (FIELD_JUNK[String(path.at(-1))] as fc.Arbitrary<unknown>).map((value) => ({ path, value })),
            ),
          async ({ path, value }) => {
            const variables = applyChange(operation.valid(), path, { kind: 'replace', value });
            await expectNoWriteUnlessSucceeded(
              `${operation.name} with ${path.join('.')} = ${JSON.stringify(value).slice(0, 300)}`,
              () => postAs(operation, { query: documentOf(operation), variables }),
              succeededAs(operation),
            );
          },
        ),
        30,
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Malformed GraphQL documents and HTTP requests.

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '...',
  'query',
  'mutation',
  'subscription',
  'fragment F on Query',
  'on',
  '$x',
  '$x: Int',
  '"text"',
  '"""block"""',
  '"\\u0000"',
  '"\\ud800"',
  '@include(if: true)',
  '@skip(if: $x)',
  '@deprecated',
  'campaigns',
  'campaign(slug: "korea-peace-now")',
  'edges',
  'node',
  'slug',
  'first: 1000',
  'first: -1',
  'first: 99999999999',
  '__schema',
  '__type(name: "Query")',
  '__typename',
  'signOut',
  '# comment\n',
  ',',
  '=',
  '!',
  '|',
  '&',
];

const tokenSoup = fc
  .array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 30 })
  .map((tokens) => tokens.join(' '));

/** Nested `depth` levels deep through organisation → campaigns → lead organisation → campaigns … */
function nested(depth: number): string {
  let document = 'slug';
  for (let level = 0; level < depth; level += 1) {
    document = `campaigns(first: 2) { edges { node { leadOrganisation { ${document} } } } }`;
  }
  return `{ organisation(slug: "wilpf") { ${document} } }`;
}

const deepDocument = fc.integer({ min: 1, max: 40 }).map(nested);
const aliasedDocument = fc
  .tuple(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 100 }))
  .map(
    ([aliases, first]) =>
      `{ ${Array.from({ length: aliases }, (_, index) => `a${index}: campaigns(first: ${first}) { edges { node { slug title } } }`).join(' ')} }`,
  );
const directiveDocument = fc
  .integer({ min: 1, max: 60 })
  .map((count) => `{ __typename ${'@include(if: true) '.repeat(count)} }`);
const unknownFieldDocument = fc
  .tuple(fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,20}$/), fc.boolean())
  .map(
    ([name, asMutation]) =>
      `${asMutation ? 'mutation ' : ''}{ ${name} campaign(slug: "korea-peace-now") { ${name} } }`,
  );
const fragmentCycle = fc.constant('fragment A on Query { ...B } fragment B on Query { ...A } { ...A }');
const twoOperations = fc.constant('query Read { __typename } mutation Leave { signOut }');
const subscription = fc.constant('subscription { campaigns { edges { cursor } } }');

const graphqlDocument = fc.oneof(
  tokenSoup,
  deepDocument,
  aliasedDocument,
  directiveDocument,
  unknownFieldDocument,
  fragmentCycle,
  twoOperations,
  subscription,
  fc.constant(documentOf(OPERATIONS[0] as Operation)),
);

const printable = fc
  .string({ unit: 'binary-ascii', maxLength: 60 })
  .map((text) => text.replace(/[^\x20-\x7e]/g, ''));

/** Headers a client could send: broken keys and sessions, odd origins and request ids. */
const headers: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    authorization: fc.oneof(
      printable,
      fc.constantFrom(
        'Bearer',
        'Bearer ',
        'Basic YWRtaW46YWRtaW4=',
        'chorus_pk_',
        'chorus_pk__',
        'Bearer chorus_pk_x_y',
      ),
      printable.map((junk) => `Bearer chorus_pk_${junk}`),
    ),
    cookie: fc.oneof(
      printable.map((junk) => `chorus_session=${junk}`),
      printable,
    ),
    origin: fc.oneof(
      fc.constantFrom('null', 'https://evil.example', 'http://127.0.0.1', 'file://'),
      printable,
    ),
    'x-request-id': printable,
    'apollo-require-preflight': fc.constant('true'),
  },
  { requiredKeys: [] },
);

interface RawRequest {
  what: string;
  method: string;
  query?: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/graphql',
  'application/graphql-response+json',
  'application/octet-stream',
  '',
];

const rawRequest: fc.Arbitrary<RawRequest> = fc.oneof(
  // Bodies that are not the JSON they claim to be.
  fc
    .tuple(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constantFrom(
          '{',
          '{"query":',
          '{"query": "{ __typename }",}',
          "{'query': '{ __typename }'}",
          'null',
          '42',
          '"{ __typename }"',
          'true',
          '[]',
          '[{"query":"{ __typename }"},{"query":"mutation { signOut }"}]',
          '{"query": "{ __typename }", "query": "mutation { signOut }"}',
          '{"__proto__": {"query": "{ __typename }"}}',
          '\u0000',
          '\ufeff{"query": "{ __typename }"}',
        ),
      ),
      headers,
    )
    .map(([body, extra]): RawRequest => ({
      what: `invalid JSON ${JSON.stringify(body).slice(0, 200)}`,
      method: 'POST',
      headers: { ...extra, 'content-type': 'application/json' },
      body,
    })),
  // Random bytes, not even UTF-8.
  fc.uint8Array({ maxLength: 200 }).map((bytes): RawRequest => ({
    what: `bytes ${Buffer.from(bytes).toString('hex').slice(0, 100)}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: bytes,
  })),
  // A sensible body under the wrong content type.
  fc
    .tuple(fc.constantFrom(...CONTENT_TYPES), graphqlDocument, fc.boolean())
    .map(([type, document, asJson]): RawRequest => ({
      what: `content type ${type} with ${document.slice(0, 100)}`,
      method: 'POST',
      headers: type ? { 'content-type': type } : {},
      body: asJson ? JSON.stringify({ query: document }) : document,
    })),
  // GET, with queries, mutations and variables in the URL.
  fc
    .tuple(graphqlDocument, fc.oneof(fc.constant(undefined), fc.json({ maxDepth: 2 })), fc.boolean(), headers)
    .map(([document, variables, preflight, extra]): RawRequest => {
      const search = new URLSearchParams({ query: document });
      if (variables !== undefined) search.set('variables', variables);
      return {
        what: `GET ${document.slice(0, 100)} variables ${String(variables).slice(0, 100)}`,
        method: 'GET',
        query: `?${search.toString()}`,
        headers: { ...extra, ...(preflight ? { 'apollo-require-preflight': 'true' } : {}) },
      };
    }),
  // Well-formed JSON whose fields are the wrong shape.
  fc
    .tuple(
      fc.oneof(graphqlDocument, hostileValue),
      fc.oneof(fc.constant(undefined), hostileValue, fc.jsonValue({ maxDepth: 2 })),
      fc.oneof(fc.constant(undefined), fc.constantFrom('Read', 'Leave', 'Missing', ''), hostileValue),
      fc.oneof(
        fc.constant(undefined),
        hostileValue,
        fc.record({
          persistedQuery: fc.record({ version: hostileValue, sha256Hash: fc.oneof(printable, hostileValue) }),
        }),
      ),
      headers,
    )
    .map(([query, variables, operationName, extensions, extra]): RawRequest => ({
      what: `payload ${JSON.stringify({ query, variables, operationName, extensions }).slice(0, 300)} headers ${JSON.stringify(extra)}`,
      method: 'POST',
      headers: { ...extra, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables, operationName, extensions }),
    })),
  // Methods GraphQL does not take.
  fc
    .tuple(fc.constantFrom('PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'), headers)
    .map(([method, extra]): RawRequest => ({
      what: `${method} /graphql`,
      method,
      headers: { ...extra, 'content-type': 'application/json' },
      ...(method === 'HEAD' ? {} : { body: JSON.stringify({ query: '{ __typename }' }) }),
    })),
);

describe('malformed GraphQL and HTTP', () => {
  it('is refused with a 4xx or answered, never a 5xx or a leak, and writes nothing', async () => {
    await holds(
      fc.asyncProperty(rawRequest, async (request) => {
        await expectNoWriteUnlessSucceeded(
          request.what,
          () =>
            send({
              method: request.method,
              headers: request.headers,
              ...(request.query ? { query: request.query } : {}),
              ...(request.body === undefined ? {} : { body: request.body }),
            }),
          // signOut is the only mutation in these documents; it touches no watched table.
          () => false,
        );
      }),
      300,
    );
  });

  it('holds documents to the query limits: too deep, too many aliases or directives, too costly', async () => {
    await holds(
      fc.asyncProperty(fc.oneof(deepDocument, aliasedDocument, directiveDocument), async (document) => {
        const answer = await postGraphQL({ query: document });
        expectClean(answer, document.slice(0, 200));
        const body = asGraphQLBody(answer.body);
        if (body?.errors) {
          expect(answer.status, answer.text).toBe(400);
          expect(['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']).toContain(
            body.errors[0]?.extensions?.code,
          );
        } else {
          expect(answer.status).toBe(200);
        }
      }),
      60,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Huge strings, up to the 1 MB body limit and past it.

describe('huge strings', () => {
  const HUGE_TARGETS = OPERATIONS.filter((operation) =>
    [
      'signAppeal',
      'rsvpEvent',
      'createCampaign',
      'createEvent',
      'signIn',
      'appeal',
      'organisations',
    ].includes(operation.name),
  );

  it('are refused by the body limit or by the field they are in, writing nothing', async () => {
    await holds(
      fc.asyncProperty(
        fc.constantFrom(...HUGE_TARGETS),
        fc.nat(),
        fc.constantFrom('a', '평', '平', '👩‍👩‍👧‍👦', 'e\u0301', "'; drop table signatures; --"),
        fc.integer({ min: 1_000, max: 1_100_000 }),
        async (operation, pick, unit, size) => {
          const valid = operation.valid();
          const paths = pathsOf(valid).filter((path) => typeof path.at(-1) === 'string');
          const path = paths[pick % paths.length] ?? [];
          const huge = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
          const variables = applyChange(valid, path, { kind: 'replace', value: huge });
          const payload = JSON.stringify({ query: documentOf(operation), variables });
          const answer = await expectNoWriteUnlessSucceeded(
            `${operation.name} with ${size} characters of ${JSON.stringify(unit)} in ${path.join('.')}`,
            () =>
              send({
                headers: { 'content-type': 'application/json', ...(operation.asAdmin ? admin.headers : {}) },
                body: payload,
              }),
            succeededAs(operation),
          );
          if (Buffer.byteLength(payload) > 1024 * 1024) {
            expect(answer.status).toBe(413);
            expect(asGraphQLBody(answer.body)?.errors?.[0]?.message).toMatch(/too large/i);
          }
        },
      ),
      30,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Valid input from the same generators is accepted and kept exactly as sent.

/** What the API keeps of a text: the text without surrounding white space. */
const kept = (text: string) => text.trim();

/** A long name that is still allowed: up to the 200 characters a name may have. */
const longName = fc
  .tuple(fc.oneof(koreanName, japaneseName), fc.integer({ min: 150, max: 200 }))
  .map(([name, length]) =>
    `${name} `
      .repeat(Math.ceil(length / (name.length + 1)))
      .slice(0, length)
      .trim(),
  );

const signerName = fc.oneof(validName, validName, longName);
const postcode = fc.oneof(
  fc.integer({ min: 0, max: 99_999 }).map((code) => String(code).padStart(5, '0')),
  fc
    .tuple(fc.integer({ min: 100, max: 999 }), fc.integer({ min: 0, max: 9999 }))
    .map(([a, b]) => `〒${a}-${String(b).padStart(4, '0')}`),
);

interface Exported {
  signatures: {
    appeal: string;
    name: string;
    country: string;
    postcode: string | null;
    comment: string | null;
    locale: string;
  }[];
  registrations: { name: string; country: string | null; timeZone: string | null; locale: string }[];
}

async function exportOf(email: string): Promise<Exported> {
  const { body } = await admin.graphql<{ exportSupporter: string }>(
    `query ($email: String!) { exportSupporter(email: $email) }`,
    {
      email,
    },
  );
  expect(body.errors).toBeUndefined();
  return JSON.parse(body.data?.exportSupporter ?? '{}') as Exported;
}

describe('valid input drawn from the same generators', () => {
  it('signs with Korean, Japanese and long names, comments in any script, and reads them back exactly', async () => {
    await holds(
      fc.asyncProperty(
        signerName,
        fc.option(validText(1000), { nil: null }),
        fc.option(postcode, { nil: null }),
        fc.constantFrom('KR', 'JP', 'US', ' kr ', 'jp'),
        fc.constantFrom('en', 'ko', 'ja'),
        async (name, comment, code, country, locale) => {
          const email = `valid-signer-${++serial}@example.org`;
          const input = {
            ...((OPERATIONS[0] as Operation).valid().input as Record<string, unknown>),
            name,
            comment,
            postcode: code,
            country,
            locale,
            email,
          };
          const { body } = await api.graphql(documentOf(OPERATIONS[0] as Operation), { input });
          expect(body.data, JSON.stringify(body)).toEqual({
            signAppeal: { __typename: 'SignAppealSuccess' },
          });
          const [signature] = (await exportOf(email)).signatures;
          expect(signature).toMatchObject({
            appeal: 'korea-peace-appeal',
            name: kept(name),
            comment: comment === null ? null : kept(comment),
            postcode: code,
            country: country.trim().toUpperCase(),
            locale,
          });
        },
      ),
      50,
    );
  });

  it('registers with Korean and Japanese names and reads them back exactly', async () => {
    await holds(
      fc.asyncProperty(
        signerName,
        fc.constantFrom('Asia/Seoul', 'Asia/Tokyo', 'asia/tokyo', 'America/New_York'),
        async (name, timeZone) => {
          const email = `valid-registrant-${++serial}@example.org`;
          const input = {
            ...((OPERATIONS[1] as Operation).valid().input as Record<string, unknown>),
            name,
            timeZone,
            email,
          };
          const { body } = await api.graphql(documentOf(OPERATIONS[1] as Operation), { input });
          expect(body.data, JSON.stringify(body)).toEqual({ rsvpEvent: { __typename: 'RsvpEventSuccess' } });
          const [registration] = (await exportOf(email)).registrations;
          expect(registration).toMatchObject({ name: kept(name), country: 'JP', locale: 'ja' });
          expect(registration?.timeZone?.toLowerCase()).toBe(timeZone.toLowerCase());
        },
      ),
      30,
    );
  });

  it('creates events with Korean and Japanese venues, addresses and texts up to their limits, read back exactly', async () => {
    await holds(
      fc.asyncProperty(
        validText(200),
        validText(200),
        validAddress,
        fc.oneof(
          validText(2000),
          validText(20_000).map((text) => text.repeat(Math.ceil(20_000 / text.length))),
        ),
        async (title, venue, address, longDescription) => {
          // Cut on a character boundary: the limit counts UTF-16 units.
          const description = Array.from(longDescription).reduce(
            (text, char) => (text.length + char.length <= 20_000 ? text + char : text),
            '',
          );
          const input = {
            ...(OPERATIONS.find((operation) => operation.name === 'createEvent')?.valid().input as Record<
              string,
              unknown
            >),
            venue,
            address,
            translations: [
              { locale: 'ko', title, description },
              { locale: 'ja', title: Array.from(kept(title)).reverse().join(''), description: '' },
            ],
          };
          const { body } = await admin.graphql<{ createEvent: { __typename: string; id?: string } }>(
            `mutation ($input: CreateEventInput!) { createEvent(input: $input) { __typename ... on Event { id } ... on Error { message } } }`,
            { input },
          );
          expect(body.data?.createEvent.__typename, JSON.stringify(body).slice(0, 500)).toBe('Event');
          const read = await api.graphql<{ event: Record<string, string> }>(
            `query ($id: ID!) { event(id: $id) { title(locale: "ko") description(locale: "ko") venue address } }`,
            { id: body.data?.createEvent.id },
          );
          expect(read.body.data?.event).toEqual({
            title: kept(title),
            description: kept(description),
            venue: kept(venue),
            address: kept(address),
          });
        },
      ),
      25,
    );
  });

  it('either refuses a text that cannot be stored as sent, or keeps it exactly', async () => {
    await holds(
      fc.asyncProperty(nastyString, nastyString, async (name, comment) => {
        const email = `nasty-${++serial}@example.org`;
        const input = {
          ...((OPERATIONS[0] as Operation).valid().input as Record<string, unknown>),
          name,
          comment,
          email,
        };
        const answer = await expectNoWriteUnlessSucceeded(
          `signAppeal with name ${JSON.stringify(name)} and comment ${JSON.stringify(comment)}`,
          () => postGraphQL({ query: documentOf(OPERATIONS[0] as Operation), variables: { input } }),
          succeededAs(OPERATIONS[0] as Operation),
        );
        if (!succeededAs(OPERATIONS[0] as Operation)(asGraphQLBody(answer.body))) return;
        const [signature] = (await exportOf(email)).signatures;
        expect(signature?.name).toBe(kept(name));
        expect(signature?.comment).toBe(kept(comment) || null);
      }),
      60,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// As deployed: anonymous callers run only the trusted documents, and the signing guard and the
// sign-in throttle are at their real limits. Refusals are as clean as the rest.

interface TrustedOperation {
  query: string;
  sha256: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The widget's operations and the dashboard's sign-in, as the API trusts them. */
function trustedOperations(): { appeal: TrustedOperation; sign: TrustedOperation; signIn: TrustedOperation } {
  const widget = JSON.parse(readFileSync(widgetOperations, 'utf8')) as Record<string, TrustedOperation>;
  const dashboard = JSON.parse(readFileSync(dashboardOperations, 'utf8')) as Record<string, string>;
  const signIn = Object.values(dashboard).find((document) => /\bsignIn\(/.test(document));
  if (!widget.appeal || !widget.sign || !signIn) throw new Error('the trusted documents have changed');
  return { appeal: widget.appeal, sign: widget.sign, signIn: { query: signIn, sha256: sha256(signIn) } };
}

/** The document itself, or only its hash as the widget sends it. */
function trustedPayload(operation: TrustedOperation, variables: unknown, byHash: boolean): unknown {
  return byHash
    ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: operation.sha256 } } }
    : { query: operation.query, variables };
}

describe('as deployed: trusted documents only, the signing guard and the sign-in throttle at their defaults', () => {
  let deployed: TestApi;
  let trusted: ReturnType<typeof trustedOperations>;
  const postTo = (payload: unknown) =>
    send({ to: deployed, headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });

  beforeAll(async () => {
    deployed = await startTestApi({ production: true, demoData: true, enforceTrustedDocuments: true });
    trusted = trustedOperations();
  });
  afterAll(() => deployed?.close());

  it('refuses other documents from anonymous callers cleanly, writing nothing', async () => {
    await holds(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...OPERATIONS.filter((operation) => !operation.asAdmin)).map((operation) => ({
            query: documentOf(operation),
            variables: operation.valid(),
          })),
          graphqlDocument.map((query) => ({ query })),
          fc
            .record({
              sha256Hash: fc.oneof(
                printable,
                fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }),
              ),
            })
            .map(({ sha256Hash }) => ({ extensions: { persistedQuery: { version: 1, sha256Hash } } })),
        ),
        async (payload) => {
          const answer = await expectNoWriteUnlessSucceeded(
            `untrusted ${JSON.stringify(payload).slice(0, 300)}`,
            () => postTo(payload),
            () => false,
            deployed,
          );
          // Nothing runs: a 4xx, or (by Apollo's protocol for a hash it does not know) a 200 asking for the text.
          const codes = asGraphQLBody(answer.body)?.errors?.map((error) => error.extensions?.code);
          if (answer.status < 400) expect(codes, answer.text).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
          expect(asGraphQLBody(answer.body)?.data ?? null, answer.text).toBeNull();
        },
      ),
      60,
    );
  });

  it('answers the widget’s own documents with hostile variables cleanly, by text or by hash', async () => {
    await holds(
      fc.asyncProperty(
        fc.boolean(),
        fc.boolean(),
        fc.nat(),
        change,
        async (signing, byHash, pick, chosen) => {
          const valid = signing
            ? { i: (OPERATIONS[0] as Operation).valid().input }
            : { s: 'korea-peace-appeal', l: 'ko' };
          const paths = pathsOf(valid);
          const path = paths[pick % paths.length] ?? [];
          const variables = applyChange(valid, path, chosen);
          await expectNoWriteUnlessSucceeded(
            `widget ${signing ? 'sign' : 'appeal'}${byHash ? ' by hash' : ''} with ${path.join('.')} → ${JSON.stringify(chosen).slice(0, 300)}`,
            () => postTo(trustedPayload(signing ? trusted.sign : trusted.appeal, variables, byHash)),
            (body) =>
              (body?.data?.signAppeal as { __typename?: string } | undefined)?.__typename ===
              'SignAppealSuccess',
            deployed,
          );
        },
      ),
      80,
    );
  });

  it('answers a flood of signatures and failed sign-ins cleanly: quietly set apart, then throttled', async () => {
    let run = 0;
    await holds(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            { weight: 3, arbitrary: fc.constant(null) },
            { weight: 1, arbitrary: fc.tuple(fc.nat(), change) },
          ),
          { minLength: 10, maxLength: 18 },
        ),
        fc.integer({ min: 6, max: 8 }),
        async (submissions, signIns) => {
          run += 1;
          let accepted = 0;
          for (const [index, submission] of submissions.entries()) {
            const valid = { i: (OPERATIONS[0] as Operation).valid().input as Record<string, unknown> };
            const paths = pathsOf(valid);
            const variables = submission
              ? applyChange(valid, paths[submission[0] % paths.length] ?? [], submission[1])
              : valid;
            const answer = await postTo(trustedPayload(trusted.sign, variables, index % 2 === 1));
            expectClean(answer, `guarded signAppeal ${JSON.stringify(variables).slice(0, 300)}`);
            const result = asGraphQLBody(answer.body)?.data?.signAppeal as
              { __typename?: string } | undefined;
            // A submission the guard sets apart gets the answer any other gets.
            if (!submission)
              expect(result).toEqual({ __typename: 'SignAppealSuccess', confirmationRequired: true });
            if (result?.__typename === 'SignAppealSuccess') accepted += 1;
          }
          // One address, one appeal: past the burst limit of 10 a minute, every signature is set apart.
          const { rows } = await sql<{ status: string; reason: string | null }>`
            select status, suspect_reason as reason from signatures where status = 'suspect'`.execute(
            deployed.database.db,
          );
          expect(rows.length).toBeGreaterThanOrEqual(accepted - 10);
          expect(rows.every((row) => row.reason !== null)).toBe(true);

          for (let attempt = 0; attempt < signIns; attempt += 1) {
            const answer = await postTo(
              trustedPayload(
                trusted.signIn,
                { input: { email: `guessed-${run}@example.org`, password: `guess ${attempt}` } },
                false,
              ),
            );
            expectClean(answer, `sign-in attempt ${attempt}`);
            expect(answer.status).toBe(200);
            const result = asGraphQLBody(answer.body)?.data?.signIn as
              { __typename?: string; retryAfterSeconds?: number } | undefined;
            if (attempt >= 5) {
              expect(result?.__typename).toBe('TooManyAttemptsError');
              expect(result?.retryAfterSeconds).toBeGreaterThan(0);
            } else {
              expect(['InvalidCredentialsError', 'TooManyAttemptsError']).toContain(result?.__typename);
            }
          }
        },
      ),
      5,
    );
  });
});
