import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SIGNING_LIMITS, SigningGuard } from './signing-guard.js';

const limits = {
  ...DEFAULT_SIGNING_LIMITS,
  burst: 2,
  burstSeconds: 60,
  sustained: 3,
  sustainedSeconds: 3600,
};

describe('SigningGuard', () => {
  it('marks an address past the burst, then past the sustained limit, per appeal', async () => {
    const guard = new SigningGuard(limits);
    const appeal = randomUUID();
    expect(await guard.overLimit('a'.repeat(32), appeal)).toBeNull();
    expect(await guard.overLimit('a'.repeat(32), appeal)).toBeNull();
    expect(await guard.overLimit('a'.repeat(32), appeal)).toBe('burst limit');
    expect(await guard.overLimit('b'.repeat(32), appeal)).toBeNull();
    expect(await guard.overLimit('a'.repeat(32), randomUUID())).toBeNull();
    expect(await guard.overLimit(null, appeal)).toBeNull();
  });

  describe('with Redis', () => {
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
    afterAll(() => redis.disconnect());

    it('shares the limits between processes', async () => {
      const first = new SigningGuard(limits, redis);
      const second = new SigningGuard(limits, redis);
      const appeal = randomUUID();
      expect(await first.overLimit('c'.repeat(32), appeal)).toBeNull();
      expect(await second.overLimit('c'.repeat(32), appeal)).toBeNull();
      expect(await first.overLimit('c'.repeat(32), appeal)).toBe('burst limit');
    });
  });
});
