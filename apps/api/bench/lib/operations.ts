// The documents Chorus's own clients send, which are all an anonymous caller may run in production
// (trusted documents): the widget's, sent by hash as the widget does, and the dashboard's sign-in.
import { readFileSync } from 'node:fs';
import { dashboardOperations } from '@chorus/dashboard';
import { widgetOperations } from '@chorus/widget';

const widget = JSON.parse(readFileSync(widgetOperations, 'utf8')) as Record<
  string,
  { query: string; sha256: string }
>;
const dashboard = JSON.parse(readFileSync(dashboardOperations, 'utf8')) as Record<string, string>;

function widgetOperation(name: string): { query: string; sha256: string } {
  const operation = widget[name];
  if (!operation) throw new Error(`The widget has no operation named ${name}`);
  return operation;
}

/** A request body for a widget operation, by hash alone (Apollo's persisted-query protocol). */
export function widgetRequest(name: 'sign' | 'appeal', variables: Record<string, unknown>): string {
  return JSON.stringify({
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: widgetOperation(name).sha256 } },
  });
}

export interface SignerInput {
  appealSlug: string;
  name: string;
  email: string;
  country: string;
  locale: string;
  consentToLead: boolean;
  consentVersion: string;
  fillMs: number;
}

/** The widget's signAppeal request for this signer. */
export function signRequest(input: SignerInput): string {
  return widgetRequest('sign', { i: input });
}

/** The dashboard's sign-in mutation, as its own text. */
export const SIGN_IN = (() => {
  const document = Object.values(dashboard).find((text) => text.startsWith('mutation SignIn('));
  if (!document) throw new Error("The dashboard's operations have no SignIn mutation");
  return document;
})();
