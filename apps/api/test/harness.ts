// Starts the real API on a fresh database and talks to it over HTTP, as a client would.
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { seedDemoData } from '../src/demo/seed.js';
import { buildApp } from '../src/http/app.js';
import { QueryBudget } from '../src/graphql/limits.js';
import { secretsFrom } from '../src/modules/privacy/secrets.js';
import {
  DEFAULT_SIGNING_LIMITS,
  SigningGuard,
  type SigningLimits,
} from '../src/modules/signatures/signing-guard.js';
import { ensureFirstAdmin } from '../src/modules/accounts/accounts.service.js';
import { SignInThrottle, type SignInThrottleOptions } from '../src/modules/accounts/sign-in-throttle.js';
import { cloneTemplate, type TestDatabase } from './databases.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

/** A fixed key, so tests can read what the server sealed. */
export const TEST_SECRETS = secretsFrom(Buffer.alloc(32, 42));

export const ADMIN = { email: 'admin@example.org', password: 'correct horse battery staple' } as const;

/** Sends GraphQL requests with fixed headers: a session cookie, an API key, an Origin. */
export interface Client {
  headers: Record<string, string>;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
}

export interface TestApi {
  url: string;
  database: TestDatabase;
  app: FastifyInstance;
  /** Every SQL statement run since the last `statements.length = 0`. */
  statements: string[];
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** A client with these headers. */
  client(headers: Record<string, string>): Client;
  /** Signs in through the API and returns a client carrying the session cookie. */
  signIn(email: string, password: string): Promise<Client>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /** Create the first admin, ADMIN. */
  admin?: boolean;
  signInThrottle?: SignInThrottleOptions;
  signingLimits?: Partial<SigningLimits>;
  /** Where people reach Chorus (PUBLIC_URL); an https one turns on HSTS and secure cookies. */
  publicUrl?: string;
  /** Let anonymous callers run only the widget's and the dashboard's operations, as production does. */
  enforceTrustedDocuments?: boolean;
  /** CHORUS_METRICS_TOKEN. */
  metricsToken?: string;
  /** Each API key's hourly query budget, instead of the default. */
  keyPointsPerHour?: number;
  /** Load the Korea Peace Now! demo campaign first. */
  demoData?: boolean;
  /** Run as in production (errors masked). */
  production?: boolean;
  /** Receives the server's log lines (JSON); silent when omitted. */
  logStream?: { write(line: string): void };
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const statements: string[] = [];
  const database = await cloneTemplate(inject('databaseTemplate'), (sqlText) => statements.push(sqlText));
  if (options.demoData) await seedDemoData(database.db);
  if (options.admin) await ensureFirstAdmin(database.db, ADMIN);
  const app = await buildApp(
    {
      isProduction: options.production ?? false,
      logLevel: options.logStream ? 'info' : 'silent',
      secrets: TEST_SECRETS,
      ...(options.logStream ? { logStream: options.logStream } : {}),
      ...(options.signInThrottle ? { signInThrottle: new SignInThrottle(options.signInThrottle) } : {}),
      signingGuard: new SigningGuard({ ...DEFAULT_SIGNING_LIMITS, ...options.signingLimits }),
      ...(options.keyPointsPerHour ? { queryBudget: new QueryBudget(options.keyPointsPerHour) } : {}),
      ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
      ...(options.metricsToken ? { metricsToken: options.metricsToken } : {}),
      ...(options.enforceTrustedDocuments ? { enforceTrustedDocuments: true } : {}),
    },
    database,
  );
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  statements.length = 0;
  async function graphql<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as GraphQLResponse<T>['body'],
    };
  }
  function client(headers: Record<string, string>): Client {
    return { headers, graphql: (query, variables) => graphql(query, variables, headers) };
  }
  return {
    url,
    database,
    app,
    statements,
    graphql,
    client,
    async signIn(email: string, password: string) {
      const result = await graphql<{ signIn: { __typename: string } }>(
        `
          mutation ($input: SignInInput!) {
            signIn(input: $input) {
              __typename
            }
          }
        `,
        { input: { email, password } },
      );
      const cookie = result.headers.get('set-cookie')?.split(';')[0];
      if (result.body.data?.signIn.__typename !== 'SignInSuccess' || !cookie) {
        throw new Error(`sign-in as ${email} failed: ${JSON.stringify(result.body)}`);
      }
      return client({ cookie });
    },
    async close() {
      await app.close();
      await database.dispose().catch(() => undefined);
    },
  };
}
