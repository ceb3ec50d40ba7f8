import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { TooManyAttemptsError } from '../errors.js';
import { SignInThrottle } from './sign-in-throttle.js';

const options = { perAccount: 2, perAddress: 3, windowSeconds: 600 };

describe('SignInThrottle', () => {
  it('refuses an account after its failures, and forgets them after a success', async () => {
    const throttle = new SignInThrottle(options);
    await throttle.failed('ana@example.org', null);
    await throttle.check('ana@example.org', null);
    await throttle.failed('ana@example.org', null);
    await expect(throttle.check('ana@example.org', null)).rejects.toBeInstanceOf(TooManyAttemptsError);
    await throttle.check('bo@example.org', null);
    await throttle.succeeded('ana@example.org');
    await throttle.check('ana@example.org', null);
  });

  describe('with Redis', () => {
    // A prefix per run, so runs sharing a Redis do not see each other's counters.
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
      maxRetriesPerRequest: 1,
      keyPrefix: `test-${randomUUID()}:`,
    });
    afterAll(() => redis.disconnect());

    it('counts failures across processes, per account and per address, without storing either in the clear', async () => {
      const first = new SignInThrottle(options, redis);
      const second = new SignInThrottle(options, redis);
      await first.failed('ana@example.org', '198.51.100.7');
      await second.failed('ana@example.org', '198.51.100.7');
      await expect(first.check('ana@example.org', null)).rejects.toBeInstanceOf(TooManyAttemptsError);
      await expect(second.check('ana@example.org', null)).rejects.toBeInstanceOf(TooManyAttemptsError);
      await second.failed('bo@example.org', '198.51.100.7');
      await expect(first.check('cy@example.org', '198.51.100.7')).rejects.toBeInstanceOf(
        TooManyAttemptsError,
      );
      const keys = await redis.keys(`${redis.options.keyPrefix ?? ''}*`);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.join(' ')).not.toMatch(/example\.org|198\.51/);
      await redis.del(...keys.map((key) => key.slice((redis.options.keyPrefix ?? '').length)));
    });
  });
});
