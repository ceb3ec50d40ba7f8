// Registering for events: seats up to capacity, then a waitlist; cancelling promotes the first
// person waiting; one registration per person; each registration has a private link.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelEvent } from '../src/modules/events/events.service.js';
import { remindRegistrants } from '../src/modules/rsvps/rsvps.service.js';
import { aCampaign, anEvent, anOrganisation, asSystem } from './fixtures.js';
import { ADMIN, startTestApi, TEST_SECRETS, type TestApi } from './harness.js';

let api: TestApi;
const events: Record<string, string> = {};

async function event(name: string, options: { capacity: number | null; startsAt?: string }) {
  const created = await anEvent(api.database.db, {
    campaign: 'gatherings',
    host: 'hosts',
    startsAt: new Date(options.startsAt ?? '2027-06-01T10:00:00Z'),
    title: name,
  });
  await api.database.db
    .updateTable('events')
    .set({ capacity: options.capacity, time_zone: 'Europe/Zurich' })
    .where('id', '=', created.id)
    .execute();
  events[name] = Buffer.from(`Event:${created.id}`).toString('base64');
  return created.id;
}

beforeAll(async () => {
  api = await startTestApi({ admin: true });
  await anOrganisation(api.database.db, 'hosts');
  await aCampaign(api.database.db, 'gatherings', { lead: 'hosts' });
  const small = await event('small', { capacity: 2 });
  await api.database.db
    .updateTable('events')
    .set({ join_url: 'https://meet.example/peace-briefing' })
    .where('id', '=', small)
    .execute();
  await event('last-seat', { capacity: 1 });
  const cancelled = await event('called-off', { capacity: null });
  await cancelEvent(asSystem(api.database.db), cancelled);
  await event('yesterday', { capacity: null, startsAt: '2020-01-01T10:00:00Z' });
});
afterAll(() => api.close());

const RSVP = `mutation ($input: RsvpEventInput!) {
  rsvpEvent(input: $input) {
    __typename ... on RsvpEventSuccess { status } ... on ValidationError { problems { path message } } ... on Error { message }
  }
}`;

async function rsvp(eventName: string, email: string, extra: Record<string, unknown> = {}) {
  const { body } = await api.graphql<{ rsvpEvent: Record<string, unknown> }>(RSVP, {
    input: {
      eventId: events[eventName],
      name: email.split('@')[0],
      email,
      locale: 'en',
      consentToLead: false,
      ...extra,
    },
  });
  expect(body.errors).toBeUndefined();
  return body.data?.rsvpEvent;
}

async function mails(to: string): Promise<{ kind: string; subject: string; text_body: string }[]> {
  return api.database.db
    .selectFrom('outbox_messages')
    .select(['kind', 'subject', 'text_body'])
    .where('to_address', '=', to)
    .orderBy('created_at')
    .execute();
}

async function manageToken(to: string): Promise<string> {
  const [first] = await mails(to);
  const token = /rsvp\?token=([0-9a-f]{64})/.exec(first?.text_body ?? '')?.[1];
  if (!token) throw new Error(`no private link mailed to ${to}`);
  return token;
}

describe('a small event', () => {
  it('registers until full, then waitlists', async () => {
    expect(await rsvp('small', 'ana@example.org', { timeZone: 'Asia/Tokyo' })).toEqual({
      __typename: 'RsvpEventSuccess',
      status: 'REGISTERED',
    });
    expect(await rsvp('small', 'ben@example.org')).toEqual({
      __typename: 'RsvpEventSuccess',
      status: 'REGISTERED',
    });
    expect(await rsvp('small', 'cho@example.org')).toEqual({
      __typename: 'RsvpEventSuccess',
      status: 'WAITLISTED',
    });
    const { body } = await api.graphql(
      `query ($id: ID!) { event(id: $id) { registrations { registered waitlisted placesLeft } } }`,
      {
        id: events.small,
      },
    );
    expect(body.data).toEqual({ event: { registrations: { registered: 2, waitlisted: 1, placesLeft: 0 } } });
    const [mail] = await mails('ana@example.org');
    expect(mail?.subject).toBe('You are registered: small');
    // The event's local time in Zurich, and the registrant's in Tokyo.
    expect(mail?.text_body).toMatch(/When: .*12:00.*\(Europe\/Zurich\)/);
    expect(mail?.text_body).toMatch(/Your time: .*7:00.*8:00.*PM \(Asia\/Tokyo\)/);
    expect(mail?.text_body).toContain('Join online: https://meet.example/peace-briefing');
    const [waiting] = await mails('cho@example.org');
    expect(waiting?.subject).toBe('You are on the waitlist: small');
    expect(waiting?.text_body).not.toContain('meet.example');
  });

  it('keeps the join link out of public data', async () => {
    const { body } = await api.graphql(`query ($id: ID!) { event(id: $id) { joinUrl } }`, {
      id: events.small,
    });
    expect(body.data).toEqual({ event: { joinUrl: null } });
    expect(await (await fetch(`${api.url}/campaigns/gatherings/events.ics`)).text()).not.toContain(
      'meet.example',
    );
    const admin = await api.signIn(ADMIN.email, ADMIN.password);
    const asAdmin = await admin.graphql(`query ($id: ID!) { event(id: $id) { joinUrl } }`, {
      id: events.small,
    });
    expect(asAdmin.body.data).toEqual({ event: { joinUrl: 'https://meet.example/peace-briefing' } });
  });

  it('answers a second registration as the first, and mails the person', async () => {
    expect(await rsvp('small', 'ANA@example.org')).toEqual({
      __typename: 'RsvpEventSuccess',
      status: 'REGISTERED',
    });
    // The reminder goes to the address registered, with the same private link.
    const sent = await mails('ana@example.org');
    expect(sent.map((mail) => mail.kind)).toEqual(['rsvp-registered', 'rsvp-already']);
    const link = (text: string) => /rsvp\?token=[0-9a-f]{64}/.exec(text)?.[0];
    expect(link(sent[1]?.text_body ?? '')).toBe(link(sent[0]?.text_body ?? ''));
  });

  it('shows the registration on its private page, and cancelling there promotes the first waiting', async () => {
    const token = await manageToken('ben@example.org');
    const page = await fetch(`${api.url}/rsvp?token=${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('You are registered.');
    expect(html).toContain('<form method="post" action="/rsvp/cancel">');
    const cancelled = await fetch(`${api.url}/rsvp/cancel`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
    });
    expect(await cancelled.text()).toContain('Your registration is cancelled.');
    expect((await mails('cho@example.org')).map((mail) => mail.kind)).toEqual([
      'rsvp-waitlisted',
      'rsvp-promoted',
    ]);
    const { body } = await api.graphql(
      `query ($id: ID!) { event(id: $id) { registrations { registered waitlisted } } }`,
      {
        id: events.small,
      },
    );
    expect(body.data).toEqual({ event: { registrations: { registered: 2, waitlisted: 0 } } });
    expect((await fetch(`${api.url}/rsvp?token=${'0'.repeat(64)}`)).status).toBe(404);
    // Ben changes his mind: the event is full again, so he joins the waitlist, with a new link.
    expect(await rsvp('small', 'ben@example.org')).toEqual({
      __typename: 'RsvpEventSuccess',
      status: 'WAITLISTED',
    });
    const benMails = await mails('ben@example.org');
    expect(benMails.map((mail) => mail.kind)).toEqual([
      'rsvp-registered',
      'rsvp-cancelled',
      'rsvp-waitlisted',
    ]);
    expect(benMails[2]?.text_body).not.toContain(token);
  });
});

it('gives the last seat to exactly one of two people registering at once', async () => {
  const results = await Promise.all([
    rsvp('last-seat', 'first@example.org'),
    rsvp('last-seat', 'second@example.org'),
  ]);
  expect(results.map((result) => result?.status).sort()).toEqual(['REGISTERED', 'WAITLISTED']);
  const { rows } = await sql<{ status: string }>`
    select r.status from rsvps r join events e on e.id = r.event_id where e.capacity = 1 order by r.status`.execute(
    api.database.db,
  );
  expect(rows.map((row) => row.status)).toEqual(['registered', 'waitlisted']);
});

it('refuses cancelled, past and unknown events, and bad input, each with its own error', async () => {
  expect(await rsvp('called-off', 'x@example.org')).toEqual({
    __typename: 'EventCancelledError',
    message: 'This event is cancelled',
  });
  expect(await rsvp('yesterday', 'x@example.org')).toEqual({
    __typename: 'EventPastError',
    message: 'This event has already taken place',
  });
  const unknown = Buffer.from('Event:00000000-0000-4000-8000-000000000000').toString('base64');
  const { body } = await api.graphql(RSVP, {
    input: { eventId: unknown, name: 'X', email: 'x@example.org', locale: 'en', consentToLead: false },
  });
  expect(body.data?.rsvpEvent).toEqual({
    __typename: 'EventNotFoundError',
    message: 'There is no such event',
  });
  expect(await rsvp('small', 'not-an-email', { timeZone: 'Mars/Olympus' })).toMatchObject({
    __typename: 'ValidationError',
    problems: [
      { path: ['email'], message: 'Enter a valid email address, like name@example.org' },
      { path: ['timeZone'], message: expect.stringContaining('Unknown time zone "Mars/Olympus"') },
    ],
  });
});

it('reminds registered people a day and an hour before, once each, in their language', async () => {
  const db = api.database.db;
  const soon = await event('soon', {
    capacity: 1,
    startsAt: new Date(Date.now() + 23 * 60 * 60 * 1000).toISOString(),
  });
  expect(await rsvp('soon', 'early@example.org', { locale: 'ko' })).toMatchObject({ status: 'REGISTERED' });
  expect(await rsvp('soon', 'late@example.org')).toMatchObject({ status: 'WAITLISTED' });
  const now = new Date();
  expect(await remindRegistrants(db, TEST_SECRETS, api.url, now)).toBe(1);
  expect(await remindRegistrants(db, TEST_SECRETS, api.url, now)).toBe(0);
  const inTheLastHour = new Date(now.getTime() + 22.5 * 60 * 60 * 1000);
  expect(await remindRegistrants(db, TEST_SECRETS, api.url, inTheLastHour)).toBe(1);
  expect(await remindRegistrants(db, TEST_SECRETS, api.url, inTheLastHour)).toBe(0);
  const early = await mails('early@example.org');
  expect(early.map((mail) => mail.kind)).toEqual(['rsvp-registered', 'rsvp-reminder', 'rsvp-reminder']);
  expect(early[1]?.subject).toBe('곧 시작합니다: soon');
  expect((await mails('late@example.org')).map((mail) => mail.kind)).toEqual(['rsvp-waitlisted']);
  // A cancelled event sends no reminders.
  await db.updateTable('events').set({ status: 'cancelled' }).where('id', '=', soon).execute();
  await db.updateTable('rsvps').set({ reminded_hour_before_at: null }).execute();
  expect(await remindRegistrants(db, TEST_SECRETS, api.url, inTheLastHour)).toBe(0);
});
