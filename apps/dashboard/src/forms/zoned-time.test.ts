import { describe, expect, it } from 'vitest';
import { instantOf, offsetMinutes, wallTimeOf } from './zoned-time';

describe('zoned time', () => {
  it('reads a wall time in the event’s zone, whatever the browser’s zone', () => {
    expect(instantOf('2026-12-10T15:00', 'Asia/Seoul')).toEqual({
      instant: '2026-12-10T06:00:00.000Z',
      skipped: false,
      repeated: false,
    });
    expect(instantOf('2026-12-10T15:00', 'America/New_York')?.instant).toBe('2026-12-10T20:00:00.000Z');
    expect(instantOf('2026-07-10T15:00', 'America/New_York')?.instant).toBe('2026-07-10T19:00:00.000Z');
    expect(instantOf('2026-07-10T15:00', 'Asia/Kolkata')?.instant).toBe('2026-07-10T09:30:00.000Z');
  });

  it('says when the clocks skip a time or pass it twice', () => {
    // New York jumps from 02:00 to 03:00 on 8 March 2026 and back from 02:00 to 01:00 on 1 November.
    expect(instantOf('2026-03-08T02:30', 'America/New_York')).toEqual({
      instant: '2026-03-08T07:30:00.000Z',
      skipped: true,
      repeated: false,
    });
    expect(instantOf('2026-11-01T01:30', 'America/New_York')).toEqual({
      instant: '2026-11-01T05:30:00.000Z',
      skipped: false,
      repeated: true,
    });
  });

  it('turns instants back into the wall time of a zone', () => {
    expect(wallTimeOf('2026-12-10T06:00:00.000Z', 'Asia/Seoul')).toBe('2026-12-10T15:00');
    expect(wallTimeOf('2026-11-01T06:30:00.000Z', 'America/New_York')).toBe('2026-11-01T01:30');
    expect(offsetMinutes(Date.parse('2026-06-01T00:00:00Z'), 'Europe/London')).toBe(60);
  });

  it('refuses what is not a datetime-local value', () => {
    expect(instantOf('10/12/2026 15:00', 'Asia/Seoul')).toBeNull();
  });
});
