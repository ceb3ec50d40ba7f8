// The organisers' side of events: attendee lists, check-in, CSV, registration figures, partners'
// consented share, and what registrants hear when an event changes or is called off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCampaign, aMember, anApiKey, anEvent, anOrganisation, aPartnership } from './fixtures.js';
import { ADMIN, startTestApi, type Client, type TestApi } from './harness.js';

let api: TestApi;
let admin: Client;
let eventId: string;
let eventGid: string;
const orgGid = (id: string) => Buffer.from(`Organisation:${id}`).toString('base64');
const orgs: Record<string, string> = {};

const RSVP = `mutation ($input: RsvpEventInput!) {
  rsvpEvent(input: $input) { __typename ... on RsvpEventSuccess { status } ... on Error { message } }
}`;

async function rsvp(email: string, extra: Record<string, unknown> = {}) {
  const { body } = await api.graphql<{ rsvpEvent: { status: string } }>(RSVP, {
    input: { eventId: eventGid, name: `Name ${email}`, email, locale: 'en', consentToLead: false, ...extra },
  });
  expect(body.errors).toBeUndefined();
  return body.data?.rsvpEvent.status;
}

async function mailsTo(to: string): Promise<{ kind: string; subject: string; text_body: string }[]> {
  return api.database.db
    .selectFrom('outbox_messages')
    .select(['kind', 'subject', 'text_body'])
    .where('to_address', '=', to)
    .orderBy('created_at')
    .execute();
}

const ATTENDEES = `query ($id: ID!, $org: ID, $status: RsvpStatus, $attended: Boolean, $email: String, $first: Int, $after: String) {
  node(id: $id) { ... on Event {
    attendees(organisationId: $org, status: $status, attended: $attended, email: $email, first: $first, after: $after) {
      edges { node { id name email status attendedAt consentToPartner partner { slug } } }
      pageInfo { hasNextPage endCursor }
    }
  } }
}`;

type AttendeeNode = {
  id: string;
  name: string;
  email: string;
  status: string;
  attendedAt: string | null;
  consentToPartner: boolean;
  partner: { slug: string } | null;
};
type AttendeesData = {
  node: {
    attendees: { edges: { node: AttendeeNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
  };
};

async function attendees(client: Client | TestApi, variables: Record<string, unknown> = {}) {
  return client.graphql<AttendeesData>(ATTENDEES, { id: eventGid, ...variables });
}

beforeAll(async () => {
  api = await startTestApi({ admin: true });
  const db = api.database.db;
  for (const slug of ['lead', 'host', 'partner-a', 'partner-b'])
    orgs[slug] = (await anOrganisation(db, slug)).id;
  await aCampaign(db, 'vigils', { lead: 'lead' });
  await aPartnership(db, { campaign: 'vigils', organisation: 'partner-a' });
  await aPartnership(db, { campaign: 'vigils', organisation: 'partner-b' });
  await aPartnership(db, { campaign: 'vigils', organisation: 'host' });
  const event = await anEvent(db, {
    campaign: 'vigils',
    host: 'host',
    startsAt: new Date('2027-03-01T10:00:00Z'),
  });
  eventId = event.id;
  eventGid = Buffer.from(`Event:${event.id}`).toString('base64');
  await db
    .updateTable('events')
    .set({ capacity: 3, time_zone: 'Asia/Seoul' })
    .where('id', '=', eventId)
    .execute();
  admin = await api.signIn(ADMIN.email, ADMIN.password);

  await rsvp('ana@example.org', { partnerSlug: 'partner-a', consentToPartner: true });
  await rsvp('ben@example.org', { partnerSlug: 'partner-a', consentToPartner: false });
  await rsvp('cho@example.org', { partnerSlug: 'partner-b', consentToPartner: true });
  await rsvp('dan@example.org', { partnerSlug: 'partner-a', consentToPartner: true }); // waitlisted
  await rsvp('eri@example.org'); // waitlisted
});
afterAll(() => api.close());

describe('the organisers', () => {
  it('list everyone, filter by status and email, and page through', async () => {
    const all = await attendees(admin);
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data?.node.attendees.edges.map((edge) => [edge.node.email, edge.node.status])).toEqual([
      ['ana@example.org', 'REGISTERED'],
      ['ben@example.org', 'REGISTERED'],
      ['cho@example.org', 'REGISTERED'],
      ['dan@example.org', 'WAITLISTED'],
      ['eri@example.org', 'WAITLISTED'],
    ]);
    const waiting = await attendees(admin, { status: 'WAITLISTED' });
    expect(waiting.body.data?.node.attendees.edges.map((edge) => edge.node.email)).toEqual([
      'dan@example.org',
      'eri@example.org',
    ]);
    const one = await attendees(admin, { email: '  Cho@Example.org ' });
    expect(one.body.data?.node.attendees.edges.map((edge) => edge.node.name)).toEqual([
      'Name cho@example.org',
    ]);

    const first = await attendees(admin, { first: 2 });
    expect(first.body.data?.node.attendees.pageInfo.hasNextPage).toBe(true);
    const second = await attendees(admin, {
      first: 2,
      after: first.body.data?.node.attendees.pageInfo.endCursor,
    });
    expect(second.body.data?.node.attendees.edges.map((edge) => edge.node.email)).toEqual([
      'cho@example.org',
      'dan@example.org',
    ]);
  });

  it('check people in, undo a mistake, and cannot check in someone without a place', async () => {
    const list = (await attendees(admin)).body.data?.node.attendees.edges.map((edge) => edge.node) ?? [];
    const byEmail = (email: string) => list.find((node) => node.email === email)?.id;
    const CHECK_IN = `mutation ($input: CheckInAttendeeInput!) {
      checkInAttendee(input: $input) {
        __typename ... on Attendee { email attendedAt } ... on ValidationError { problems { path message } }
        ... on Error { message }
      }
    }`;
    const ana = await admin.graphql<{ checkInAttendee: { attendedAt: string | null } }>(CHECK_IN, {
      input: { attendeeId: byEmail('ana@example.org') },
    });
    expect(ana.body.data?.checkInAttendee.attendedAt).toEqual(expect.any(String));
    await admin.graphql(CHECK_IN, { input: { attendeeId: byEmail('ben@example.org') } });
    const undone = await admin.graphql<{ checkInAttendee: { attendedAt: string | null } }>(CHECK_IN, {
      input: { attendeeId: byEmail('ben@example.org'), attended: false },
    });
    expect(undone.body.data?.checkInAttendee.attendedAt).toBeNull();
    const waiting = await admin.graphql<{ checkInAttendee: Record<string, unknown> }>(CHECK_IN, {
      input: { attendeeId: byEmail('dan@example.org') },
    });
    expect(waiting.body.data?.checkInAttendee).toMatchObject({ __typename: 'ValidationError' });
    const unknown = await admin.graphql<{ checkInAttendee: Record<string, unknown> }>(CHECK_IN, {
      input: { attendeeId: 'not-an-id' },
    });
    expect(unknown.body.data?.checkInAttendee).toMatchObject({
      __typename: 'ValidationError',
      problems: [{ path: ['attendeeId'] }],
    });

    // The hosting organisation's editors run the door; a partner's editor does not.
    await aMember(api.database.db, {
      email: 'door@host.example',
      password: 'a long enough password',
      organisation: 'host',
      role: 'editor',
    });
    const door = await api.signIn('door@host.example', 'a long enough password');
    const cho = await door.graphql<{ checkInAttendee: { attendedAt: string | null } }>(CHECK_IN, {
      input: { attendeeId: byEmail('cho@example.org') },
    });
    expect(cho.body.data?.checkInAttendee.attendedAt).toEqual(expect.any(String));
    await aMember(api.database.db, {
      email: 'ed@partner-b.example',
      password: 'a long enough password',
      organisation: 'partner-b',
      role: 'owner',
    });
    const outsider = await api.signIn('ed@partner-b.example', 'a long enough password');
    const refused = await outsider.graphql<{ checkInAttendee: Record<string, unknown> }>(CHECK_IN, {
      input: { attendeeId: byEmail('ana@example.org') },
    });
    expect(refused.body.data?.checkInAttendee).toMatchObject({ __typename: 'ForbiddenError' });

    const attended = await attendees(admin, { attended: true });
    expect(attended.body.data?.node.attendees.edges.map((edge) => edge.node.email)).toEqual([
      'ana@example.org',
      'cho@example.org',
    ]);
  });

  it('see registrations per day and the attendance rate', async () => {
    const { body } = await admin.graphql<{ node: { registrationStats: Record<string, unknown> } }>(
      `query ($id: ID!) { node(id: $id) { ... on Event {
        registrationStats { registered waitlisted cancelled attended attendanceRate perDay { day count } }
      } } }`,
      { id: eventGid },
    );
    expect(body.errors).toBeUndefined();
    const today = new Date();
    today.setUTCHours(0, 0, 0, 0);
    expect(body.data?.node.registrationStats).toEqual({
      registered: 3,
      waitlisted: 2,
      cancelled: 0,
      attended: 2,
      attendanceRate: 2 / 3,
      perDay: [{ day: today.toISOString(), count: 5 }],
    });
  });

  it('export everyone as CSV', async () => {
    const response = await fetch(`${api.url}/events/${eventId}/attendees.csv`, { headers: admin.headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      '"id","status","name","email","country","locale","time_zone","partner","consent_to_lead","consent_to_partner","registered_at","promoted_at","cancelled_at","attended_at"',
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]).toContain('"registered","Name ana@example.org","ana@example.org"');
    expect(lines[1]).toContain('"partner-a"');
    const waiting = await fetch(`${api.url}/events/${eventId}/attendees.csv?status=waitlisted`, {
      headers: admin.headers,
    });
    expect((await waiting.text()).trim().split('\r\n')).toHaveLength(3);
    expect((await fetch(`${api.url}/events/${eventId}/attendees.csv`)).status).toBe(401);
    expect(
      (await fetch(`${api.url}/events/${eventId}/attendees.csv?status=maybe`, { headers: admin.headers }))
        .status,
    ).toBe(400);
  });
});

describe('a partner', () => {
  it('sees only the people it brought in who agreed to hear from it', async () => {
    const key = api.client({
      authorization: `Bearer ${(await anApiKey(api.database.db, { organisationId: orgs['partner-a'] ?? '', scopes: ['events:read', 'supporters:read'] })).secret}`,
    });
    const mine = await attendees(key);
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data?.node.attendees.edges.map((edge) => edge.node.email)).toEqual([
      'ana@example.org',
      'dan@example.org',
    ]);
    const stats = await key.graphql<{ node: { registrationStats: Record<string, unknown> } }>(
      `query ($id: ID!) { node(id: $id) { ... on Event { registrationStats { registered waitlisted attended } } } }`,
      { id: eventGid },
    );
    expect(stats.body.data?.node.registrationStats).toEqual({ registered: 1, waitlisted: 1, attended: 1 });
    const csv = await fetch(`${api.url}/events/${eventId}/attendees.csv`, { headers: key.headers });
    expect((await csv.text()).trim().split('\r\n')).toHaveLength(3);

    const other = await attendees(key, { org: orgGid(orgs['partner-b'] ?? '') });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherCsv = await fetch(`${api.url}/events/${eventId}/attendees.csv?organisation=partner-b`, {
      headers: key.headers,
    });
    expect(otherCsv.status).toBe(403);

    const eventsOnly = api.client({
      authorization: `Bearer ${(await anApiKey(api.database.db, { organisationId: orgs['partner-a'] ?? '', scopes: ['events:read'] })).secret}`,
    });
    expect((await attendees(eventsOnly)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await attendees(api)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('has its reads in the audit log', async () => {
    const reads = await api.database.db
      .selectFrom('audit_events')
      .select(['action', 'organisation_id'])
      .where('action', 'in', ['attendees.read', 'attendees.exported'])
      .where('organisation_id', '=', orgs['partner-a'] ?? '')
      .execute();
    expect(reads.map((read) => read.action)).toEqual(
      expect.arrayContaining(['attendees.read', 'attendees.exported']),
    );
  });

  it('finds the events it hosts', async () => {
    const { body } = await api.graphql<{
      organisation: { hostedEvents: { edges: { node: { id: string } }[] } };
    }>(`{ organisation(slug: "host") { hostedEvents { edges { node { id } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.organisation.hostedEvents.edges).toEqual([{ node: { id: eventGid } }]);
  });
});

describe('changing the event', () => {
  const UPDATE = `mutation ($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      __typename ... on Event { capacity startsAtLocal } ... on ValidationError { problems { path message } }
    }
  }`;

  it('refuses a capacity below the people registered', async () => {
    const { body } = await admin.graphql<{ updateEvent: Record<string, unknown> }>(UPDATE, {
      input: { id: eventGid, capacity: 2 },
    });
    expect(body.data?.updateEvent).toEqual({
      __typename: 'ValidationError',
      problems: [{ path: ['capacity'], message: expect.stringContaining('3 people are registered') }],
    });
  });

  it('gives new places to the people waiting longest, and tells them', async () => {
    const { body } = await admin.graphql<{ updateEvent: Record<string, unknown> }>(UPDATE, {
      input: { id: eventGid, capacity: 4 },
    });
    expect(body.data?.updateEvent).toMatchObject({ capacity: 4 });
    expect((await mailsTo('dan@example.org')).map((mail) => mail.kind)).toEqual([
      'rsvp-waitlisted',
      'rsvp-promoted',
    ]);
    expect((await mailsTo('eri@example.org')).map((mail) => mail.kind)).toEqual(['rsvp-waitlisted']);
  });

  it('tells everyone registered or waiting when it moves, with the new local time', async () => {
    const { body } = await admin.graphql<{ updateEvent: Record<string, unknown> }>(UPDATE, {
      input: { id: eventGid, startsAt: '2027-03-02T10:00:00Z', endsAt: '2027-03-02T11:30:00Z' },
    });
    expect(body.data?.updateEvent).toMatchObject({ startsAtLocal: '2027-03-02T19:00:00+09:00' });
    for (const email of ['ana@example.org', 'ben@example.org', 'dan@example.org', 'eri@example.org']) {
      const changed = (await mailsTo(email)).filter((mail) => mail.kind === 'rsvp-changed');
      expect(changed).toHaveLength(1);
      expect(changed[0]?.text_body).toContain('Tuesday, March 2, 2027');
      expect(changed[0]?.text_body).toMatch(/7:00\s*–\s*8:30\s*PM \(Asia\/Seoul\)/);
    }
    // A change of title alone is not worth a mail.
    await admin.graphql(UPDATE, {
      input: { id: eventGid, translations: [{ locale: 'en', title: 'A vigil' }] },
    });
    expect((await mailsTo('ana@example.org')).filter((mail) => mail.kind === 'rsvp-changed')).toHaveLength(1);
  });

  it('tells everyone registered or waiting when it is called off', async () => {
    const { body } = await admin.graphql<{ cancelEvent: { status: string } }>(
      `mutation ($id: ID!) { cancelEvent(id: $id) { ... on Event { status } } }`,
      { id: eventGid },
    );
    expect(body.data?.cancelEvent.status).toBe('CANCELLED');
    for (const email of ['ana@example.org', 'cho@example.org', 'eri@example.org']) {
      const calledOff = (await mailsTo(email)).filter((mail) => mail.kind === 'rsvp-called-off');
      expect(calledOff).toHaveLength(1);
      expect(calledOff[0]?.subject).toBe('Cancelled: A vigil');
    }
  });
});
