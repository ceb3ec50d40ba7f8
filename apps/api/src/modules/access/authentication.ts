// Who is calling: a partner key in `Authorization: Bearer`, a dashboard session cookie, or nobody.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { viewerForSession } from '../accounts/accounts.service.js';
import { ApiKeyRejectedError, viewerForApiKey } from '../api-keys/api-keys.service.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

export class AuthenticationError extends Error {
  constructor(
    message: string,
    readonly status: 401 | 403,
  ) {
    super(message);
  }
}

export interface Credentials {
  authorization: string | undefined;
  sessionToken: string | undefined;
  /** The Origin header, when the browser sent one. */
  origin: string | undefined;
  /** The Host header: a browser request from a page of this same site has an Origin with this host. */
  host: string | undefined;
}

/**
 * A cookie is sent by the browser whatever page makes the request, so a request authenticated by
 * the session cookie must come from our own pages: its Origin, when present, must be this site or
 * one of the allowed origins. Browsers always send Origin on cross-site POSTs.
 */
function originAllowed(
  origin: string,
  host: string | undefined,
  allowedOrigins: ReadonlySet<string>,
): boolean {
  if (allowedOrigins.has(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function authenticate(
  db: Kysely<Database>,
  credentials: Credentials,
  allowedOrigins: ReadonlySet<string>,
): Promise<Viewer> {
  if (credentials.authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(credentials.authorization.trim());
    if (!match?.[1]) throw new AuthenticationError('Use the header Authorization: Bearer <API key>', 401);
    try {
      return await viewerForApiKey(db, match[1]);
    } catch (error) {
      if (error instanceof ApiKeyRejectedError) throw new AuthenticationError(error.message, 401);
      throw error;
    }
  }
  if (credentials.sessionToken) {
    if (
      credentials.origin !== undefined &&
      !originAllowed(credentials.origin, credentials.host, allowedOrigins)
    ) {
      throw new AuthenticationError(`Requests from ${credentials.origin} may not use a Chorus session`, 403);
    }
    return (await viewerForSession(db, credentials.sessionToken)) ?? ANONYMOUS;
  }
  return ANONYMOUS;
}
