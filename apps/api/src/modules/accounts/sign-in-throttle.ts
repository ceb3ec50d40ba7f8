// Slows password guessing: after too many failures for one account, or from one address, sign-in
// is refused for a while. Counters live in Redis when there is one, shared by every process, and
// otherwise in memory, per process.
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from 'rate-limiter-flexible';
import { TooManyAttemptsError } from '../errors.js';

export interface SignInThrottleOptions {
  /** Failures allowed per account within the window. */
  perAccount: number;
  /** Failures allowed per IP address within the window. */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottleOptions = {
  perAccount: 5,
  perAddress: 50,
  windowSeconds: 15 * 60,
};

export class SignInThrottle {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  /** With a Redis client, failures count across every Chorus process using that Redis. */
  constructor(
    private readonly options: SignInThrottleOptions = DEFAULT_SIGN_IN_THROTTLE,
    redis: Redis | null = null,
  ) {
    const make = (keyPrefix: string, points: number) => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: options.windowSeconds });
      // While Redis is unreachable, each process counts on its own rather than letting every guess through.
      return redis
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix: `chorus:sign-in:${keyPrefix}`,
            points,
            duration: options.windowSeconds,
            insuranceLimiter: memory,
          })
        : memory;
    };
    this.byAccount = make('account', options.perAccount);
    this.byAddress = make('address', options.perAddress);
  }

  /** Throws TooManyAttemptsError when either counter is used up. */
  async check(account: string, address: string | null): Promise<void> {
    const [accountState, addressState] = await Promise.all([
      this.byAccount.get(keyOf(account)),
      address ? this.byAddress.get(keyOf(address)) : Promise.resolve(null),
    ]);
    const blocked = [
      exhausted(accountState, this.options.perAccount),
      exhausted(addressState, this.options.perAddress),
    ].filter((ms): ms is number => ms !== null);
    if (blocked.length > 0)
      throw new TooManyAttemptsError(Math.max(1, Math.ceil(Math.max(...blocked) / 1000)));
  }

  async failed(account: string, address: string | null): Promise<void> {
    await Promise.all([
      this.byAccount.penalty(keyOf(account), 1),
      address ? this.byAddress.penalty(keyOf(address), 1) : Promise.resolve(),
    ]);
  }

  async succeeded(account: string): Promise<void> {
    await this.byAccount.delete(keyOf(account));
  }
}

/** Counters are keyed by a hash: emails and addresses do not sit in Redis in the clear. */
function keyOf(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

function exhausted(state: RateLimiterRes | null, points: number): number | null {
  return state && state.consumedPoints >= points ? state.msBeforeNext : null;
}
