import { describe, expect, it } from 'vitest';
import { pooledRandomBytes } from './random.js';

describe('pooledRandomBytes', () => {
  it('hands out the sizes asked for, never the same bytes twice, across refills of the pool', () => {
    const seen = new Set<string>();
    for (let index = 0; index < 2000; index += 1) {
      const bytes = pooledRandomBytes(12);
      expect(bytes).toHaveLength(12);
      seen.add(bytes.toString('hex'));
    }
    expect(seen.size).toBe(2000);
  });

  it('keeps what it handed out when the pool is replaced', () => {
    const first = pooledRandomBytes(32);
    const copy = Buffer.from(first);
    for (let index = 0; index < 1000; index += 1) pooledRandomBytes(32);
    expect(first.equals(copy)).toBe(true);
  });

  it('takes large requests straight from the system', () => {
    expect(pooledRandomBytes(4096)).toHaveLength(4096);
  });
});
