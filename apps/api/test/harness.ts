// Starts the real API on a fresh database and talks to it over HTTP, as a client would.
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { seedDemoData } from '../src/demo/seed.js';
import { buildApp } from '../src/http/app.js';
import { cloneTemplate, type TestDatabase } from './databases.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
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
  close(): Promise<void>;
}

export interface TestApiOptions {
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
  const app = await buildApp(
    options.logStream
      ? { isProduction: options.production ?? false, logLevel: 'info', logStream: options.logStream }
      : { isProduction: options.production ?? false, logLevel: 'silent' },
    database,
  );
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  statements.length = 0;
  return {
    url,
    database,
    app,
    statements,
    async graphql<T>(
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
    },
    async close() {
      await app.close();
      await database.dispose().catch(() => undefined);
    },
  };
}
