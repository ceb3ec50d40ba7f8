// Instants shown as wall-clock time in an IANA zone, with Intl only. Daylight-saving transitions
// make some wall times occur twice (autumn) and others never (spring); instants are what Chorus
// stores, so showing one is always exact, and the helpers here tell when a wall time is ambiguous.

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, cached);
  }
  return cached;
}

export function wallTime(instant: Date, timeZone: string): WallTime {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The wall time's fields read as if they were UTC: a plain number to compare and subtract. */
function wallAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** Minutes the zone is ahead of UTC at this instant (+540 in Seoul, −300 in New York in winter). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const whole = new Date(Math.floor(instant.getTime() / 1000) * 1000);
  return Math.round((wallAsUtc(wallTime(whole, timeZone)) - whole.getTime()) / 60_000);
}

function pad(value: number, length = 2): string {
  return String(Math.abs(value)).padStart(length, '0');
}

/** ISO 8601 local time with its offset, like 2027-03-14T01:30:00-05:00. */
export function formatLocal(instant: Date, timeZone: string): string {
  const wall = wallTime(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(
    wall.second,
  )}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/**
 * Whether a calendar reading this instant's wall time in the zone gets the same instant back.
 * RFC 5545 reads a wall time that occurs twice as its first occurrence, so an instant in the
 * repeated hour after clocks go back is not representable as local time.
 */
export function wallTimeIsUnambiguous(instant: Date, timeZone: string): boolean {
  const wall = wallAsUtc(wallTime(instant, timeZone));
  const day = 24 * 60 * 60 * 1000;
  const candidates = [
    offsetMinutes(new Date(wall - day), timeZone),
    offsetMinutes(new Date(wall + day), timeZone),
  ]
    .map((offset) => wall - offset * 60_000)
    .filter((candidate) => wallAsUtc(wallTime(new Date(candidate), timeZone)) === wall);
  return Math.min(...candidates) === instant.getTime();
}

/** A Date whose UTC fields are the wall time: the form calendar libraries take for "local time". */
export function wallTimeAsDate(instant: Date, timeZone: string): Date {
  return new Date(wallAsUtc(wallTime(instant, timeZone)));
}
