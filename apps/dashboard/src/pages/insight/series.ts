// The API returns only the hours or days that had confirmations; charts and tables want every
// bucket of the period, zeros included, and every series on the same buckets.

export type Interval = 'DAY' | 'HOUR';

export interface Bucket {
  start: string;
  count: number;
}

const STEP: Record<Interval, number> = { DAY: 86_400_000, HOUR: 3_600_000 };

/** The start (UTC) of the bucket holding this instant. */
export function bucketStart(instant: number, interval: Interval): number {
  return instant - (instant % STEP[interval]);
}

/** Every bucket start from the one holding `from` to the one holding `to`, as epoch milliseconds. */
export function bucketStarts(from: number, to: number, interval: Interval): number[] {
  const starts: number[] = [];
  for (let start = bucketStart(from, interval); start <= to; start += STEP[interval]) starts.push(start);
  return starts;
}

/** The counts of one series on the given buckets, 0 where it had none. */
export function align(buckets: readonly Bucket[], starts: readonly number[], interval: Interval): number[] {
  const byStart = new Map<number, number>();
  for (const bucket of buckets) {
    const start = bucketStart(Date.parse(bucket.start), interval);
    byStart.set(start, (byStart.get(start) ?? 0) + bucket.count);
  }
  return starts.map((start) => byStart.get(start) ?? 0);
}

/** The period to show: from the given start (or the first bucket of any series) to now. */
export function period(
  from: number | null,
  now: number,
  series: readonly (readonly Bucket[])[],
  interval: Interval,
): number[] {
  const earliest = Math.min(...series.flat().map((bucket) => Date.parse(bucket.start)), now);
  return bucketStarts(from ?? earliest, now, interval);
}
