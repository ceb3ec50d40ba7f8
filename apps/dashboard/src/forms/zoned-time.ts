// Wall-clock times in a named time zone (an event's), to and from instants: "15:00 in Seoul on
// 10 December" is 06:00 UTC. Daylight saving makes some wall times happen twice and some never.

/** The offset of `zone` from UTC at this instant, in minutes (Seoul: +540). */
export function offsetMinutes(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((asUtc - (instant - (instant % 1000))) / 60_000);
}

export interface ZonedInstant {
  /** ISO 8601 in UTC. */
  instant: string;
  /** The wall time does not exist in the zone (the clocks jumped over it); the instant is just after the jump. */
  skipped: boolean;
  /** The wall time happens twice (the clocks went back); the instant is the first. */
  repeated: boolean;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant of a `datetime-local` value ("2026-12-10T15:00") read in `zone`; null when malformed. */
export function instantOf(wall: string, zone: string): ZonedInstant | null {
  const match = WALL_TIME.exec(wall);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The instant is asUtc less the zone's offset at that instant; two candidates cover a change.
  const candidates = [
    ...new Set([
      asUtc - offsetMinutes(asUtc, zone) * 60_000,
      asUtc - offsetMinutes(asUtc - 86_400_000, zone) * 60_000,
      asUtc - offsetMinutes(asUtc + 86_400_000, zone) * 60_000,
    ]),
  ]
    .filter((instant) => instant + offsetMinutes(instant, zone) * 60_000 === asUtc)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) {
    return { instant: new Date(first).toISOString(), skipped: false, repeated: candidates.length > 1 };
  }
  // Skipped by a jump forward: take the same distance after the jump, as most calendars do.
  const before = offsetMinutes(asUtc - 86_400_000, zone);
  return { instant: new Date(asUtc - before * 60_000).toISOString(), skipped: true, repeated: false };
}

/** The `datetime-local` value ("2026-12-10T15:00") of an instant in `zone`. */
export function wallTimeOf(instant: string, zone: string): string {
  const time = Date.parse(instant);
  return new Date(time + offsetMinutes(time, zone) * 60_000).toISOString().slice(0, 16);
}

/** Every IANA zone the browser knows, for a picker; a short list when it cannot say. */
export function knownTimeZones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: 'timeZone') => string[] }).supportedValuesOf;
  return supported
    ? supported('timeZone')
    : ['UTC', 'Asia/Seoul', 'Asia/Tokyo', 'America/New_York', 'Europe/London'];
}
