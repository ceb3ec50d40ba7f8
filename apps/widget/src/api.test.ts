import { describe, expect, it } from 'vitest';
import { nextPollDelay } from './api.js';

describe('nextPollDelay', () => {
  it('waits the interval while requests succeed', () => {
    expect(nextPollDelay(20_000, 0)).toBe(20_000);
  });

  it('doubles the wait for each failure in a row, up to five minutes', () => {
    expect([1, 2, 3, 4].map((failures) => nextPollDelay(20_000, failures))).toEqual([
      40_000, 80_000, 160_000, 300_000,
    ]);
    expect(nextPollDelay(20_000, 1000)).toBe(300_000);
  });
});

describe('the operations', () => {
  it('are sent by the SHA-256 of their exact text', async () => {
    const { createHash } = await import('node:crypto');
    const operations = (await import('../operations.json')).default as Record<
      string,
      { query: string; sha256: string }
    >;
    for (const operation of Object.values(operations)) {
      expect(createHash('sha256').update(operation.query).digest('hex')).toBe(operation.sha256);
    }
  });
});
