import { describe, expect, it } from 'vitest';
import { appealInputSchema } from './entities.js';
import { embedOriginProblem, embedOriginsSchema, embeddingAllowed } from './embedding.js';
import { problemMessage } from './problems.js';

/** What is wrong with an origin, in English. */
function refusal(value: string): string | null {
  const found = embedOriginProblem(value);
  return found && problemMessage(found, 'en');
}

describe('embedOriginProblem', () => {
  it('accepts origins as browsers send them', () => {
    for (const origin of [
      'https://www.wilpf.org',
      'http://localhost:8080',
      'https://peace.example.co.kr',
      'http://127.0.0.1:3000',
      'http://[::1]:5173',
      'https://xn--9t4b11yi5a.kr',
    ]) {
      expect(embedOriginProblem(origin), origin).toBeNull();
    }
  });

  it('refuses paths, trailing slashes and other schemes, saying what to leave out', () => {
    expect(embedOriginProblem('https://www.wilpf.org/')).toEqual({
      code: 'originHasPath',
      params: { value: 'https://www.wilpf.org/' },
    });
    expect(refusal('https://www.wilpf.org/')).toMatch(/leave out the path and any trailing slash/);
    expect(refusal('https://www.wilpf.org/korea')).toMatch(/leave out the path/);
    expect(refusal('ftp://example.org')).toMatch(/give the scheme \(http or https\)/);
    expect(refusal('www.wilpf.org')).toMatch(/give the scheme/);
    expect(refusal('https://*.wilpf.org')).toMatch(/not an origin/);
    expect(refusal('')).toMatch(/not an origin/);
  });

  it('refuses upper case hosts and default ports, which never match an Origin header', () => {
    expect(refusal('https://WILPF.org')).toMatch(/host in lower case/);
    expect(refusal('https://wilpf.org:443')).toBe(
      '"https://wilpf.org:443" is written "https://wilpf.org" by browsers: use that form',
    );
    expect(embedOriginProblem('https://wilpf.org:443')?.code).toBe('originNotAsBrowsersWrite');
    expect(refusal('http://localhost:99999')).toMatch(/port is not valid/);
  });
});

describe('embedOriginsSchema', () => {
  it('drops repeated origins and reports each bad one at its index', () => {
    expect(embedOriginsSchema.parse(['https://a.example', 'https://a.example'])).toEqual([
      'https://a.example',
    ]);
    const result = embedOriginsSchema.safeParse(['https://a.example', 'https://b.example/']);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[1]]);
  });

  it('is part of an appeal, empty unless given', () => {
    const appeal = {
      campaignSlug: 'korea-peace-now',
      slug: 'korea-peace-appeal',
      status: 'open',
      goal: null,
      opensAt: null,
      closesAt: null,
      consentVersion: 'v1',
      defaultLocale: 'en',
      translations: { en: { title: 'T', body: 'B', target: 'T', consentText: 'C' } },
    };
    expect(appealInputSchema.parse(appeal).allowedEmbedOrigins).toEqual([]);
    expect(
      appealInputSchema.safeParse({ ...appeal, allowedEmbedOrigins: ['wilpf.org'] }).error?.issues[0]?.path,
    ).toEqual(['allowedEmbedOrigins', 0]);
  });
});

describe('embeddingAllowed', () => {
  it('allows any site when the list is empty, and only listed sites otherwise', () => {
    expect(embeddingAllowed([], 'https://anywhere.example')).toBe(true);
    expect(embeddingAllowed(['https://www.wilpf.org'], 'https://www.wilpf.org')).toBe(true);
    expect(embeddingAllowed(['https://www.wilpf.org'], 'https://wilpf.org')).toBe(false);
    expect(embeddingAllowed(['https://www.wilpf.org'], 'http://www.wilpf.org')).toBe(false);
  });

  it("always allows Chorus's own site", () => {
    expect(
      embeddingAllowed(['https://www.wilpf.org'], 'https://chorus.example', 'https://chorus.example'),
    ).toBe(true);
  });
});
