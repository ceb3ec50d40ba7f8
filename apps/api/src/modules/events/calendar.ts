// Events as iCalendar (RFC 5545): times in the event's own zone with its VTIMEZONE, a stable UID,
// SEQUENCE from the event's revision, STATUS:CANCELLED once cancelled, and a URL back to Chorus.
import type { Locale } from '@chorus/domain';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { translate } from '../translations.js';
import type { CampaignEvent } from './events.service.js';
import { wallTimeAsDate, wallTimeIsUnambiguous } from './local-time.js';

export function calendarFor(
  events: readonly CampaignEvent[],
  options: { name: string; publicUrl: string; locale: Locale | null },
): string {
  const calendar = ical({ name: options.name, prodId: { company: 'Chorus', product: 'events' } });
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  for (const event of events) {
    const text = translate(event, options.locale);
    // A wall time inside the hour repeated when clocks go back reads as its first occurrence in
    // every calendar (RFC 5545 3.3.5); such an event is written in UTC instead, which is exact.
    const local =
      wallTimeIsUnambiguous(event.startsAt, event.timeZone) &&
      wallTimeIsUnambiguous(event.endsAt, event.timeZone);
    calendar.createEvent({
      id: `${event.id}@chorus`,
      sequence: event.sequence,
      start: local ? wallTimeAsDate(event.startsAt, event.timeZone) : event.startsAt,
      end: local ? wallTimeAsDate(event.endsAt, event.timeZone) : event.endsAt,
      timezone: local ? event.timeZone : null,
      summary: text.title,
      description: text.description || null,
      location: [event.venue, event.address].filter(Boolean).join(', ') || null,
      url: `${options.publicUrl}/events/${event.id}`,
      // A completed event did take place: it stays confirmed in calendars.
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      created: event.createdAt,
    });
  }
  return calendar.toString();
}
