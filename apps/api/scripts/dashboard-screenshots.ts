// Screenshots of the admin dashboard for docs/img/, taken from the real app in Chromium: the API
// on a fresh embedded database with the Korea Peace Now! demo, a few hundred demo signatures spread
// over four weeks, registrations for the upcoming briefing, a key, an invitation.
//   npm run screenshots:dashboard -w @chorus/api      (builds nothing: run `npm run build` first)
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { chromium, type Page } from 'playwright-core';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemoData } from '../src/demo/seed.js';
import { buildApp } from '../src/http/app.js';
import { ensureFirstAdmin } from '../src/modules/accounts/accounts.service.js';
import { secretsFrom } from '../src/modules/privacy/secrets.js';
import { DEFAULT_SIGNING_LIMITS, SigningGuard } from '../src/modules/signatures/signing-guard.js';
import { recountAppeal } from '../src/modules/signatures/signatures.service.js';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/img');
const ADMIN = { email: 'admin@chorus.local', password: 'screenshots need a long password' };

// A fixed sequence, so the pictures stay the same from one run to the next.
let seed = 20_261_129;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
  return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
}
function pick<T>(choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [choice, weight] of choices) {
    roll -= weight;
    if (roll <= 0) return choice;
  }
  return (choices.at(-1) as readonly [T, number])[0];
}

const GIVEN = [
  'Min-ji',
  'Ji-woo',
  'Seo-yeon',
  'Yumi',
  'Haruka',
  'Aiko',
  'Grace',
  'Maria',
  'Sarah',
  'Amina',
  'Leila',
  'Hye-jin',
  'Eun-ji',
  'Sakura',
  'Claire',
  'Ana',
];
const FAMILY = [
  'Kim',
  'Lee',
  'Park',
  'Choi',
  'Sato',
  'Suzuki',
  'Tanaka',
  'Smith',
  'Johnson',
  'Garcia',
  'Okafor',
  'Müller',
  'Dubois',
  'Santos',
];
const COUNTRIES = [
  ['KR', 40],
  ['US', 18],
  ['JP', 14],
  ['GB', 6],
  ['DE', 5],
  ['CA', 5],
  ['AU', 4],
  ['PH', 4],
  ['FR', 2],
  ['SE', 2],
] as const;
const PARTNERS = [
  ['women-cross-dmz', 30],
  ['korean-womens-movement-for-peace', 28],
  ['nobel-womens-initiative', 14],
  ['wilpf', 12],
  [null, 16],
] as const;

const dataDir = await mkdtemp(join(tmpdir(), 'chorus-screenshots-'));
const database = await openDatabase({ dataDir });
await migrateToLatest(database.db);
await seedDemoData(database.db);
await ensureFirstAdmin(database.db, ADMIN);
const app = await buildApp(
  {
    isProduction: true,
    logLevel: 'silent',
    secrets: secretsFrom(randomBytes(32)),
    signingGuard: new SigningGuard({ ...DEFAULT_SIGNING_LIMITS, burst: 1e6, sustained: 1e6, minFillMs: 0 }),
  },
  database,
);
const url = await app.listen({ host: '127.0.0.1', port: 0 });

async function graphql<T>(query: string, variables: Record<string, unknown> = {}, cookie = ''): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

try {
  // Signatures through the API, as the widget sends them; then spread over four weeks.
  for (let index = 0; index < 320; index += 1) {
    const partnerSlug = pick(PARTNERS);
    const given = GIVEN[Math.floor(random() * GIVEN.length)] ?? 'Min-ji';
    const family = FAMILY[Math.floor(random() * FAMILY.length)] ?? 'Kim';
    await graphql(
      `
        mutation ($input: SignAppealInput!) {
          signAppeal(input: $input) {
            __typename
          }
        }
      `,
      {
        input: {
          appealSlug: 'korea-peace-appeal',
          name: `${given} ${family}`,
          email: `${given}.${family}.${index}@example.org`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
          country: pick(COUNTRIES),
          locale: pick([
            ['ko', 45],
            ['en', 40],
            ['ja', 15],
          ] as const),
          consentToLead: random() < 0.7,
          consentToPartner: partnerSlug !== null && random() < 0.6,
          consentVersion: '2026-11-v1',
          fillMs: 8000,
          ...(partnerSlug ? { partnerSlug } : {}),
        },
      },
    );
  }
  const now = Date.now();
  const { id: appealId } = await database.db
    .selectFrom('appeals')
    .select('id')
    .where('slug', '=', 'korea-peace-appeal')
    .executeTakeFirstOrThrow();
  const signatures = await database.db.selectFrom('signatures').select('id').orderBy('id').execute();
  for (const [index, { id }] of signatures.entries()) {
    // More signatures lately, as a campaign gathers pace.
    const daysAgo = 28 * (1 - Math.sqrt((index + random()) / signatures.length));
    const signedAt = new Date(now - daysAgo * 86_400_000 - random() * 3_600_000);
    const roll = random();
    const status =
      index >= signatures.length - 12
        ? 'pending'
        : roll < 0.04
          ? 'suspect'
          : roll < 0.06
            ? 'invalid'
            : roll < 0.14
              ? 'pending'
              : 'confirmed';
    await database.db
      .updateTable('signatures')
      .set({
        created_at: signedAt,
        status,
        confirmed_at: status === 'confirmed' ? new Date(signedAt.getTime() + random() * 7_200_000) : null,
        suspect_reason: status === 'suspect' ? 'The form was filled faster than a person can' : null,
      })
      .where('id', '=', id)
      .execute();
  }
  await recountAppeal(database.db, appealId);
  await sql`update outbox_messages set created_at = now() - interval '1 minute' * random() * 60`.execute(
    database.db,
  );

  // Registrations for the upcoming briefing.
  const { campaign } = await graphql<{
    campaign: { events: { edges: { node: { id: string; status: string } }[] } };
  }>(`
    {
      campaign(slug: "korea-peace-now") {
        events {
          edges {
            node {
              id
              status
            }
          }
        }
      }
    }
  `);
  const briefing = campaign.events.edges
    .map((edge) => edge.node)
    .find((event) => event.status === 'SCHEDULED');
  for (let index = 0; briefing && index < 14; index += 1) {
    const given = GIVEN[index % GIVEN.length] ?? 'Min-ji';
    await graphql(
      `
        mutation ($input: RsvpEventInput!) {
          rsvpEvent(input: $input) {
            __typename
          }
        }
      `,
      {
        input: {
          eventId: briefing.id,
          name: `${given} ${FAMILY[(index * 5) % FAMILY.length]}`,
          email: `rsvp.${index}@example.org`,
          locale: index % 3 === 0 ? 'en' : 'ko',
          consentToLead: true,
          timeZone: index % 3 === 0 ? 'America/New_York' : 'Asia/Seoul',
          ...(index % 4 === 0 ? { partnerSlug: 'women-cross-dmz' } : {}),
        },
      },
    );
  }

  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHORUS_CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    baseURL: url,
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const shot = async (name: string, target: Page = page, fullPage = true) => {
    await target.waitForLoadState('networkidle');
    await target.waitForTimeout(400); // charts finish their entry animation
    await target.screenshot({ path: join(OUT, `dashboard-${name}.png`), fullPage });
    console.log(`docs/img/dashboard-${name}.png`);
  };
  const heading = (target: Page, name: string | RegExp) =>
    target.getByRole('heading', { name, level: 1 }).waitFor();

  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(ADMIN.email);
  await shot('sign-in', page, false);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await heading(page, 'Campaigns');
  await page.getByLabel('Switch organisation').selectOption({ label: 'Women Cross DMZ' });
  await shot('campaigns', page, false);

  await page.goto('/admin/campaigns/korea-peace-now');
  await heading(page, /Korea Peace Now!/);
  await shot('campaign');

  await page.goto('/admin/appeals/korea-peace-appeal');
  await heading(page, /Korea Peace Appeal/);
  await shot('appeal');
  await page.goto('/admin/appeals/korea-peace-appeal/edit');
  await heading(page, /Edit/);
  await shot('appeal-edit');

  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.goto('/admin/signatures?appeal=korea-peace-appeal');
  await page.locator('table.signatures tbody tr').first().waitFor();
  await page
    .locator('table.signatures tbody tr')
    .nth(1)
    .getByRole('button', { name: /Details/ })
    .click();
  await shot('signatures', page, false);
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.goto('/admin/insight?appeal=korea-peace-appeal');
  await page.getByRole('heading', { name: 'Opt-in funnel' }).waitFor();
  await shot('insight');

  if (briefing) {
    await page.goto(`/admin/events/${encodeURIComponent(briefing.id)}`);
    await page.getByRole('heading', { name: 'People registered' }).waitFor();
    await page
      .getByRole('button', { name: /^Check in/ })
      .first()
      .click();
    await page
      .getByRole('button', { name: /Checked in/ })
      .first()
      .waitFor();
    await shot('event');
    await page.goto(`/admin/events/${encodeURIComponent(briefing.id)}/edit`);
    await heading(page, /Edit/);
    await shot('event-edit');
  }

  await page.goto('/admin/organisation/api-keys');
  await heading(page, 'API keys');
  await page.getByLabel('Name').fill('CRM sync');
  await page.getByLabel(/Read supporters/).check();
  await page.getByRole('button', { name: 'Create key' }).click();
  await page.getByTestId('api-key-secret').waitFor();
  await shot('api-keys', page, false);

  await page.goto('/admin/organisation/members');
  await page.getByLabel('Email address').fill('organiser@womencrossdmz.example');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByText(/Invitation sent/).waitFor();

  await page.goto('/admin/organisation/audit-log');
  await heading(page, 'Audit log');
  await page.locator('tbody tr').first().waitFor();
  await page.locator('tbody details').first().locator('summary').click();
  await shot('audit-log', page, false);

  await page.goto('/admin/outbox');
  await page.locator('.messages li').first().locator('summary').click();
  await shot('outbox', page, false);

  // A tablet, and the dashboard in Korean.
  const tablet = await context.newPage();
  await tablet.setViewportSize({ width: 820, height: 1180 });
  await tablet.goto('/admin/campaigns/korea-peace-now');
  await heading(tablet, /Korea Peace Now!/);
  await shot('tablet', tablet, false);
  await tablet.getByLabel('Language').selectOption('ko');
  await tablet.goto('/admin/insight?appeal=korea-peace-appeal');
  await tablet.getByRole('heading', { name: '동의 확인 단계' }).waitFor();
  await shot('insight-ko', tablet, false);

  await browser.close();
} finally {
  await app.close();
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
