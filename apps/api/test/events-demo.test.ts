// The demo campaign's upcoming event from start to finish, as a coalition would run it: seats fill,
// then a waitlist; a cancellation promotes the next person; the calendar feed reads back to the right
// local times; reminders leave over SMTP with the join link.
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { smtpTransport } from '../src/modules/mail/mail-sender.js';
import { deliverDueMail, type MailTransport } from '../src/modules/mail/mail.service.js';
import { remindRegistrants } from '../src/modules/rsvps/rsvps.service.js';
import { ADMIN, startTestApi, TEST_SECRETS, type Client, type TestApi } from './harness.js';
import { startSmtpCatcher, type SmtpCatcher } from './smtp-catcher.js';

let api: TestApi;
let smtp: SmtpCatcher;
let transport: MailTransport & { close(): void };
let admin: Client;
let briefing: { id: string; startsAt: string };
const FROM = 'Korea Peace Now! <campaigns@example.org>';

beforeAll(async () => {
  [api, smtp] = await Promise.all([startTestApi({ demoData: true, admin: true }), startSmtpCatcher()]);
  transport = smtpTransport(smtp.url);
  admin = await api.signIn(ADMIN.email, ADMIN.password);
  const { body } = await api.graphql<{
    campaign: { events: { edges: { node: { id: string; startsAt: string } }[] } };
  }>(
    `{ campaign(slug: "korea-peace-now") { events(status: SCHEDULED) { edges { node { id startsAt } } } } }`,
  );
  const upcoming = body.data?.campaign.events.edges[0]?.node;
  if (!upcoming) throw new Error('the demo campaign has no upcoming event');
  briefing = upcoming;
});
afterAll(async () => {
  transport.close();
  await Promise.all([api.close(), smtp.close()]);
});

/** What the SMTP server received for one address, soft line breaks undone enough to read. */
function caught(to: string): string[] {
  return smtp.mails
    .filter((mail) => mail.to.includes(to))
    .map((mail) => mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='));
}

/** The Subject header as sent: folded lines joined and MIME encoded-words decoded. */
function subjectOf(to: string): string {
  const raw = smtp.mails.filter((mail) => mail.to.includes(to)).at(-1)?.raw ?? '';
  const headers = (raw.split(/\r?\n\r?\n/)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
  const subject = /^Subject: (.*)$/m.exec(headers)?.[1] ?? '';
  return subject
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_match, encoded: string) =>
      Buffer.from(encoded, 'base64').toString('utf8'),
    );
}

async function register(email: string, locale: string, timeZone: string) {
  const { body } = await api.graphql<{ rsvpEvent: { status: string } }>(
    `mutation ($input: RsvpEventInput!) { rsvpEvent(input: $input) { ... on RsvpEventSuccess { status } } }`,
    {
      input: {
        eventId: briefing.id,
        name: email.split('@')[0],
        email,
        locale,
        timeZone,
        consentToLead: true,
        partnerSlug: 'wilpf',
        consentToPartner: true,
      },
    },
  );
  return body.data?.rsvpEvent.status;
}

it('takes registrations until full, then waitlists, and a cancellation promotes the next person', async () => {
  // The organisers keep the briefing small for the test: two places.
  const resized = await admin.graphql<{ updateEvent: { capacity: number } }>(
    `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { ... on Event { capacity } } }`,
    { input: { id: briefing.id, capacity: 2 } },
  );
  expect(resized.body.data?.updateEvent.capacity).toBe(2);

  expect(await register('mina@example.org', 'ko', 'Asia/Seoul')).toBe('REGISTERED');
  expect(await register('yuki@example.org', 'ja', 'Asia/Tokyo')).toBe('REGISTERED');
  expect(await register('ruth@example.org', 'en', 'America/New_York')).toBe('WAITLISTED');
  expect((await deliverDueMail(api.database.db, transport, { from: FROM })).sent).toBe(3);

  // Yuki cancels with the private link from her mail; Ruth gets the place and is told.
  const link = /(http:\/\/[^\s"<]+\/rsvp\?token=[0-9a-f]{64})/.exec(caught('yuki@example.org')[0] ?? '')?.[1];
  expect(link).toBeDefined();
  const token = new URL(link ?? '').searchParams.get('token') ?? '';
  const cancelled = await fetch(`${api.url}/rsvp/cancel`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token }).toString(),
  });
  expect(cancelled.status).toBe(200);
  expect((await deliverDueMail(api.database.db, transport, { from: FROM })).sent).toBe(2);
  const ruth = caught('ruth@example.org');
  expect(ruth).toHaveLength(2);
  expect(ruth[1]).toContain('A place is yours');
  expect(ruth[1]).toContain('https://meet.example.org/korea-peace-briefing');

  const { body } = await api.graphql<{ node: { registrations: Record<string, number> } }>(
    `query ($id: ID!) { node(id: $id) { ... on Event { registrations { registered waitlisted placesLeft } } } }`,
    { id: briefing.id },
  );
  expect(body.data?.node.registrations).toEqual({ registered: 2, waitlisted: 0, placesLeft: 0 });
});

it('puts the briefing in the campaign calendar at 21:00 in Seoul', async () => {
  const response = await fetch(`${api.url}/campaigns/korea-peace-now/events.ics`);
  expect(response.status).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const eventId = Buffer.from(briefing.id, 'base64').toString().split(':')[1];
  const event = calendar
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component))
    .find((candidate) => candidate.uid === `${eventId}@chorus`);
  expect(event?.startDate.toJSDate().toISOString()).toBe(briefing.startsAt);
  expect(event?.startDate.zone.tzid).toBe('Asia/Seoul');
  expect([event?.startDate.hour, event?.startDate.minute]).toEqual([21, 0]);
  // Seoul has no daylight saving, so the feed's 21:00 is 12:00 UTC all year.
  expect(new Date(briefing.startsAt).getUTCHours()).toBe(12);
});

it('sends the reminders over SMTP a day before, in each person’s language and time', async () => {
  const dayBefore = new Date(new Date(briefing.startsAt).getTime() - 23 * 60 * 60 * 1000);
  expect(await remindRegistrants(api.database.db, TEST_SECRETS, api.url, dayBefore)).toBe(2);
  expect((await deliverDueMail(api.database.db, transport, { from: FROM })).sent).toBe(2);
  const mina = caught('mina@example.org').at(-1) ?? '';
  const ruth = caught('ruth@example.org').at(-1) ?? '';
  expect(subjectOf('mina@example.org')).toBe('곧 시작합니다: 온라인 브리핑: 왜 지금 평화협정인가');
  expect(subjectOf('ruth@example.org')).toBe('Coming up: Online briefing: why a peace agreement now');
  for (const raw of [mina, ruth]) expect(raw).toContain('https://meet.example.org/korea-peace-briefing');
  // Ruth reads the time in New York as well as Seoul's.
  expect(ruth).toContain('(America/New_York)');
  expect(ruth).toContain('(Asia/Seoul)');
  // Nobody else had a place, and nobody gets a second reminder for the same step.
  expect(await remindRegistrants(api.database.db, TEST_SECRETS, api.url, dayBefore)).toBe(0);
});
