import type { Locale } from '@chorus/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { execute, sendLocaleFrom } from './client';
import { ViewerQuery } from '../stores/session-operations';

/** The headers of each request the client sends, answered with an empty viewer. */
function recordRequests(): Headers[] {
  const sent: Headers[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    sent.push(new Headers(init.headers));
    return new Response(JSON.stringify({ data: { viewer: null } }), {
      headers: { 'content-type': 'application/json' },
    });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
  sendLocaleFrom(() => 'en');
});

describe('the GraphQL client', () => {
  it("asks for answers in the dashboard's language, changing with it from the next request", async () => {
    const sent = recordRequests();
    let locale: Locale = 'ko';
    sendLocaleFrom(() => locale);
    await execute(ViewerQuery);
    locale = 'ja';
    await execute(ViewerQuery);
    expect(sent.map((headers) => headers.get('accept-language'))).toEqual(['ko', 'ja']);
  });

  it('asks for English until it is told the language', async () => {
    const sent = recordRequests();
    await execute(ViewerQuery);
    expect(sent[0]?.get('accept-language')).toBe('en');
  });
});
