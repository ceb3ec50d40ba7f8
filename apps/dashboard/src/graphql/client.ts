// Sends typed GraphQL operations to the API this page was served by, with the session cookie and
// the dashboard's language, in which the API writes its refusals (field problems and the like).
import { DEFAULT_LOCALE, type Locale } from '@chorus/domain';
import type { TypedDocumentString } from './generated/graphql';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; requestId?: string };
}

/** The request failed as a whole: the network, the server, or the session. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }

  get isUnauthenticated(): boolean {
    return this.code === 'UNAUTHENTICATED';
  }
}

type Listener = (error: GraphQLRequestError) => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when the API says the session is gone, so the app can ask the person to sign in again. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export const GRAPHQL_ENDPOINT = '/graphql';

let currentLocale: () => Locale = () => DEFAULT_LOCALE;

/**
 * Where requests learn the dashboard's language: read at each request, so a change of language
 * applies from the next one.
 */
export function sendLocaleFrom(locale: () => Locale): void {
  currentLocale = locale;
}

/** Variables are required exactly when the operation declares any. */
export type VariablesOf<TVariables> = TVariables extends Record<string, never> ? [] : [TVariables];

export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesOf<TVariables>
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-language': currentLocale(),
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new GraphQLRequestError(
      'Chorus cannot be reached. Check your connection and try again.',
      'NETWORK',
    );
  }
  let body: { data?: TResult | null; errors?: GraphQLErrorShape[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(
      `Chorus answered with an unexpected response (${response.status}).`,
      'HTTP',
    );
  }
  const first = body.errors?.[0];
  if (first) {
    const error = new GraphQLRequestError(
      first.message,
      first.extensions?.code ?? null,
      first.extensions?.requestId ?? null,
    );
    if (error.isUnauthenticated) for (const listener of unauthenticatedListeners) listener(error);
    throw error;
  }
  if (!body.data) throw new GraphQLRequestError('Chorus answered without data.', 'HTTP');
  return body.data;
}
