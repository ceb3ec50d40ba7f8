// Events in calendars: iCalendar that an independent parser (ical.js) reads back to the same
// instants, across daylight-saving transitions, with revisions and cancellations.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelEvent } from '../src/modules/events/events.service.js';
import { aCampaign, anEvent, anOrganisation, asSystem } from './fixtures.js';
import { startTestApi, type TestApi } from './harness.js';

let api: TestApi;
const ids: Record<string, string> = {};

const EVENTS = {
  // New York, 14 March 2027: clocks jump from 02:00 to 03:00. This vigil spans the jump.
  springVigil: {
    startsAt: '2027-03-14T06:30:00Z',
    endsAt: '2027-03-14T07:30:00Z',
    timeZone: 'America/New_York',
  },
  // New York, 7 November 2027: 01:00–02:00 happens twice; this starts in the second 01:30.
  repeatedHour: {
    startsAt: '2027-11-07T06:30:00Z',
    endsAt: '2027-11-07T07:00:00Z',
    timeZone: 'America/New_York',
  },
  seoul: { startsAt: '2027-01-10T09:00:00Z', endsAt: '2027-01-10T10:30:00Z', timeZone: 'Asia/Seoul' },
} as const;

beforeAll(async () => {
  api = await startTestApi();
  const db = api.database.db;
  await anOrganisation(db, 'host-org');
  await anOrganisation(db, 'partner-org');
  await aCampaign(db, 'vigils', { lead: 'host-org' });
  await aCampaign(db, 'secret-plans', { lead: 'host-org', status: 'draft' });
  for (const [name, times] of Object.entries(EVENTS)) {
    const event = await anEvent(db, {
      campaign: 'vigils',
      host: 'host-org',
      startsAt: new Date(times.startsAt),
      title: name,
    });
    await db
      .updateTable('events')
      .set({ ends_at: new Date(times.endsAt), time_zone: times.timeZone })
      .where('id', '=', event.id)
      .execute();
    ids[name] = event.id;
  }
  await anEvent(db, {
    campaign: 'secret-plans',
    host: 'host-org',
    startsAt: new Date('2027-02-01T00:00:00Z'),
    title: 'hidden',
  });
  await cancelEvent(asSystem(db), ids.seoul ?? '');
});
afterAll(() => api.close());

function parse(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

describe('the campaign feed', () => {
  let text = '';
  let events: ICAL.Event[] = [];

  beforeAll(async () => {
    const response = await fetch(`${api.url}/campaigns/vigils/events.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    text = await response.text();
    events = parse(text);
  });

  it('lists the published events, each under a stable UID with a link back', () => {
    expect(events.map((event) => event.summary).sort()).toEqual(['repeatedHour', 'seoul', 'springVigil']);
    for (const [name, id] of Object.entries(ids)) {
      const event = events.find((candidate) => candidate.summary === name);
      expect(event?.uid).toBe(`${id}@chorus`);
      expect(event?.component.getFirstPropertyValue('url')).toBe(`${api.url}/events/${id}`);
    }
  });

  it('reads back to the exact instants, across daylight saving', () => {
    for (const [name, times] of Object.entries(EVENTS)) {
      const event = events.find((candidate) => candidate.summary === name);
      expect(event?.startDate.toJSDate().toISOString()).toBe(new Date(times.startsAt).toISOString());
      expect(event?.endDate.toJSDate().toISOString()).toBe(new Date(times.endsAt).toISOString());
    }
  });

  it("writes local time in the event's zone, with its VTIMEZONE, except in a repeated hour", () => {
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:America/New_York');
    expect(text).toContain('TZID:Asia/Seoul');
    expect(text).toContain('DTSTART;TZID=America/New_York:20270314T013000');
    expect(text).toContain('DTEND;TZID=America/New_York:20270314T033000');
    expect(text).toContain('DTSTART;TZID=Asia/Seoul:20270110T180000');
    // The second 01:30 of 7 November cannot be told apart in local time: it is written in UTC.
    expect(text).toContain('DTSTART:20271107T063000Z');
  });

  it('marks a cancelled event, with a new revision', () => {
    const seoul = events.find((event) => event.summary === 'seoul');
    expect(seoul?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(seoul?.sequence).toBe(1);
    expect(events.find((event) => event.summary === 'springVigil')?.sequence).toBe(0);
  });
});

it('serves one event, an organisation feed, and hides unpublished campaigns', async () => {
  const single = parse(await (await fetch(`${api.url}/events/${ids.springVigil}.ics`)).text());
  expect(single.map((event) => event.summary)).toEqual(['springVigil']);
  const organisation = parse(await (await fetch(`${api.url}/organisations/host-org/events.ics`)).text());
  expect(organisation.map((event) => event.summary).sort()).toEqual(['repeatedHour', 'seoul', 'springVigil']);
  expect((await fetch(`${api.url}/campaigns/secret-plans/events.ics`)).status).toBe(404);
  expect((await fetch(`${api.url}/events/not-an-id.ics`)).status).toBe(404);
  const page = await fetch(`${api.url}/events/${ids.springVigil}`);
  expect(await page.text()).toContain('2027-03-14T01:30:00-05:00');
});

it('gives local times in the event’s zone and in the reader’s', async () => {
  const id = Buffer.from(`Event:${ids.springVigil}`).toString('base64');
  const { body } = await api.graphql(
    `query ($id: ID!) { event(id: $id) {
      startsAt startsAtLocal endsAtLocal tokyo: startsAtLocal(timeZone: "Asia/Tokyo") calendarUrl
    } }`,
    { id },
  );
  expect(body.data?.event).toEqual({
    startsAt: '2027-03-14T06:30:00.000Z',
    startsAtLocal: '2027-03-14T01:30:00-05:00',
    endsAtLocal: '2027-03-14T03:30:00-04:00',
    tokyo: '2027-03-14T15:30:00+09:00',
    calendarUrl: `${api.url}/events/${ids.springVigil}.ics`,
  });
  const bad = await api.graphql(`query ($id: ID!) { event(id: $id) { startsAtLocal(timeZone: "KST") } }`, {
    id,
  });
  expect(bad.body.errors?.[0]?.message).toMatch(/Unknown time zone "KST"/);
});
