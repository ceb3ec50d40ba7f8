// The per-request GraphQL context. DataLoaders are created per request by the Pothos dataloader
// plugin (keyed on this object), so nothing cached here outlives the request.
import type { Locale } from '@chorus/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { SignInThrottle } from '../modules/accounts/sign-in-throttle.js';
import type { Secrets } from '../modules/privacy/secrets.js';
import type { SigningGuard } from '../modules/signatures/signing-guard.js';
import type { SigningBatches } from '../modules/signatures/signing-batches.js';
import type { ServiceContext } from '../modules/service-context.js';

/** Lets the sign-in mutations set and clear the session cookie on the HTTP response. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface GraphQLContext extends ServiceContext {
  requestId: string;
  /** The language to write refusals in: the best match of the Accept-Language header, else en. */
  locale: Locale;
  log: FastifyBaseLogger;
  sessionCookie: SessionCookie;
  /** The caller's address and user agent, and the Origin header a browser sent. */
  client: { ip: string | null; userAgent: string | null; origin: string | null };
  signInThrottle: SignInThrottle;
  /** Where people reach Chorus, for links in mail. */
  publicUrl: string;
  secrets: Secrets;
  signingGuard: SigningGuard;
  signingBatches: SigningBatches;
}
