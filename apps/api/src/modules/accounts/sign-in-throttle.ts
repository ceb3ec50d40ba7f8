// Slows password guessing: after too many failures for one account, or from one address, sign-in
// is refused for a while. Counters live in memory, so they are per process.
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
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
  private readonly byAccount: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(private readonly options: SignInThrottleOptions = DEFAULT_SIGN_IN_THROTTLE) {
    this.byAccount = new RateLimiterMemory({
      keyPrefix: 'account',
      points: options.perAccount,
      duration: options.windowSeconds,
    });
    this.byAddress = new RateLimiterMemory({
      keyPrefix: 'address',
      points: options.perAddress,
      duration: options.windowSeconds,
    });
  }

  /** Throws TooManyAttemptsError when either counter is used up. */
  async check(account: string, address: string | null): Promise<void> {
    const [accountState, addressState] = await Promise.all([
      this.byAccount.get(account),
      address ? this.byAddress.get(address) : Promise.resolve(null),
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
      this.byAccount.penalty(account, 1),
      address ? this.byAddress.penalty(address, 1) : Promise.resolve(),
    ]);
  }

  async succeeded(account: string): Promise<void> {
    await this.byAccount.delete(account);
  }
}

function exhausted(state: RateLimiterRes | null, points: number): number | null {
  return state && state.consumedPoints >= points ? state.msBeforeNext : null;
}
