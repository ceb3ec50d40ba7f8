import { describe, expect, it } from 'vitest';
import { formatLocal, offsetMinutes, wallTimeIsUnambiguous } from './local-time.js';

describe('local time', () => {
  it('shows an instant in Seoul, New York and Geneva', () => {
    const instant = new Date('2026-12-28T12:00:00Z');
    expect(formatLocal(instant, 'Asia/Seoul')).toBe('2026-12-28T21:00:00+09:00');
    expect(formatLocal(instant, 'America/New_York')).toBe('2026-12-28T07:00:00-05:00');
    expect(formatLocal(instant, 'Europe/Zurich')).toBe('2026-12-28T13:00:00+01:00');
    expect(formatLocal(instant, 'Asia/Kolkata')).toBe('2026-12-28T17:30:00+05:30');
  });

  it('follows daylight saving across the spring transition', () => {
    // New York, 14 March 2027: 02:00 EST becomes 03:00 EDT.
    expect(formatLocal(new Date('2027-03-14T06:30:00Z'), 'America/New_York')).toBe(
      '2027-03-14T01:30:00-05:00',
    );
    expect(formatLocal(new Date('2027-03-14T07:30:00Z'), 'America/New_York')).toBe(
      '2027-03-14T03:30:00-04:00',
    );
    expect(offsetMinutes(new Date('2027-03-14T07:00:00Z'), 'America/New_York')).toBe(-240);
  });

  it('tells the repeated autumn hour apart', () => {
    // New York, 7 November 2027: 02:00 EDT becomes 01:00 EST, so 01:30 happens twice.
    const first = new Date('2027-11-07T05:30:00Z');
    const second = new Date('2027-11-07T06:30:00Z');
    expect(formatLocal(first, 'America/New_York')).toBe('2027-11-07T01:30:00-04:00');
    expect(formatLocal(second, 'America/New_York')).toBe('2027-11-07T01:30:00-05:00');
    expect(wallTimeIsUnambiguous(first, 'America/New_York')).toBe(true);
    expect(wallTimeIsUnambiguous(second, 'America/New_York')).toBe(false);
    expect(wallTimeIsUnambiguous(new Date('2027-03-14T07:30:00Z'), 'America/New_York')).toBe(true);
    expect(wallTimeIsUnambiguous(second, 'Asia/Seoul')).toBe(true);
  });
});
