// Refused input in the caller's language: the same bad input, sent with Accept-Language en, ko or
// ja, gets the same stable problem codes and messages written in that language.
import { readFileSync } from 'node:fs';
import { PROBLEM_CODES } from '@chorus/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestApi, type Client, type TestApi } from './harness.js';

let api: TestApi;
let admin: Client;

beforeAll(async () => {
  api = await startTestApi({ admin: true, demoData: true });
  admin = await api.signIn(ADMIN.email, ADMIN.password);
});
afterAll(() => api.close());

interface Problem {
  path: string[];
  code: string;
  message: string;
}

interface Refusal {
  __typename: string;
  message: string;
  code?: string;
  path?: string[];
  problems?: Problem[];
}

const CREATE_CAMPAIGN = `mutation ($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    __typename
    ... on Error { message }
    ... on ValidationError { problems { path code message } }
    ... on ConflictError { code path }
  }
}`;

/** Creates a campaign as the admin, asking for answers in `language`. */
async function createCampaign(input: Record<string, unknown>, language?: string): Promise<Refusal> {
  const client = api.client({ ...admin.headers, ...(language ? { 'accept-language': language } : {}) });
  const { body } = await client.graphql<{ createCampaign: Refusal }>(CREATE_CAMPAIGN, { input });
  expect(body.errors).toBeUndefined();
  if (!body.data) throw new Error('no data');
  return body.data.createCampaign;
}

const TOO_LONG_TITLE = {
  slug: 'long-title',
  leadOrganisationSlug: 'wilpf',
  defaultLocale: 'en',
  translations: [{ locale: 'en', title: 'x'.repeat(201), summary: 'Fine' }],
};

describe('a problem found by the shared rules', () => {
  it.each([
    ['en', 'Must be at most 200 characters'],
    ['ko', '200자 이내로 입력해 주세요'],
    ['ja', '200文字以内で入力してください'],
  ])('is written in %s, with the same code', async (language, message) => {
    const refusal = await createCampaign(TOO_LONG_TITLE, language);
    expect(refusal).toEqual({
      __typename: 'ValidationError',
      message: `translations.en.title: ${message}`,
      problems: [{ path: ['translations', 'en', 'title'], code: 'tooLong', message }],
    });
  });

  it('is written in English when the request names no language Chorus speaks', async () => {
    for (const language of [undefined, 'fr-FR, de;q=0.8', '*']) {
      const refusal = await createCampaign(TOO_LONG_TITLE, language);
      expect(refusal.problems?.[0]?.message, String(language)).toBe('Must be at most 200 characters');
    }
  });

  it('follows the q-values of Accept-Language, region subtags aside', async () => {
    const refusal = await createCampaign(TOO_LONG_TITLE, 'fr;q=1, en-GB;q=0.3, ja-JP;q=0.9, ko;q=0.5');
    expect(refusal.problems?.[0]?.message).toBe('200文字以内で入力してください');
  });

  it('quotes what was given, in every language', async () => {
    const input = {
      ...TOO_LONG_TITLE,
      slug: 'Not A Slug',
      translations: [{ locale: 'fr', title: 'Paix', summary: 'Oui' }],
    };
    const english = await createCampaign(input, 'en');
    const korean = await createCampaign(input, 'ko');
    expect(english.problems?.map((problem) => problem.code)).toEqual(
      korean.problems?.map((problem) => problem.code),
    );
    expect(korean.problems).toEqual(
      expect.arrayContaining([
        {
          path: ['slug'],
          code: 'slugCharacters',
          message:
            '슬러그에는 "korea-peace-appeal"처럼 영문 소문자, 숫자, 하이픈(연속 없이)만 쓸 수 있습니다',
        },
        {
          path: ['translations', 'fr'],
          code: 'unsupportedLocale',
          message: '지원하지 않는 언어 "fr": 지원 언어는 en, ko, ja입니다',
        },
      ]),
    );
  });
});

describe('a problem found by a service', () => {
  it.each([
    ['en', 'The slug "korea-peace-now" is already taken'],
    ['ko', '슬러그 "korea-peace-now"은(는) 이미 쓰이고 있습니다'],
    ['ja', 'スラッグ「korea-peace-now」はすでに使われています'],
  ])('in a ConflictError is written in %s', async (language, message) => {
    const refusal = await createCampaign(
      {
        ...TOO_LONG_TITLE,
        slug: 'korea-peace-now',
        translations: [{ locale: 'en', title: 'Again', summary: 'Again' }],
      },
      language,
    );
    expect(refusal).toEqual({ __typename: 'ConflictError', code: 'slugTaken', message, path: ['slug'] });
  });

  it.each([
    ['en', 'There is no organisation with the slug "nobody-at-all"'],
    ['ko', '슬러그가 "nobody-at-all"인 단체가 없습니다'],
    ['ja', 'スラッグが「nobody-at-all」の団体はありません'],
  ])('in a ValidationError is written in %s', async (language, message) => {
    const refusal = await createCampaign(
      {
        ...TOO_LONG_TITLE,
        slug: 'orphan',
        leadOrganisationSlug: 'nobody-at-all',
        translations: [{ locale: 'en', title: 'Orphan', summary: 'No lead' }],
      },
      language,
    );
    expect(refusal.problems).toEqual([
      { path: ['leadOrganisationSlug'], code: 'unknownOrganisation', message },
    ]);
  });
});

describe('a visitor signing through the widget', () => {
  const SIGN = `mutation ($input: SignAppealInput!) {
    signAppeal(input: $input) {
      __typename
      ... on ValidationError { problems { path code message } }
    }
  }`;

  it('is told what is wrong in their language', async () => {
    const input = {
      appealSlug: 'korea-peace-appeal',
      name: 'www.spam.example',
      email: 'minji@',
      country: 'KR',
      locale: 'ja',
      consentToLead: true,
      consentVersion: '2026-11-v1',
    };
    const { body } = await api.graphql(SIGN, { input }, { 'accept-language': 'ja' });
    expect(body.data?.signAppeal).toEqual({
      __typename: 'ValidationError',
      problems: [
        { path: ['name'], code: 'nameHasWebAddress', message: 'お名前にウェブアドレスは使えません' },
        {
          path: ['email'],
          code: 'invalidEmail',
          message: 'name@example.org のような正しいメールアドレスを入力してください',
        },
      ],
    });
  });
});

it('tells caches that the answer depends on the language asked for', async () => {
  const { headers } = await api.graphql('{ __typename }', {}, { 'accept-language': 'ko' });
  expect(headers.get('vary')?.toLowerCase()).toContain('accept-language');
});

it('lists every problem code in the API guide', () => {
  const guide = readFileSync(new URL('../../../docs/api/README.md', import.meta.url), 'utf8');
  const section = guide.slice(guide.indexOf('### Refused input'));
  const listed = [...section.matchAll(/^\| `(\w+)` +\|/gm)].map((match) => match[1]);
  expect(listed).toEqual(PROBLEM_CODES);
});
