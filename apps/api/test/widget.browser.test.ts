// The widget in a real browser, embedded the way partners embed it: a page on another origin (a
// small local server standing in for a partner's site, with CSS that tries to break everything)
// loads widget.js from the API. Mail goes to a real SMTP server through the background jobs, so
// the whole path runs: sign in Korean, confirmation mail, confirmation page, public count.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { canonicalEmail } from '@chorus/domain';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackgroundWork, type BackgroundWork } from '../src/jobs.js';
import { smtpTransport } from '../src/modules/mail/mail-sender.js';
import { launchBrowser } from './browser.js';
import { ADMIN, startTestApi, TEST_SECRETS, type TestApi } from './harness.js';
import { startSmtpCatcher, type SmtpCatcher } from './smtp-catcher.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CONSENT_KO = '코리아 피스 나우!와 이 캠페인을 함께하는 단체들의 소식을 받겠습니다.';

/**
 * The page's globals as the functions run inside the browser use them. This file is compiled
 * without the DOM library, so each such function reads them through `globalThis as unknown as InPage`.
 */
interface InPageElement {
  id: string;
  textContent: string | null;
  /** The widget's open shadow root (the only element whose root these functions read). */
  shadowRoot: { activeElement: InPageElement | null; querySelector(selector: string): InPageElement };
  getAttribute(name: string): string | null;
}
interface AxeRule {
  id: string;
  nodes: unknown[];
}
interface InPage {
  document: { querySelector(selector: string): InPageElement; dispatchEvent(event: unknown): boolean };
  Event: new (type: string) => unknown;
  getComputedStyle(element: InPageElement): { display: string; fontSize: string; color: string };
  chorusEvents: { type: string; detail: Record<string, unknown> }[];
  axe: { run(context: unknown): Promise<{ violations: AxeRule[]; passes: AxeRule[] }> };
}

let api: TestApi;
let smtp: SmtpCatcher;
let jobs: BackgroundWork;
let transport: ReturnType<typeof smtpTransport>;
let host: Server;
let hostUrl: string;
let browser: Browser;
let context: BrowserContext;

/** A partner's page: hostile CSS, the embed code, and a log of the widget's events. */
function partnerPage(apiUrl: string, appeal: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Women Cross DMZ: sign the appeal</title>
    <style>
      * { all: unset }
      form { display: none }
      label, button, input { display: none; color: red }
      chorus-appeal { display: inline; font-size: 40px; color: red; background: yellow }
    </style>
  </head>
  <body>
    <h1>Sign the Korea Peace Appeal</h1>
    <chorus-appeal appeal="${appeal}" partner="women-cross-dmz" lang="ko"></chorus-appeal>
    <script>
      window.chorusEvents = [];
      for (const type of ['chorus:signed', 'chorus:error'])
        document.addEventListener(type, (event) => window.chorusEvents.push({ type, detail: event.detail }));
    </script>
    <script src="${apiUrl}/widget.js" async></script>
  </body>
</html>`;
}

beforeAll(async () => {
  [api, smtp] = await Promise.all([
    // The browser fills a form faster than any person could; the widget still measures and sends
    // the time, which the server checks is a real number.
    startTestApi({ demoData: true, admin: true, signingLimits: { minFillMs: 0 } }),
    startSmtpCatcher(),
  ]);
  transport = smtpTransport(smtp.url);
  jobs = startBackgroundWork({
    db: api.database.db,
    log: api.app.log,
    secrets: TEST_SECRETS,
    publicUrl: api.url,
    mail: { transport, from: 'Korea Peace Now! <campaigns@example.org>' },
    countEveryMs: 200,
    mailEveryMs: 200,
    retentionMonths: 24,
  });
  host = createServer((request, response) => {
    const appeal = new URL(request.url ?? '/', 'http://host').searchParams.get('appeal') ?? '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(partnerPage(api.url, /^[a-z0-9-]+$/.test(appeal) ? appeal : 'korea-peace-appeal'));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  // localhost and 127.0.0.1 are different sites: the widget really runs cross-origin.
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1000, height: 1400 } });
  context.setDefaultTimeout(10_000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await jobs?.stop();
  transport?.close();
  await new Promise((resolve) => host?.close(resolve));
  await Promise.all([api?.close(), smtp?.close()]);
});

async function openPartnerPage(query = ''): Promise<{ page: Page; pageErrors: Error[] }> {
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(`${hostUrl}/sign${query}`);
  await page
    .locator('chorus-appeal')
    .getByRole('heading', { name: '한반도 평화 호소: 한국전쟁을 끝냅시다' })
    .waitFor();
  return { page, pageErrors };
}

async function fillForm(page: Page, email: string) {
  const widget = page.locator('chorus-appeal');
  await widget.getByLabel('이름').fill('김민지');
  await widget.getByLabel('이메일').fill(email);
  await widget.getByLabel('국가').selectOption('KR');
  await widget.getByLabel(CONSENT_KO).check();
}

/** The widget signs through the signing route, not GraphQL. */
const SIGN_ROUTE = `**/appeals/*/signatures`;

function isSignRequest(request: Request): boolean {
  return request.method() === 'POST' && /\/appeals\/[^/]+\/signatures$/.test(request.url());
}

async function signaturesOf(email: string) {
  return api.database.db
    .selectFrom('signatures')
    .select(['status', 'locale', 'utm', 'referrer', 'consent_to_lead', 'consent_to_partner'])
    .where('email_index', '=', TEST_SECRETS.emailIndex(canonicalEmail(email)))
    .execute();
}

async function mailsTo(email: string) {
  return api.database.db
    .selectFrom('outbox_messages')
    .select('kind')
    .where('to_address', '=', email)
    .execute();
}

/** The subject and plain text of the mail the SMTP server received for this address. */
function mailTo(email: string): { subject: string; text: string } {
  const raw = smtp.mails.find((mail) => mail.to.includes(email))?.raw ?? '';
  const headers = (raw.split(/\r?\n\r?\n/)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
  const subject = (/^Subject: (.*)$/m.exec(headers)?.[1] ?? '')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_match, encoded: string) =>
      Buffer.from(encoded, 'base64').toString('utf8'),
    );
  const body =
    /Content-Type: text\/plain; charset=utf-8\r?\nContent-Transfer-Encoding: base64\r?\n\r?\n([\w+/=\r\n]+)/.exec(
      raw,
    )?.[1];
  return { subject, text: Buffer.from(body ?? '', 'base64').toString('utf8') };
}

async function events(page: Page) {
  return page.evaluate(() => (globalThis as unknown as InPage).chorusEvents);
}

/** What has the focus inside the widget: an element's id, name or text. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as InPage;
    const active = document.querySelector('chorus-appeal').shadowRoot.activeElement;
    return active ? active.id || active.getAttribute('name') || active.textContent : null;
  });
}

describe('the widget on a partner’s page', () => {
  it('is untouched by the page’s CSS', async () => {
    const { page, pageErrors } = await openPartnerPage();
    const looks = await page.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as InPage;
      const element = document.querySelector('chorus-appeal');
      const style = (selector: string) => getComputedStyle(element.shadowRoot.querySelector(selector));
      return {
        host: getComputedStyle(element).display,
        fontSize: style('[part=container]').fontSize,
        color: style('[part=container]').color,
        form: style('form').display,
        label: style('label').display,
        button: style('button[type=submit]').display,
      };
    });
    expect(looks).toEqual({
      host: 'block',
      fontSize: '16px',
      color: 'rgb(26, 26, 26)',
      form: 'block',
      label: 'block',
      button: 'inline-block',
    });
    await expect(
      page.locator('chorus-appeal').getByRole('button', { name: '서명하기' }).isVisible(),
    ).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('takes a signature in Korean with its attribution; the mail confirms it and the count on the page moves', async () => {
    const { page, pageErrors } = await openPartnerPage('?utm_source=newsletter&utm_campaign=armistice-day');
    const widget = page.locator('chorus-appeal');
    await expect(widget.locator('[part=count]').textContent()).resolves.toBe('0명 서명');
    await fillForm(page, 'minji@example.org');
    await widget.getByLabel('Women Cross DMZ의 소식도 받겠습니다.').check();
    const sent = page.waitForRequest(isSignRequest);
    await widget.getByRole('button', { name: '서명하기' }).click();
    const thanks = widget.getByRole('heading', { name: '서명해 주셔서 감사합니다!' });
    await thanks.waitFor();
    // Keyboard and screen reader users land on the result.
    expect(await focused(page)).toBe('서명해 주셔서 감사합니다!');
    await expect(widget.locator('[part=thanks]').textContent()).resolves.toContain(
      'minji@example.org(으)로 이메일을 보냈습니다.',
    );
    await expect(widget.getByRole('link', { name: 'WhatsApp' }).getAttribute('href')).resolves.toBe(
      `https://wa.me/?text=${encodeURIComponent(`한반도 평화 호소: 한국전쟁을 끝냅시다 ${hostUrl}/sign`)}`,
    );

    const request = await sent;
    expect(request.url()).toBe(`${api.url}/appeals/korea-peace-appeal/signatures`);
    expect(request.headers()['accept-language']).toBe('ko');
    const input = JSON.parse(request.postData() ?? '{}');
    expect(input).toMatchObject({
      locale: 'ko',
      country: 'KR',
      partnerSlug: 'women-cross-dmz',
      consentToLead: true,
      consentToPartner: true,
      consentVersion: '2026-11-v1',
      honeypot: null,
    });
    expect(input.fillMs).toBeGreaterThan(0);
    expect(await signaturesOf('minji@example.org')).toEqual([
      {
        status: 'pending',
        locale: 'ko',
        utm: { source: 'newsletter', medium: null, campaign: 'armistice-day', content: null, term: null },
        referrer: `${hostUrl}/sign?utm_source=newsletter&utm_campaign=armistice-day`,
        consent_to_lead: true,
        consent_to_partner: true,
      },
    ]);
    expect(await events(page)).toEqual([
      {
        type: 'chorus:signed',
        detail: { appeal: 'korea-peace-appeal', partner: 'women-cross-dmz', confirmationRequired: true },
      },
    ]);

    // The confirmation mail reaches the signer's mailbox, in Korean, with its link.
    await expect
      .poll(() => smtp.mails.find((mail) => mail.to.includes('minji@example.org')), { timeout: 15_000 })
      .toBeDefined();
    const mail = mailTo('minji@example.org');
    expect(mail.subject).toBe('서명을 확인해 주세요: 한반도 평화 호소: 한국전쟁을 끝냅시다');
    const link = /(http:\/\/\S+\/confirm\?token=[0-9a-f]{64}&lang=ko)/.exec(mail.text)?.[1];
    expect(link).toBeDefined();

    // The signer opens the link and presses the button on the confirmation page.
    const mailbox = await context.newPage();
    await mailbox.goto(link ?? '');
    await mailbox.getByRole('button', { name: '서명 확인하기' }).click();
    await mailbox.getByText('서명이 확인되었습니다').waitFor();
    await mailbox.close();

    // The partner's page, still open, shows the new count at its next poll.
    await expect
      .poll(() => widget.locator('[part=count]').textContent(), { timeout: 45_000, interval: 1000 })
      .toBe('1명 서명');
    await expect(widget.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('1');
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 90_000);

  it('keeps what was typed when the connection fails, and sends it on retry', async () => {
    const { page } = await openPartnerPage();
    const widget = page.locator('chorus-appeal');
    await fillForm(page, 'offline@example.org');
    await page.route(SIGN_ROUTE, (route) =>
      isSignRequest(route.request()) ? route.abort('internetdisconnected') : route.continue(),
    );
    await widget.getByRole('button', { name: '서명하기' }).click();
    await widget.getByText('연결에 실패해 서명을 보내지 못했습니다.').waitFor();
    await expect(widget.getByLabel('이름').inputValue()).resolves.toBe('김민지');
    await expect(widget.getByLabel('이메일').inputValue()).resolves.toBe('offline@example.org');
    await expect(widget.getByLabel('국가').inputValue()).resolves.toBe('KR');
    await expect(widget.getByLabel(CONSENT_KO).isChecked()).resolves.toBe(true);
    expect(await signaturesOf('offline@example.org')).toEqual([]);
    expect((await events(page)).map((event) => [event.type, event.detail.stage])).toEqual([
      ['chorus:error', 'sign'],
    ]);

    await page.unroute(SIGN_ROUTE);
    await widget.getByRole('button', { name: '다시 시도' }).click();
    await widget.getByRole('heading', { name: '서명해 주셔서 감사합니다!' }).waitFor();
    expect(await signaturesOf('offline@example.org')).toHaveLength(1);
    await page.close();
  });

  it('sends a double click once', async () => {
    const { page } = await openPartnerPage();
    const widget = page.locator('chorus-appeal');
    await fillForm(page, 'double@example.org');
    let requests = 0;
    page.on('request', (request) => {
      if (isSignRequest(request)) requests++;
    });
    await widget.getByRole('button', { name: '서명하기' }).dblclick();
    await widget.getByRole('heading', { name: '서명해 주셔서 감사합니다!' }).waitFor();
    expect(requests).toBe(1);
    expect(await signaturesOf('double@example.org')).toHaveLength(1);
    // A second submission would have queued a second ("you have already signed") mail.
    expect(await mailsTo('double@example.org')).toEqual([{ kind: 'signature-confirmation' }]);
    await page.close();
  });

  it('shows the API’s own objections at the field they concern', async () => {
    const { page } = await openPartnerPage();
    const widget = page.locator('chorus-appeal');
    await fillForm(page, 'server-check@example.org');
    // The request is changed on its way (as an outdated copy of the rules might): the API's check
    // answers, in the widget's language.
    await page.route(SIGN_ROUTE, async (route) => {
      const request = route.request();
      if (!isSignRequest(request)) return route.continue();
      const body = JSON.parse(request.postData() ?? '{}');
      body.name = '=SUM(A1)';
      await route.continue({ postData: JSON.stringify(body) });
    });
    await widget.getByRole('button', { name: '서명하기' }).click();
    await widget.locator('#name-error').getByText('이름은 = + - @ 로 시작할 수 없습니다').waitFor();
    await expect(widget.getByLabel('이름').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(widget.locator('#result').textContent()).resolves.toBe('표시된 칸을 고쳐 주세요.');
    expect(await focused(page)).toBe('name');
    expect((await events(page)).map((event) => event.detail.reason)).toEqual(['ValidationError']);
    expect(await signaturesOf('server-check@example.org')).toEqual([]);
    await page.close();
  });

  it('refreshes the count at once when its tab becomes visible again', async () => {
    const { page } = await openPartnerPage();
    const setHidden = (hidden: boolean) =>
      page.evaluate((value) => {
        const { document, Event } = globalThis as unknown as InPage;
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    const polled = page.waitForRequest((request) =>
      request.url().endsWith('/appeals/korea-peace-appeal/count.json'),
    );
    await setHidden(false);
    const response = await (await polled).response();
    expect(response?.status()).toBe(200);
    await page.close();
  });

  it('shows problems at their fields, in Korean, before sending anything', async () => {
    const { page } = await openPartnerPage();
    const widget = page.locator('chorus-appeal');
    let requests = 0;
    page.on('request', (request) => {
      if (isSignRequest(request)) requests++;
    });
    await widget.getByLabel('이름').fill('www.spam.example');
    await widget.getByLabel('이메일').fill('min-ji@example');
    // The browser speaks Korean from Korea: the country is chosen already, and can be unset.
    await expect(widget.getByLabel('국가').inputValue()).resolves.toBe('KR');
    await widget.getByLabel('국가').selectOption('');
    await widget.getByRole('button', { name: '서명하기' }).click();
    await expect(widget.locator('#name-error').textContent()).resolves.toBe(
      '이름에 웹 주소를 넣을 수 없습니다.',
    );
    await expect(widget.locator('#email-error').textContent()).resolves.toBe(
      'name@example.org 같은 올바른 이메일 주소를 입력해 주세요.',
    );
    await expect(widget.locator('#country-error').textContent()).resolves.toBe('국가를 선택해 주세요.');
    await expect(widget.getByLabel('이름').getAttribute('aria-invalid')).resolves.toBe('true');
    // The first field with a problem takes the focus.
    expect(await focused(page)).toBe('name');
    expect(requests).toBe(0);
    await page.close();
  });

  it('can be used with the keyboard alone, in a sensible order', async () => {
    const { page } = await openPartnerPage();
    const order: (string | null)[] = [];
    for (let step = 0; step < 8; step++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    // The field hidden from people (the honeypot) is never reached.
    expect(order).toEqual(['name', 'email', 'country', 'postcode', 'comment', 'lead', 'partner', '서명하기']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    for (let step = 0; step < 5; step++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('name');
    await page.keyboard.type('Lee Soo-jin');
    await page.keyboard.press('Tab');
    await page.keyboard.type('soojin@example.org');
    await page.keyboard.press('Enter');
    await page.locator('chorus-appeal').getByRole('heading', { name: '서명해 주셔서 감사합니다!' }).waitFor();
    expect(await focused(page)).toBe('서명해 주셔서 감사합니다!');
    expect(await signaturesOf('soojin@example.org')).toMatchObject([{ consent_to_lead: true }]);
    await page.close();
  });

  it('has no accessibility violations that axe-core finds, with the form empty, with errors shown and in the dark theme', async () => {
    const { page } = await openPartnerPage();
    await page.addScriptTag({ content: AXE_SOURCE });
    const scan = () =>
      page.evaluate(async () => {
        const { axe } = globalThis as unknown as InPage;
        const results = await axe.run({ include: [['chorus-appeal']] });
        return {
          violations: results.violations.map((violation) => JSON.stringify(violation)),
          // What was looked at: the rules that matter most for a form, with the elements they checked.
          checked: Object.fromEntries(
            results.passes
              .filter((rule) =>
                ['label', 'color-contrast', 'button-name', 'aria-valid-attr-value'].includes(rule.id),
              )
              .map((rule) => [rule.id, rule.nodes.length > 0]),
          ),
        };
      });
    const everything = {
      label: true,
      'color-contrast': true,
      'button-name': true,
      'aria-valid-attr-value': true,
    };
    expect(await scan()).toEqual({ violations: [], checked: everything });
    await page.locator('chorus-appeal').getByRole('button', { name: '서명하기' }).click();
    await page.locator('chorus-appeal').locator('#name-error').getByText('이 칸을 입력해 주세요.').waitFor();
    expect(await scan()).toEqual({ violations: [], checked: everything });
    // The dark theme's colours have enough contrast too.
    await page.locator('chorus-appeal').evaluate((element) => element.setAttribute('theme', 'dark'));
    expect(await scan()).toEqual({ violations: [], checked: everything });
    await page.close();
  });

  it('shows markup in an appeal’s texts as text, and runs none of it', async () => {
    const admin = await api.signIn(ADMIN.email, ADMIN.password);
    const created = await admin.graphql<{ createAppeal: { __typename: string } }>(
      `mutation ($input: CreateAppealInput!) { createAppeal(input: $input) { __typename } }`,
      {
        input: {
          campaignSlug: 'korea-peace-now',
          slug: 'markup-appeal',
          status: 'OPEN',
          defaultLocale: 'ko',
          translations: [
            {
              locale: 'ko',
              title: '<b>평화</b><script>window.pwned = 1</script>',
              body: '첫 문단 <img src=x onerror="window.pwned = 2">\n\n둘째 문단 <a href="javascript:alert(1)">링크</a>',
              target: '<i>유엔</i>',
              consentText: '<u>소식</u> 받기',
            },
          ],
        },
      },
    );
    expect(created.body.data?.createAppeal.__typename).toBe('Appeal');
    const page = await context.newPage();
    await page.goto(`${hostUrl}/sign?appeal=markup-appeal`);
    const widget = page.locator('chorus-appeal');
    await widget.getByRole('heading', { name: '<b>평화</b><script>window.pwned = 1</script>' }).waitFor();
    await expect(widget.locator('[part=body] p').allTextContents()).resolves.toEqual([
      '첫 문단 <img src=x onerror="window.pwned = 2">',
      '둘째 문단 <a href="javascript:alert(1)">링크</a>',
    ]);
    await expect(widget.getByText('받는 곳: <i>유엔</i>').isVisible()).resolves.toBe(true);
    await expect(widget.getByLabel('<u>소식</u> 받기').isVisible()).resolves.toBe(true);
    await expect(widget.locator('img, script, b, i, u, [part=body] a').count()).resolves.toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
  });

  it('asks for what the appeal asks for: a required postcode, no comment', async () => {
    const admin = await api.signIn(ADMIN.email, ADMIN.password);
    const created = await admin.graphql<{ createAppeal: { __typename: string } }>(
      `mutation ($input: CreateAppealInput!) { createAppeal(input: $input) { __typename } }`,
      {
        input: {
          campaignSlug: 'korea-peace-now',
          slug: 'letters-to-representatives',
          status: 'OPEN',
          defaultLocale: 'ko',
          postcodeField: 'REQUIRED',
          commentField: 'HIDDEN',
          translations: [
            {
              locale: 'ko',
              title: '지역 의원에게 편지를',
              body: '우편번호로 지역 의원을 찾습니다.',
              target: '국회의원',
              consentText: CONSENT_KO,
            },
          ],
        },
      },
    );
    expect(created.body.data?.createAppeal.__typename).toBe('Appeal');
    const page = await context.newPage();
    await page.goto(`${hostUrl}/sign?appeal=letters-to-representatives`);
    const widget = page.locator('chorus-appeal');
    await widget.getByRole('heading', { name: '지역 의원에게 편지를' }).waitFor();
    const postcode = widget.getByLabel('우편번호', { exact: true });
    expect(await postcode.getAttribute('required')).toBe('');
    expect(await widget.locator('textarea').count()).toBe(0);
    await fillForm(page, 'letters@example.org');
    await widget.getByRole('button', { name: '서명하기' }).click();
    await widget.locator('#postcode-error').getByText('이 칸을 입력해 주세요.').waitFor();
    expect(await signaturesOf('letters@example.org')).toEqual([]);
    await postcode.fill('03172');
    await widget.getByRole('button', { name: '서명하기' }).click();
    await widget.getByRole('heading', { name: '서명해 주셔서 감사합니다!' }).waitFor();
    const [stored] = await signaturesOf('letters@example.org');
    expect(stored).toBeDefined();
    const sealed = await api.database.db
      .selectFrom('signatures')
      .select('postcode_sealed')
      .where('email_index', '=', TEST_SECRETS.emailIndex(canonicalEmail('letters@example.org')))
      .executeTakeFirstOrThrow();
    expect(TEST_SECRETS.open(sealed.postcode_sealed ?? '')).toBe('03172');
    await page.close();
  });

  it("shows a refusal only Chorus can make in the visitor's language", async () => {
    const admin = await api.signIn(ADMIN.email, ADMIN.password);
    const texts = {
      locale: 'ko',
      title: '동의 문구가 바뀌는 호소',
      body: '서명하는 동안 동의 문구가 바뀝니다.',
      target: '국회',
      consentText: CONSENT_KO,
    };
    const created = await admin.graphql<{ createAppeal: { id: string } }>(
      `mutation ($input: CreateAppealInput!) { createAppeal(input: $input) { ... on Appeal { id } } }`,
      {
        input: {
          campaignSlug: 'korea-peace-now',
          slug: 'changing-consent',
          status: 'OPEN',
          defaultLocale: 'ko',
          translations: [texts],
        },
      },
    );
    const page = await context.newPage();
    await page.goto(`${hostUrl}/sign?appeal=changing-consent`);
    const widget = page.locator('chorus-appeal');
    await widget.getByRole('heading', { name: texts.title }).waitFor();
    // The campaign rewrites its consent text while the visitor fills in the form.
    const updated = await admin.graphql<{ updateAppeal: { consentVersion: string } }>(
      `mutation ($input: UpdateAppealInput!) { updateAppeal(input: $input) { ... on Appeal { consentVersion } } }`,
      {
        input: {
          id: created.body.data?.createAppeal.id,
          translations: [{ ...texts, consentText: `${CONSENT_KO} 이메일은 언제든 끊을 수 있습니다.` }],
        },
      },
    );
    expect(updated.body.data?.updateAppeal.consentVersion).toBe('v2');
    await fillForm(page, 'changed-consent@example.org');
    await widget.getByRole('button', { name: '서명하기' }).click();
    await widget
      .getByRole('alert')
      .getByText('이 양식을 연 뒤 동의 문구가 바뀌었습니다(현재 v2). 다시 불러와 서명해 주세요')
      .waitFor();
    expect(await signaturesOf('changed-consent@example.org')).toEqual([]);
    await page.close();
  });

  it('tells the visitor when the appeal does not allow this site, and nothing is stored', async () => {
    const admin = await api.signIn(ADMIN.email, ADMIN.password);
    // Another appeal of the campaign stays open to every site, so this page may still call the API;
    // the demo appeal now allows only the lead organisation's own site.
    const created = await admin.graphql<{ createAppeal: { __typename: string } }>(
      `mutation ($input: CreateAppealInput!) { createAppeal(input: $input) { __typename } }`,
      {
        input: {
          campaignSlug: 'korea-peace-now',
          slug: 'korea-peace-pledge',
          status: 'OPEN',
          defaultLocale: 'en',
          translations: [
            {
              locale: 'en',
              title: 'Pledge',
              body: 'I pledge.',
              target: 'Everyone',
              consentText: 'Keep me posted',
            },
          ],
        },
      },
    );
    expect(created.body.data?.createAppeal.__typename).toBe('Appeal');
    const { body } = await admin.graphql<{ appeal: { id: string } }>(
      `{ appeal(slug: "korea-peace-appeal") { id } }`,
    );
    const updated = await admin.graphql<{ updateAppeal: { allowedEmbedOrigins: string[] } }>(
      `mutation ($input: UpdateAppealInput!) { updateAppeal(input: $input) { ... on Appeal { allowedEmbedOrigins } } }`,
      { input: { id: body.data?.appeal.id, allowedEmbedOrigins: ['https://www.wilpf.org'] } },
    );
    expect(updated.body.data?.updateAppeal.allowedEmbedOrigins).toEqual(['https://www.wilpf.org']);

    const { page, pageErrors } = await openPartnerPage();
    const widget = page.locator('chorus-appeal');
    await fillForm(page, 'elsewhere@example.org');
    await widget.getByRole('button', { name: '서명하기' }).click();
    await widget
      .getByRole('alert')
      .getByText('이 사이트에서는 이 호소문에 서명할 수 없습니다. 캠페인 공식 웹사이트에서 서명해 주세요.')
      .waitFor();
    expect(await signaturesOf('elsewhere@example.org')).toEqual([]);
    expect((await events(page)).map((event) => [event.type, event.detail.reason])).toEqual([
      ['chorus:error', 'EmbedOriginNotAllowedError'],
    ]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('the demo page', () => {
  it('shows the appeal in the language chosen on the page, and compact, keeping what was typed', async () => {
    const page = await context.newPage();
    await page.goto(`${api.url}/`);
    const widget = page.locator('chorus-appeal');
    await widget.getByRole('heading', { name: 'Korea Peace Appeal: end the Korean War' }).waitFor();
    await widget.getByLabel('Name').fill('Tanaka Yuki');
    await page.getByRole('button', { name: '日本語' }).click();
    await widget.getByRole('heading', { name: 'コリア平和アピール：朝鮮戦争を終わらせよう' }).waitFor();
    await expect(widget.getByLabel('お名前').inputValue()).resolves.toBe('Tanaka Yuki');
    await expect(widget.getByRole('button', { name: '署名する' }).isVisible()).resolves.toBe(true);
    // Compact: the text folds away and the optional fields go; what was typed stays.
    await widget.evaluate((element) => element.setAttribute('compact', ''));
    await widget.getByText('アピールを読む').waitFor();
    await expect(widget.getByLabel('郵便番号（任意）').count()).resolves.toBe(0);
    await expect(widget.getByLabel('お名前').inputValue()).resolves.toBe('Tanaka Yuki');
    await page.close();
  });
});
