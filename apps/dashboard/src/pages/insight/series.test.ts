import { describe, expect, it } from 'vitest';
import { align, bucketStarts, period } from './series';

const day = (date: string) => Date.parse(`${date}T00:00:00.000Z`);

describe('insight series', () => {
  it('fills the days without confirmations with zeros, on the same days for every series', () => {
    const starts = bucketStarts(day('2026-11-27') + 5_000, day('2026-11-30') + 3_600_000, 'DAY');
    expect(starts.map((start) => new Date(start).toISOString().slice(0, 10))).toEqual([
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ]);
    expect(
      align(
        [
          { start: '2026-11-28T00:00:00.000Z', count: 4 },
          { start: '2026-11-30T00:00:00.000Z', count: 1 },
        ],
        starts,
        'DAY',
      ),
    ).toEqual([0, 4, 0, 1]);
  });

  it('counts hours, and starts "all time" at the first bucket of any series', () => {
    const now = Date.parse('2026-11-29T03:30:00.000Z');
    const hours = period(null, now, [[{ start: '2026-11-29T01:00:00.000Z', count: 2 }], []], 'HOUR');
    expect(hours.map((start) => new Date(start).toISOString().slice(11, 13))).toEqual(['01', '02', '03']);
    expect(period(null, now, [[], []], 'HOUR')).toHaveLength(1);
  });
});
