// How the widget talks to Chorus: GraphQL for the appeal, POST /appeals/{slug}/signatures to sign,
// count.json for the live count. Calls never carry cookies: the widget acts for an anonymous
// visitor of another site. Accept-Language, a header browsers let any page send, has Chorus write
// its refusals (field problems) in the widget's language.
import { appeal as APPEAL_QUERY } from '../operations.json';

/** The request did not get an answer (offline, blocked, or the server failed): worth retrying. */
export class ConnectionError extends Error {}

/** Whether the appeal's form asks for a postcode or a comment, and whether it must be given. */
export type FieldMode = 'HIDDEN' | 'OPTIONAL' | 'REQUIRED';

export interface AppealData {
  status: string;
  title: string;
  body: string;
  target: string;
  goal: number | null;
  signatureCount: number;
  consentText: string;
  consentVersion: string;
  opensAt: string | null;
  closesAt: string | null;
  postcodeField: FieldMode;
  commentField: FieldMode;
  campaign: {
    leadOrganisation: { slug: string; name: string };
    partners: { edges: { node: { organisation: { slug: string; name: string } } }[] };
  };
}

/** The signing route's answer: recorded, or refused with the refusal's type and words. */
export type SignResult =
  | { confirmationRequired: boolean }
  | { type: string; error: string; problems?: { path: string[]; message: string }[] };

/** An operation of the widget: its text, and the SHA-256 of that text it is sent by. */
interface Operation {
  query: string;
  sha256: string;
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, credentials: 'omit', mode: 'cors' });
  } catch (error) {
    throw new ConnectionError(String(error));
  }
  if (response.status >= 500) throw new ConnectionError(`HTTP ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new ConnectionError(`HTTP ${response.status}: not JSON`);
  }
}

type GraphQLBody<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };

/**
 * Sends an operation by its hash alone (Chorus knows the widget's operations: they are its trusted
 * documents), and its text only if the server asks for it.
 */
async function graphql<T>(
  origin: string,
  operation: Operation,
  variables: object,
  locale: string,
): Promise<T> {
  const send = (withText: boolean) =>
    call<GraphQLBody<T>>(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': locale },
      body: JSON.stringify({
        ...(withText ? { query: operation.query } : {}),
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: operation.sha256 } },
      }),
    });
  let body = await send(false);
  if (body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') body = await send(true);
  if (!body.data) throw new Error(body.errors?.[0]?.message ?? 'No data');
  return body.data;
}

export async function loadAppeal(origin: string, slug: string, locale: string): Promise<AppealData | null> {
  return (await graphql<{ appeal: AppealData | null }>(origin, APPEAL_QUERY, { s: slug, l: locale }, locale))
    .appeal;
}

export async function signAppeal(
  origin: string,
  { appealSlug, ...signature }: { appealSlug: string; locale: string },
): Promise<SignResult> {
  const body = await call<Partial<{ confirmationRequired: boolean; type: string; error: string }>>(
    `${origin}/appeals/${encodeURIComponent(appealSlug)}/signatures`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': signature.locale },
      body: JSON.stringify(signature),
    },
  );
  if (typeof body.confirmationRequired === 'boolean')
    return { confirmationRequired: body.confirmationRequired };
  return { problems: [], ...body, type: body.type ?? 'Error', error: body.error ?? 'Refused' };
}

export async function loadCount(origin: string, slug: string): Promise<number> {
  const body = await call<{ count?: number }>(`${origin}/appeals/${encodeURIComponent(slug)}/count.json`);
  if (typeof body.count !== 'number') throw new ConnectionError('No count');
  return body.count;
}

/** Milliseconds until the next count request: the interval, doubled for each failure in a row. */
export function nextPollDelay(intervalMs: number, failures: number, maxMs = 5 * 60_000): number {
  return Math.min(intervalMs * 2 ** Math.min(failures, 10), maxMs);
}
