// The dashboard in a real browser, served by the API at /admin, against a fresh database.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sql } from 'kysely';
import type { Browser, BrowserContext, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recountSignatures } from '../src/modules/signatures/signatures.service.js';
import { launchBrowser } from './browser.js';
import { aCampaign, aMember } from './fixtures.js';
import { ADMIN, startTestApi, type TestApi } from './harness.js';

let api: TestApi;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** What went wrong in the page without failing a step: script errors, CSP violations, refused requests. */
const problems: string[] = [];

async function watchForProblems(target: Page) {
  // A string, not a function: this file is compiled without the DOM's types.
  await target.addInitScript(
    `document.addEventListener('securitypolicyviolation', (event) =>
      console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile))`,
  );
  target.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  target.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  target.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname === '/graphql') {
      problems.push(
        `GraphQL answered ${response.status()} to ${response.request().postData()?.slice(0, 120)}`,
      );
    }
  });
}

beforeAll(async () => {
  api = await startTestApi({ demoData: true, admin: true });
  browser = await launchBrowser();
  context = await browser.newContext({
    baseURL: api.url,
    locale: 'en-GB',
    // Away from the events' zones, so "your time" differs from the event's.
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1280, height: 900 },
  });
  // A step that cannot happen fails in seconds, naming the element it waited for.
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  await watchForProblems(page);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function signIn(target: Page, email: string, password: string) {
  await target.goto('/admin/sign-in');
  await target.getByLabel('Email').fill(email);
  await target.getByLabel('Password').fill(password);
  await target.getByRole('button', { name: 'Sign in' }).click();
  await target.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
}

describe('signing in', () => {
  it('refuses a wrong password where the form is', async () => {
    await page.goto('/admin/');
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'The email or password is not right',
    );
  });

  it('signs in, keeps the session over a reload, and signs out', async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    // The heading comes first; the list follows when its query answers.
    await page.getByRole('link', { name: /Korea Peace Now!/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Chorus' }).waitFor();
    await page.goto('/admin/campaigns');
    await page.getByRole('heading', { name: 'Sign in to Chorus' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
  });
});

describe('campaigns', () => {
  it('creates a campaign with texts in two languages, invites a partner who is accepted, and adds an appeal', async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('link', { name: 'New campaign' }).click();
    await page.getByRole('heading', { name: 'New campaign', level: 1 }).waitFor();
    const english = page.getByRole('group', { name: /English/ });
    await english.getByLabel('Title').fill('Peace Walk 2027');
    await english.getByLabel('Summary').fill('Women walk across the DMZ again.');
    const korean = page.getByRole('group', { name: /Korean/ });
    await korean.getByLabel('Title').fill('평화 걷기 2027');
    await korean.getByLabel('Summary').fill('여성들이 다시 비무장지대를 걷습니다.');
    await expect(page.getByLabel('Address name (slug)').inputValue()).resolves.toBe('peace-walk-2027');
    await page.getByLabel('Lead organisation').selectOption({ label: 'Women Cross DMZ' });
    await page.getByRole('button', { name: 'Create' }).click();

    await page.getByRole('heading', { name: 'Peace Walk 2027', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/campaigns/peace-walk-2027');
    await expect(page.getByRole('status').first().textContent()).resolves.toContain(
      'The campaign is created',
    );

    await page
      .getByLabel('Organisation', { exact: true })
      .selectOption({ label: "Nobel Women's Initiative" });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const partnerRow = page.getByRole('row', { name: /Nobel Women's Initiative/ });
    await partnerRow.getByText('Invited').waitFor();
    await partnerRow.getByRole('button', { name: 'Accept' }).click();
    await partnerRow.getByText('Active').waitFor();

    await page.getByRole('link', { name: 'New appeal' }).click();
    await page.getByRole('heading', { name: /New appeal in Peace Walk 2027/ }).waitFor();
    const appealEnglish = page.getByRole('group', { name: /English/ });
    await appealEnglish.getByLabel('Title').fill('Walk with us');
    await appealEnglish.getByLabel('Addressed to').fill('The governments of North and South Korea');
    await appealEnglish.getByLabel('Text of the appeal').fill('Open the border for a day of peace.');
    await appealEnglish.getByLabel('Consent text').fill('Women Cross DMZ may email me about the walk.');
    await page.getByLabel('Goal').fill('5000');
    await page.getByLabel('Postcode').selectOption({ label: 'Asked, required' });
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Walk with us', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Open for signatures' }).click();
    await page.getByRole('button', { name: 'Close' }).waitFor();

    const admin = await api.signIn(ADMIN.email, ADMIN.password);
    const stored = await admin.graphql<{
      campaign: {
        title: string;
        partners: { edges: { node: { status: string; organisation: { slug: string } } }[] };
        appeals: { edges: { node: { slug: string; status: string; goal: number; postcodeField: string } }[] };
      };
    }>(
      `{ campaign(slug: "peace-walk-2027") { title(locale: "ko")
          partners { edges { node { status organisation { slug } } } }
          appeals { edges { node { slug status goal postcodeField } } } } }`,
    );
    const campaign = stored.body.data?.campaign;
    expect(campaign?.title).toBe('평화 걷기 2027');
    expect(campaign?.partners.edges.map((edge) => edge.node)).toEqual([
      { status: 'ACTIVE', organisation: { slug: 'women-cross-dmz' } },
      { status: 'ACTIVE', organisation: { slug: 'nobel-womens-initiative' } },
    ]);
    expect(campaign?.appeals.edges.map((edge) => edge.node)).toEqual([
      { slug: 'walk-with-us', status: 'OPEN', goal: 5000, postcodeField: 'REQUIRED' },
    ]);
  });

  it("shows an invited organisation's owner the invitations on the start page, to accept or decline", async () => {
    const db = api.database.db;
    await aMember(db, {
      email: 'owner@kwmp.example.org',
      password: 'a password for kwmp',
      organisation: 'korean-womens-movement-for-peace',
      role: 'owner',
    });
    await aCampaign(db, 'winter-letters', { lead: 'wilpf', status: 'draft' });
    const admin = await api.signIn(ADMIN.email, ADMIN.password);
    for (const [campaignSlug, role] of [
      ['peace-walk-2027', 'PARTNER'],
      ['winter-letters', 'SUPPORTER'],
    ]) {
      const { body } = await admin.graphql<{ invitePartner: { __typename: string } }>(
        `mutation ($input: InvitePartnerInput!) { invitePartner(input: $input) { __typename } }`,
        { input: { campaignSlug, organisationSlug: 'korean-womens-movement-for-peace', role } },
      );
      expect(body.data?.invitePartner.__typename).toBe('Partnership');
    }

    const ownerContext = await browser.newContext({ baseURL: api.url, locale: 'en-GB' });
    ownerContext.setDefaultTimeout(10_000);
    const owner = await ownerContext.newPage();
    await watchForProblems(owner);
    await signIn(owner, 'owner@kwmp.example.org', 'a password for kwmp');
    const waiting = owner.getByRole('region', { name: 'Invitations waiting for you' });
    const walk = waiting.getByRole('listitem', { name: 'Peace Walk 2027' });
    await walk
      .getByText("Women Cross DMZ invites Korean Women's Movement for Peace to take part as Partner.")
      .waitFor();
    await walk.getByText('Sent by Administrator.').waitFor();
    await walk.getByRole('button', { name: 'Accept' }).click();
    await owner.getByText("Korean Women's Movement for Peace now takes part in Peace Walk 2027.").waitFor();
    await walk.waitFor({ state: 'detached' });

    const letters = waiting.getByRole('listitem', { name: 'Campaign winter-letters' });
    await letters.getByRole('button', { name: 'Decline' }).click();
    const dialog = owner.getByRole('dialog');
    await dialog
      .getByRole('heading', { name: 'Decline the invitation to Campaign winter-letters?' })
      .waitFor();
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await owner.getByText('The invitation to Campaign winter-letters is declined.').waitFor();
    await waiting.waitFor({ state: 'detached' });
    await ownerContext.close();

    interface Partners {
      partners: { edges: { node: { status: string; organisation: { slug: string } } }[] };
    }
    const { body } = await admin.graphql<{ walk: Partners; letters: Partners }>(
      `{ walk: campaign(slug: "peace-walk-2027") { partners { edges { node { status organisation { slug } } } } }
         letters: campaign(slug: "winter-letters") { partners { edges { node { status organisation { slug } } } } } }`,
    );
    const statusOf = (campaign: Partners | undefined) =>
      campaign?.partners.edges.find(
        (edge) => edge.node.organisation.slug === 'korean-womens-movement-for-peace',
      )?.node.status;
    expect(statusOf(body.data?.walk)).toBe('ACTIVE');
    expect(statusOf(body.data?.letters)).toBe('LEFT');
  });

  it('shows the problem beside the field when the texts are missing', async () => {
    await page.goto('/admin/campaigns/new');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText(/Add a translation in at least one locale/).waitFor();
  });
});

describe('organisation settings', () => {
  it('creates an API key whose secret is shown once and works, then revokes it', async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByLabel('Switch organisation').selectOption({ label: 'Women Cross DMZ' });
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
    await page.getByLabel('Name').fill('CRM sync');
    await page.getByLabel(/Read supporters/).check();
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = (await page.getByTestId('api-key-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^chorus_pk_\w+_\w+$/);

    const asKey = api.client({ authorization: `Bearer ${secret}` });
    const viewer = await asKey.graphql<{ viewer: { apiKey: { name: string; scopes: string[] } } }>(
      '{ viewer { apiKey { name scopes } } }',
    );
    expect(viewer.body.data?.viewer.apiKey).toEqual({
      name: 'CRM sync',
      scopes: ['CAMPAIGNS_READ', 'SUPPORTERS_READ'],
    });

    await page.getByRole('button', { name: 'I have stored the key' }).click();
    await expect(page.getByTestId('api-key-secret').count()).resolves.toBe(0);
    const row = page.getByRole('row', { name: /CRM sync/ });
    await row.getByText('Active').waitFor();
    await row.getByRole('button', { name: 'Revoke CRM sync' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke “CRM sync”?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await row.getByText('Active').waitFor();
    await row.getByRole('button', { name: 'Revoke CRM sync' }).click();
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await row.getByText('Revoked').waitFor();
    const refused = await asKey.graphql('{ viewer { kind } }');
    expect(refused.status).toBe(401);
  });

  it('lists the audit trail of the organisation, filtered by kind of action', async () => {
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByLabel('Action', { exact: true }).selectOption({ label: 'API keys' });
    // The unfiltered list also starts with api_key.revoked: wait for the filtered answer itself.
    await expect
      .poll(() => page.locator('tbody td code').allTextContents(), { timeout: 10_000 })
      .toEqual(['api_key.revoked', 'api_key.created']);
  });

  it('invites a member, whose invitation waits in the outbox', async () => {
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByLabel('Email address').fill('organiser@womencrossdmz.example');
    await page.getByLabel('Role').selectOption({ label: 'Editor' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(/Invitation sent to organiser@womencrossdmz.example as Editor/).waitFor();
    await page
      .getByRole('row', { name: /organiser@womencrossdmz.example/ })
      .getByText('Editor')
      .waitFor();
    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.getByLabel('To', { exact: true }).fill('organiser@womencrossdmz.example');
    await page.getByLabel('To', { exact: true }).press('Enter');
    const mail = page.locator('.messages li').first();
    await mail
      .getByText(/Women Cross DMZ/)
      .first()
      .waitFor();
    await mail.locator('summary').click();
    await expect(mail.locator('pre').textContent()).resolves.toContain('/admin/accept-invitation?token=');

    await page.getByRole('link', { name: 'Members' }).click();
    const invitation = page.getByRole('row', { name: /organiser@womencrossdmz.example/ });
    await invitation.getByRole('button', { name: /Withdraw/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Withdraw' }).click();
    await page.getByText('The invitation to organiser@womencrossdmz.example is withdrawn.').waitFor();
    await page.getByText('No invitation is waiting.').waitFor();
  });
});

describe('signatures', () => {
  const signers = [
    { name: 'Kim Min-ji', email: 'minji@example.org', country: 'KR', partnerSlug: 'women-cross-dmz' },
    { name: 'Sato Yumi', email: 'yumi@spam.example', country: 'JP' },
    { name: 'Jane "JD" Doe', email: 'jane@example.org', country: 'US', comment: 'For peace,\nnow.' },
  ];

  beforeAll(async () => {
    for (const signer of signers) {
      const { body } = await api.graphql<{ signAppeal: { __typename: string } }>(
        `mutation ($input: SignAppealInput!) { signAppeal(input: $input) { __typename } }`,
        {
          input: {
            appealSlug: 'korea-peace-appeal',
            locale: 'en',
            consentToLead: true,
            consentVersion: '2026-11-v1',
            fillMs: 5000,
            ...signer,
          },
        },
      );
      expect(body.data?.signAppeal.__typename).toBe('SignAppealSuccess');
    }
  });

  it('shows the signatures signed through the API, filters them, and marks one invalid', async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('link', { name: 'Signatures' }).click();
    await page
      .getByLabel('Campaign', { exact: true })
      .selectOption({ label: 'Korea Peace Now! Women Mobilizing to End the War' });
    await page.getByLabel('Appeal', { exact: true }).selectOption({ index: 1 });
    await page.getByRole('cell', { name: 'minji@example.org' }).waitFor();
    expect(new URL(page.url()).searchParams.get('appeal')).toBe('korea-peace-appeal');
    const emails = await page.locator('table.signatures tbody td.email').allTextContents();
    expect(emails.map((email) => email.trim())).toEqual([
      'jane@example.org',
      'yumi@spam.example',
      'minji@example.org',
    ]);
    await expect(page.getByRole('row', { name: /minji@example.org/ }).textContent()).resolves.toContain(
      'Women Cross DMZ',
    );

    await page.getByLabel('Email address').fill('YUMI@spam.example');
    await page.getByLabel('Email address').press('Enter');
    await page.getByRole('cell', { name: 'jane@example.org' }).waitFor({ state: 'detached' });
    await expect(page.locator('table.signatures tbody td.email').allTextContents()).resolves.toEqual([
      'yumi@spam.example',
    ]);
    await page.getByRole('button', { name: 'Details of the signature by Sato Yumi' }).click();
    await page.getByLabel('Reason', { exact: true }).fill('a test signature');
    await page.getByRole('button', { name: 'Mark invalid' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mark invalid' }).click();
    await page.getByText('The signature of Sato Yumi is marked invalid.').waitFor();
    await page
      .getByRole('row', { name: /yumi@spam.example/ })
      .getByText('Invalid')
      .waitFor();
  });

  it('previews a bulk invalidation by mail domain before anything changes', async () => {
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Mail domain').fill('example.org');
    await expect(
      page.getByTestId('bulk-preview').getByText('2 signatures match').waitFor(),
    ).resolves.toBeUndefined();
    await page.getByLabel('Mail domain').fill('spam.example');
    await page.getByTestId('bulk-preview').getByText('No valid signature matches.').waitFor();
  });

  it('exports every signature as CSV, with progress, and the file holds the rows', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('korea-peace-appeal-signatures.csv');
    await expect(page.getByTestId('export-done').textContent()).resolves.toContain('Exported 3 rows.');
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    const [header, ...rows] = csv.trimEnd().split(/\r?\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(header?.split(',').slice(0, 5)).toEqual([
      '"id"',
      '"status"',
      '"suspect_reason"',
      '"name"',
      '"email"',
    ]);
    expect(rows).toHaveLength(3);
    expect(csv).toContain('"Jane ""JD"" Doe","jane@example.org"');
    expect(csv).toContain('"For peace,\nnow."');
    expect(rows.find((row) => row.includes('yumi@spam.example'))).toMatch(/^"[0-9a-f-]{36}","invalid",/);
  });
});

describe('insight', () => {
  it('generates the embed code with a live preview of the real widget, and keeps the allowed sites', async () => {
    await page.goto('/admin/appeals/korea-peace-appeal');
    const card = page.locator('section.embed');
    await card.getByLabel('Brought in by').selectOption({ label: 'Women Cross DMZ' });
    await card.getByLabel('Language').selectOption('ko');
    await card.getByLabel('Theme').selectOption('dark');
    const code = await card.getByLabel('Code to paste into the page').inputValue();
    expect(code).toBe(
      `<script src="${api.url}/widget.js" async></script>\n<chorus-appeal appeal="korea-peace-appeal" partner="women-cross-dmz" lang="ko" theme="dark"></chorus-appeal>`,
    );
    // The preview is the widget itself, in Korean, with the partner's consent box.
    const preview = card.getByTestId('embed-preview');
    await preview.getByRole('heading', { name: '한반도 평화 호소: 한국전쟁을 끝냅시다' }).waitFor();
    await preview.getByText('Women Cross DMZ의 소식도 받겠습니다.').waitFor();

    const origins = card.getByLabel('Sites that may embed this appeal');
    await origins.fill('www.wilpf.org');
    await card.getByRole('button', { name: 'Save' }).click();
    await card
      .getByRole('alert')
      .getByText(/origin/i)
      .waitFor();
    await origins.fill('https://www.wilpf.org\nhttps://womencrossdmz.org');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByText('The list of sites is saved.').waitFor();
    const { body } = await api.graphql<{ appeal: { allowedEmbedOrigins: string[] } }>(
      `{ appeal(slug: "korea-peace-appeal") { allowedEmbedOrigins } }`,
    );
    expect(body.data?.appeal.allowedEmbedOrigins).toEqual([
      'https://www.wilpf.org',
      'https://womencrossdmz.org',
    ]);
    // Back to any site, as the rest of this run expects.
    await origins.fill('');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByText('Any site may embed this appeal.').waitFor();
  });

  it('shows the opt-in funnel and the countries as charts with their numbers in tables', async () => {
    // Two of the signatures confirmed, one brought in by a partner and one by none, and folded into
    // the buckets as the aggregator of a running server would.
    const db = api.database.db;
    await sql`update signatures set status = 'confirmed', confirmed_at = now()
      where status = 'pending' and appeal_id = (select id from appeals where slug = 'korea-peace-appeal')`.execute(
      db,
    );
    await recountSignatures(db, null);
    const statsRequests: string[] = [];
    const countStats = (request: Request) => {
      const body = request.postData() ?? '';
      if (new URL(request.url()).pathname === '/graphql' && body.includes('appealStats')) {
        statsRequests.push(body);
      }
    };
    page.on('request', countStats);
    await page.goto('/admin/insight?appeal=korea-peace-appeal');
    await page.getByRole('heading', { name: 'Opt-in funnel' }).waitFor();
    const funnel = page.getByRole('region', { name: 'Opt-in funnel' });
    await expect(funnel.getByRole('row', { name: /Submitted/ }).textContent()).resolves.toMatch(
      /Submitted\s*2/,
    );
    await expect(funnel.getByRole('row', { name: /Invalid/ }).textContent()).resolves.toMatch(/Invalid\s*1/);
    await expect(page.locator('canvas').count()).resolves.toBeGreaterThanOrEqual(2);
    await page.getByRole('heading', { name: 'Confirmed signatures over time, by partner' }).waitFor();
    await page.getByText('Show the numbers').click();
    await page.getByRole('columnheader', { name: 'Date' }).waitFor();
    const timeline = page.getByRole('region', { name: 'Confirmed signatures over time, by partner' });
    const texts = async (cells: Locator) => (await cells.allTextContents()).map((text) => text.trim());
    await expect(texts(timeline.getByRole('columnheader'))).resolves.toEqual([
      'Date',
      'Women Cross DMZ',
      'No partner',
      'Total',
    ]);
    await expect(texts(timeline.locator('tbody tr').last().locator('td'))).resolves.toEqual(['1', '1', '2']);
    // The series by partner come with the rest of the figures, not one request per partner.
    page.off('request', countStats);
    expect(statsRequests).toHaveLength(1);
  });
});

describe('events', () => {
  it('schedules an event at its local time in its own zone, showing the viewer theirs', async () => {
    await page.goto('/admin/events');
    await page
      .getByLabel('Campaign', { exact: true })
      .selectOption({ label: 'Korea Peace Now! Women Mobilizing to End the War' });
    await page.getByRole('link', { name: 'New event' }).click();
    await page
      .getByRole('group', { name: /English/ })
      .getByLabel('Title')
      .fill('Candlelight vigil');
    await page.getByLabel('Time zone of the event').fill('Asia/Seoul');
    await page.getByLabel('Starts').fill('2027-03-01T19:00');
    await page.getByLabel('Ends').fill('2027-03-01T21:00');
    await page
      .locator('#event-starts-times')
      .getByText(/For you \(Europe\/Berlin\): .*11:00/)
      .waitFor();
    await page.getByLabel('Venue').fill('Gwanghwamun Square');
    await page.getByLabel('Address').fill('Sejong-daero, Jongno-gu, Seoul');
    await page.getByLabel('Capacity').fill('2');
    await page.getByRole('button', { name: 'Create' }).click();

    await page.getByRole('heading', { name: 'Candlelight vigil', level: 1 }).waitFor();
    const when = page.getByRole('region', { name: 'When' });
    await expect(when.textContent()).resolves.toMatch(/Event time \(Asia\/Seoul\).*7:00.*9:00/s);
    await expect(when.textContent()).resolves.toMatch(/Your time \(Europe\/Berlin\).*11:00.*1:00/s);
  });

  it('lists the people registered through the API, with the waiting list, and checks one in', async () => {
    const eventId = decodeURIComponent(new URL(page.url()).pathname.split('/')[3] ?? '');
    for (const name of ['Park Ji-woo', 'Lee Soo-ah', 'Choi Min-seo']) {
      const { body } = await api.graphql<{ rsvpEvent: { __typename: string } }>(
        `mutation ($input: RsvpEventInput!) { rsvpEvent(input: $input) { __typename } }`,
        {
          input: {
            eventId,
            name,
            email: `${name.split(' ')[0]?.toLowerCase()}@example.org`,
            locale: 'ko',
            consentToLead: true,
          },
        },
      );
      expect(body.data?.rsvpEvent.__typename).toBe('RsvpEventSuccess');
    }
    await page.reload();
    await page.getByRole('cell', { name: 'Choi Min-seo' }).waitFor();
    await expect(page.getByRole('row', { name: /Choi Min-seo/ }).textContent()).resolves.toContain(
      'Waiting list',
    );
    await page.getByRole('button', { name: 'Check in Park Ji-woo' }).click();
    const checkedIn = page.getByRole('button', { name: '✓ Checked in Park Ji-woo' });
    await expect(checkedIn.getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it("shows the API's refusal of a field in the dashboard's language, switching with it", async () => {
    // Two people have a place at the event of the test above: its capacity cannot go below 2.
    await page.goto(`${new URL(page.url()).pathname}/edit`);
    await page.getByLabel('Capacity').fill('1');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const problem = page.locator('#event-capacity-problem');
    await problem.getByText('2 people are registered, so the capacity cannot be less than 2.').waitFor();

    await page.getByLabel('Language', { exact: true }).selectOption('ko');
    await page.getByRole('button', { name: '변경 사항 저장' }).click();
    await problem.getByText('2명이 등록되어 있어 정원을 2명보다 줄일 수 없습니다.').waitFor();
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain(
      'capacity: 2명이 등록되어 있어',
    );
    // The language is kept in the browser: back to English for the tests that follow.
    await page.getByLabel('언어', { exact: true }).selectOption('en');
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
  });
});

describe('accessibility', () => {
  // axe-core's own source, evaluated in the page through the DevTools protocol, which the page's
  // Content-Security-Policy does not govern (an injected <script> tag would be refused).
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  interface AxeViolation {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: string[] }[];
  }

  async function seriousViolations(path: string, ready: string): Promise<string[]> {
    await page.goto(path);
    await page.getByRole('heading', { name: ready, level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(axeSource);
    const violations = (await page.evaluate(
      `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations)`,
    )) as AxeViolation[];
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${path}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
  }

  it('finds no serious or critical violations on the main pages', async () => {
    const eventPath = new URL(page.url()).pathname;
    const pages: [string, string][] = [
      ['/admin/campaigns', 'Campaigns'],
      ['/admin/campaigns/korea-peace-now', 'Korea Peace Now! Women Mobilizing to End the War'],
      ['/admin/campaigns/new', 'New campaign'],
      ['/admin/appeals/korea-peace-appeal', 'Korea Peace Appeal: end the Korean War'],
      ['/admin/signatures?appeal=korea-peace-appeal', 'Signatures'],
      ['/admin/insight?appeal=korea-peace-appeal', 'Insight'],
      ['/admin/events?campaign=korea-peace-now', 'Events'],
      [eventPath, 'Candlelight vigil'],
      ['/admin/organisation/members', 'Members'],
      ['/admin/organisation/api-keys', 'API keys'],
      ['/admin/organisation/audit-log', 'Audit log'],
      ['/admin/outbox', 'Outbox'],
    ];
    const found: string[] = [];
    for (const [path, heading] of pages) found.push(...(await seriousViolations(path, heading)));
    await page.getByRole('button', { name: 'Sign out' }).click();
    found.push(...(await seriousViolations('/admin/sign-in', 'Sign in to Chorus')));
    expect(found).toEqual([]);
  }, 120_000);
});

describe('all along', () => {
  it('had no script errors, CSP violations or refused GraphQL requests', () => {
    expect(problems).toEqual([]);
  });
});
