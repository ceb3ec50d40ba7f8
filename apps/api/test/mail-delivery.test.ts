// Mail leaves through a real SMTP server; failures are retried with back-off; unconfirmed signers
// get one reminder with the same link.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpTransport } from '../src/modules/mail/mail-sender.js';
import {
  deliverDueMail,
  MAX_ATTEMPTS,
  retryDelayMs,
  type MailTransport,
} from '../src/modules/mail/mail.service.js';
import { recountSignatures, remindUnconfirmed } from '../src/modules/signatures/signatures.service.js';
import { startTestApi, TEST_SECRETS, type TestApi } from './harness.js';
import { startSmtpCatcher, type SmtpCatcher } from './smtp-catcher.js';

let api: TestApi;
let smtp: SmtpCatcher;
let transport: MailTransport & { close(): void };
const FROM = 'Korea Peace Now! <campaigns@example.org>';

beforeAll(async () => {
  [api, smtp] = await Promise.all([startTestApi({ demoData: true }), startSmtpCatcher()]);
  transport = smtpTransport(smtp.url);
});
afterAll(async () => {
  transport.close();
  await Promise.all([api.close(), smtp.close()]);
});

const SIGN = `mutation ($input: SignAppealInput!) { signAppeal(input: $input) { __typename } }`;

async function sign(email: string, locale = 'en') {
  const { body } = await api.graphql(SIGN, {
    input: {
      appealSlug: 'korea-peace-appeal',
      name: 'Alex Doe',
      email,
      country: 'US',
      locale,
      consentToLead: false,
      consentVersion: '2026-11-v1',
    },
  });
  expect(body.data).toEqual({ signAppeal: { __typename: 'SignAppealSuccess' } });
}

function linkIn(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const link = /(http:\/\/[^\s"<]+\/confirm\?token=[0-9a-f]{64}&(?:amp;)?lang=\w\w)/.exec(unfolded)?.[1];
  if (!link) throw new Error(`no confirmation link in:\n${raw}`);
  return link.replace('&amp;', '&');
}

describe('sending', () => {
  it('delivers the confirmation mail over SMTP, in text and HTML, and the link confirms', async () => {
    await sign('alex@example.org');
    expect(await deliverDueMail(api.database.db, transport, { from: FROM })).toEqual({ sent: 1, failed: 0 });
    const mail = smtp.mails.find((caught) => caught.to.includes('alex@example.org'));
    expect(mail?.from).toBe('campaigns@example.org');
    const headers = (mail?.raw ?? '').replace(/\r?\n[ \t]+/g, ' ');
    expect(headers).toContain(
      'Subject: Please confirm your signature: Korea Peace Appeal: end the Korean War',
    );
    expect(mail?.raw).toContain('Content-Type: text/plain');
    expect(mail?.raw).toContain('Content-Type: text/html');
    const link = linkIn(mail?.raw ?? '');
    const token = new URL(link).searchParams.get('token') ?? '';
    const confirmed = await fetch(`${api.url}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
    });
    expect(confirmed.status).toBe(200);
    await recountSignatures(api.database.db, null);
    const { body } = await api.graphql(`{ appeal(slug: "korea-peace-appeal") { signatureCount } }`);
    expect(body.data).toEqual({ appeal: { signatureCount: 1 } });
    // Sent mail is not sent again.
    expect(await deliverDueMail(api.database.db, transport, { from: FROM })).toEqual({ sent: 0, failed: 0 });
  });

  it('retries a refused message later, with growing delays', async () => {
    smtp.refuse.add('bounce@example.org');
    await sign('bounce@example.org');
    const now = new Date();
    expect(await deliverDueMail(api.database.db, transport, { from: FROM, now })).toEqual({
      sent: 0,
      failed: 1,
    });
    const [row] = await api.database.db
      .selectFrom('outbox_messages')
      .select(['attempts', 'next_attempt_at', 'last_error', 'sent_at', 'failed_at'])
      .where('to_address', '=', 'bounce@example.org')
      .execute();
    expect(row).toMatchObject({ attempts: 1, sent_at: null, failed_at: null });
    expect(row?.last_error).toMatch(/550/);
    expect(row?.next_attempt_at.getTime()).toBe(now.getTime() + retryDelayMs(1));
    // Not due yet: nothing is tried.
    expect(await deliverDueMail(api.database.db, transport, { from: FROM, now })).toEqual({
      sent: 0,
      failed: 0,
    });
    // The recipient's server accepts later: the next attempt delivers.
    smtp.refuse.delete('bounce@example.org');
    const later = new Date(now.getTime() + retryDelayMs(1) + 1000);
    expect(await deliverDueMail(api.database.db, transport, { from: FROM, now: later })).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));
    expect(retryDelayMs(30)).toBe(6 * 60 * 60 * 1000);
  });

  it('marks a message failed after the last attempt, and keeps it in the outbox', async () => {
    smtp.refuse.add('gone@example.org');
    await sign('gone@example.org');
    await sql`update outbox_messages set attempts = ${MAX_ATTEMPTS - 1} where to_address = 'gone@example.org'`.execute(
      api.database.db,
    );
    expect(await deliverDueMail(api.database.db, transport, { from: FROM })).toEqual({ sent: 0, failed: 1 });
    const [row] = await api.database.db
      .selectFrom('outbox_messages')
      .select(['attempts', 'failed_at'])
      .where('to_address', '=', 'gone@example.org')
      .execute();
    expect(row?.attempts).toBe(MAX_ATTEMPTS);
    expect(row?.failed_at).toBeInstanceOf(Date);
    const later = new Date(Date.now() + 24 * 60 * 60 * 1000);
    expect(await deliverDueMail(api.database.db, transport, { from: FROM, now: later })).toEqual({
      sent: 0,
      failed: 0,
    });
  });
});

describe('reminders', () => {
  it('remind once, after a day, with the same link', async () => {
    await sign('slow@example.org', 'ja');
    const [first] = await api.database.db
      .selectFrom('outbox_messages')
      .select('text_body')
      .where('to_address', '=', 'slow@example.org')
      .execute();
    expect(await remindUnconfirmed(api.database.db, TEST_SECRETS, api.url)).toBe(0);
    await sql`update signatures set created_at = now() - interval '25 hours' where status = 'pending'`.execute(
      api.database.db,
    );
    expect(await remindUnconfirmed(api.database.db, TEST_SECRETS, api.url)).toBeGreaterThanOrEqual(1);
    expect(await remindUnconfirmed(api.database.db, TEST_SECRETS, api.url)).toBe(0);
    const mails = await api.database.db
      .selectFrom('outbox_messages')
      .select(['kind', 'subject', 'text_body'])
      .where('to_address', '=', 'slow@example.org')
      .orderBy('created_at')
      .execute();
    expect(mails.map((mail) => mail.kind)).toEqual(['signature-confirmation', 'signature-reminder']);
    expect(mails[1]?.subject.startsWith('再送：署名の確認をお願いします')).toBe(true);
    const linkOf = (text: string) => /confirm\?token=[0-9a-f]{64}/.exec(text)?.[0];
    expect(linkOf(mails[1]?.text_body ?? '')).toBe(linkOf(first?.text_body ?? ''));
  });
});
