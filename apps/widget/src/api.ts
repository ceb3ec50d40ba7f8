// How the widget talks to Chorus: GraphQL for the appeal and the signature, count.json for the
// live count. Calls never carry cookies: the widget acts for an anonymous visitor of another site.

/** The request did not get an answer (offline, blocked, or the server failed): worth retrying. */
export class ConnectionError extends Error {}

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
  campaign: {
    leadOrganisation: { slug: string; name: string };
    partners: { edges: { node: { organisation: { slug: string; name: string } } }[] };
  };
}

export type SignResult =
  | { __typename: 'SignAppealSuccess'; confirmationRequired: boolean }
  | { __typename: 'ValidationError'; message: string; problems: { path: string[]; message: string }[] }
  | { __typename: string; message: string };

const APPEAL_QUERY = `query($s:String!,$l:String){appeal(slug:$s){status title(locale:$l) body(locale:$l) target(locale:$l) goal signatureCount consentText(locale:$l) consentVersion opensAt closesAt campaign{leadOrganisation{slug name} partners(first:100){edges{node{organisation{slug name}}}}}}}`;

const SIGN_MUTATION = `mutation($i:SignAppealInput!){signAppeal(input:$i){__typename ...on SignAppealSuccess{confirmationRequired} ...on Error{message} ...on ValidationError{problems{path message}}}}`;

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

async function graphql<T>(origin: string, query: string, variables: object): Promise<T> {
  const body = await call<{ data?: T | null; errors?: { message: string }[] }>(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (!body.data) throw new Error(body.errors?.[0]?.message ?? 'No data');
  return body.data;
}

export async function loadAppeal(origin: string, slug: string, locale: string): Promise<AppealData | null> {
  return (await graphql<{ appeal: AppealData | null }>(origin, APPEAL_QUERY, { s: slug, l: locale })).appeal;
}

export async function signAppeal(origin: string, input: object): Promise<SignResult> {
  return (await graphql<{ signAppeal: SignResult }>(origin, SIGN_MUTATION, { i: input })).signAppeal;
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
