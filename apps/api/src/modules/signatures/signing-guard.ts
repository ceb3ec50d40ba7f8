// Keeps bots and floods from inflating a count without turning people away: a submission that
// trips a limit, the honeypot, the minimum filling time or a block list is still answered as a
// success, but stored as `suspect`: never counted, never mailed, and reviewable by admins.
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';

export interface SigningLimits {
  /** Submissions per address and appeal within `burstSeconds`. */
  burst: number;
  burstSeconds: number;
  /** Submissions per address and appeal within `sustainedSeconds`. */
  sustained: number;
  sustainedSeconds: number;
  /** A form filled faster than this was not filled by a person. */
  minFillMs: number;
}

export const DEFAULT_SIGNING_LIMITS: SigningLimits = {
  burst: 10,
  burstSeconds: 60,
  sustained: 100,
  sustainedSeconds: 24 * 60 * 60,
  minFillMs: 1500,
};

export class SigningGuard {
  private readonly burst: RateLimiterAbstract;
  private readonly sustained: RateLimiterAbstract;

  /** With a Redis client, limits are shared by every Chorus process using that Redis. */
  constructor(
    readonly limits: SigningLimits = DEFAULT_SIGNING_LIMITS,
    redis: Redis | null = null,
  ) {
    const make = (keyPrefix: string, points: number, duration: number) =>
      redis
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix: `chorus:sign:${keyPrefix}`,
            points,
            duration,
          })
        : new RateLimiterMemory({ keyPrefix, points, duration });
    this.burst = make('burst', limits.burst, limits.burstSeconds);
    this.sustained = make('sustained', limits.sustained, limits.sustainedSeconds);
  }

  /**
   * Counts this submission against the address's limits for the appeal; returns why it is
   * suspect, or null. Without an address (a server-side caller) there is nothing to limit.
   */
  async overLimit(ipHash: string | null, appealId: string): Promise<string | null> {
    if (!ipHash) return null;
    const key = `${appealId}:${ipHash}`;
    const [burst, sustained] = await Promise.allSettled([
      this.burst.consume(key),
      this.sustained.consume(key),
    ]);
    // A limiter rejects with its state when the limit is reached, and with an Error when its store
    // (Redis) fails; then nobody is marked suspect on its account.
    if (burst.status === 'rejected' && !(burst.reason instanceof Error)) return 'burst limit';
    if (sustained.status === 'rejected' && !(sustained.reason instanceof Error)) return 'daily limit';
    return null;
  }
}
