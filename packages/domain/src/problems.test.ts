import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { apiKeyInputSchema, passwordSchema } from './access.js';
import { emailSchema, httpUrlSchema } from './contact.js';
import { countryCodeSchema } from './countries.js';
import { embedOriginsSchema } from './embedding.js';
import { appealInputSchema, campaignInputSchema, eventInputSchema } from './entities.js';
import { campaignStatusSchema } from './enums.js';
import { boundedText, pageSizeSchema } from './limits.js';
import { SUPPORTED_LOCALES, localeSchema } from './locales.js';
import {
  PROBLEM_CODES,
  PROBLEM_MESSAGES,
  failsWith,
  problem,
  problemMessage,
  problemOf,
  type Problem,
} from './problems.js';
import { rsvpInputSchema, signatureInputSchema } from './signatures.js';
import { slugSchema } from './slugs.js';
import { timeZoneSchema } from './time-zones.js';
import { eventTextSchema, translationsSchema } from './translations.js';

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('the problem catalog', () => {
  it('has a message for every code in every supported locale, with the same placeholders', () => {
    expect(PROBLEM_CODES.length).toBeGreaterThan(40);
    for (const locale of SUPPORTED_LOCALES) {
      expect(Object.keys(PROBLEM_MESSAGES[locale]).sort(), locale).toEqual([...PROBLEM_CODES].sort());
      for (const code of PROBLEM_CODES) {
        const template = PROBLEM_MESSAGES[locale][code];
        expect(template.trim().length, `${locale}.${code}`).toBeGreaterThan(0);
        expect(new Set(placeholders(template)), `${locale}.${code}`).toEqual(
          new Set(placeholders(PROBLEM_MESSAGES.en[code])),
        );
      }
    }
  });

  it('speaks each language in its own words, not English', () => {
    for (const locale of ['ko', 'ja'] as const) {
      for (const code of PROBLEM_CODES) {
        expect(PROBLEM_MESSAGES[locale][code], `${locale}.${code}`).not.toBe(PROBLEM_MESSAGES.en[code]);
      }
    }
  });

  it('names problems by camelCase codes', () => {
    for (const code of PROBLEM_CODES) expect(code).toMatch(/^[a-z][a-zA-Z]+$/);
  });

  it('fills in parameters, writing numbers the way each language does', () => {
    const tooLong = problem('tooLong', { max: 20000 });
    expect(problemMessage(tooLong, 'en')).toBe('Must be at most 20,000 characters');
    expect(problemMessage(tooLong, 'ko')).toBe('20,000자 이내로 입력해 주세요');
    expect(problemMessage(tooLong, 'ja')).toBe('20,000文字以内で入力してください');
    const taken = problem('slugTaken', { slug: 'korea-peace-now' });
    expect(problemMessage(taken, 'ko')).toBe('슬러그 "korea-peace-now"은(는) 이미 쓰이고 있습니다');
    expect(problemMessage(taken, 'ja')).toBe('スラッグ「korea-peace-now」はすでに使われています');
  });
});

/** The problem of the first issue, parsed as the API and the dashboard parse: with the input. */
function firstProblem(schema: z.ZodType, input: unknown): Problem | undefined {
  const issue = schema.safeParse(input, { reportInput: true }).error?.issues[0];
  return issue && problemOf(issue);
}

const appeal = {
  campaignSlug: 'korea-peace-appeal',
  slug: 'sign-the-peace-treaty',
  status: 'open',
  goal: 100_000,
  opensAt: new Date('2026-03-01T00:00:00Z'),
  closesAt: null,
  consentVersion: 'v1',
  defaultLocale: 'en',
  translations: { en: { title: 'T', body: 'B', target: 'T', consentText: 'C' } },
};

const rally = {
  campaignSlug: 'korea-peace-appeal',
  hostOrganisationSlug: 'korea-peace-network',
  status: 'scheduled',
  format: 'in_person',
  startsAt: new Date('2026-07-27T09:00:00Z'),
  endsAt: new Date('2026-07-27T11:00:00Z'),
  timeZone: 'Asia/Seoul',
  venue: 'Gwanghwamun Square',
  address: '172 Sejong-daero, Jongno-gu, Seoul',
  capacity: 5000,
  defaultLocale: 'ko',
  translations: { ko: { title: '서울 평화 집회', description: '' } },
};

const signature = {
  appealSlug: 'sign-the-peace-treaty',
  name: 'Kim Min-ji',
  email: 'minji@example.org',
  country: 'KR',
  locale: 'ko',
  consentToLead: true,
  consentToPartner: false,
  consentVersion: 'v1',
};

const cases: [string, z.ZodType, unknown, Problem][] = [
  ['a missing slug', slugSchema, undefined, { code: 'required', params: {} }],
  ['a slug that is not text', slugSchema, 7, { code: 'notText', params: {} }],
  ['a short slug', slugSchema, 'a', { code: 'tooShort', params: { min: 2 } }],
  ['a long slug', slugSchema, 'x'.repeat(65), { code: 'tooLong', params: { max: 64 } }],
  ['capitals in a slug', slugSchema, 'Korea', { code: 'slugCharacters', params: {} }],
  ['a hyphen ending a slug', slugSchema, 'korea-', { code: 'slugHyphenAtEdge', params: {} }],
  ['two hyphens in a slug', slugSchema, 'a--b', { code: 'slugDoubleHyphen', params: {} }],
  ['an empty text', boundedText(10), '  ', { code: 'required', params: {} }],
  ['a NUL in a text', boundedText(10), 'a\u0000', { code: 'notStorableText', params: {} }],
  ['a malformed email', emailSchema, 'min-ji@', { code: 'invalidEmail', params: {} }],
  ['a relative URL', httpUrlSchema, '/about', { code: 'invalidUrl', params: {} }],
  ['a short password', passwordSchema, 'short', { code: 'tooShort', params: { min: 12 } }],
  ['an unknown country', countryCodeSchema, 'korea', { code: 'unknownCountry', params: { value: 'KOREA' } }],
  [
    'an unknown time zone',
    timeZoneSchema,
    'Mars/Olympus',
    { code: 'unknownTimeZone', params: { value: 'Mars/Olympus' } },
  ],
  [
    'an unsupported locale',
    localeSchema,
    'fr',
    { code: 'unsupportedLocale', params: { value: 'fr', allowed: 'en, ko, ja' } },
  ],
  ['a missing locale', localeSchema, undefined, { code: 'required', params: {} }],
  [
    'an unknown status',
    campaignStatusSchema,
    'live',
    { code: 'notOneOf', params: { value: 'live', allowed: 'draft, active, paused, closed, archived' } },
  ],
  [
    'a page size beyond the cap',
    pageSizeSchema,
    1000,
    { code: 'pageSizeOutOfRange', params: { max: 100, value: '1000' } },
  ],
  ['a fractional page size', pageSizeSchema, 2.5, { code: 'notWholeNumber', params: {} }],
  ['a fractional goal', appealInputSchema, { ...appeal, goal: 2.5 }, { code: 'notWholeNumber', params: {} }],
  ['a goal of 0', appealInputSchema, { ...appeal, goal: 0 }, { code: 'tooSmall', params: { min: 1 } }],
  [
    'a goal beyond a billion',
    appealInputSchema,
    { ...appeal, goal: 2e9 },
    { code: 'tooLarge', params: { max: 1_000_000_000 } },
  ],
  [
    'a closing time before the opening',
    appealInputSchema,
    { ...appeal, closesAt: new Date('2026-01-01T00:00:00Z') },
    { code: 'endBeforeStart', params: {} },
  ],
  [
    'an origin with a path',
    embedOriginsSchema,
    ['https://www.wilpf.org/korea'],
    { code: 'originHasPath', params: { value: 'https://www.wilpf.org/korea' } },
  ],
  [
    'too many embedding sites',
    embedOriginsSchema,
    Array.from({ length: 101 }, (_, index) => `https://site${index}.example`),
    { code: 'tooMany', params: { max: 100 } },
  ],
  [
    'a key without scopes',
    apiKeyInputSchema,
    { name: 'CRM', scopes: [], expiresAt: null },
    { code: 'tooFew', params: { min: 1 } },
  ],
  [
    'an in-person event without an address',
    eventInputSchema,
    { ...rally, address: null },
    { code: 'addressRequired', params: {} },
  ],
  [
    'an event without a text in its default locale',
    eventInputSchema,
    { ...rally, defaultLocale: 'ja' },
    { code: 'defaultTranslationRequired', params: { locale: 'ja' } },
  ],
  [
    'an invalid date',
    campaignInputSchema,
    {
      slug: 'korea-peace-appeal',
      status: 'active',
      startsAt: new Date('not a date'),
      endsAt: null,
      leadOrganisationSlug: 'korea-peace-network',
      defaultLocale: 'en',
      translations: { en: { title: 'T', summary: 'S', description: '' } },
    },
    { code: 'invalidDate', params: {} },
  ],
  ['a missing date', eventInputSchema, { ...rally, startsAt: null }, { code: 'required', params: {} }],
  [
    'no translation at all',
    translationsSchema(eventTextSchema),
    {},
    { code: 'translationRequired', params: { allowed: 'en, ko, ja' } },
  ],
  [
    'a translation in an unsupported locale',
    translationsSchema(eventTextSchema),
    { fr: { title: 'Rassemblement', description: '' } },
    { code: 'unsupportedLocale', params: { value: 'fr', allowed: 'en, ko, ja' } },
  ],
  [
    'a web address in a name',
    signatureInputSchema,
    { ...signature, name: 'www.spam.example' },
    { code: 'nameHasWebAddress', params: {} },
  ],
  [
    'a formula in a name',
    signatureInputSchema,
    { ...signature, name: '=SUM(A1)' },
    { code: 'nameStartsWithFormula', params: {} },
  ],
  [
    'a consent that is not yes or no',
    signatureInputSchema,
    { ...signature, consentToLead: 'yes' },
    { code: 'notBoolean', params: {} },
  ],
  [
    'a postcode too long',
    signatureInputSchema,
    { ...signature, postcode: '1'.repeat(21) },
    { code: 'tooLong', params: { max: 20 } },
  ],
  [
    'an event id that is not one',
    rsvpInputSchema,
    { ...signature, eventId: 'rally', consentToPartner: false },
    { code: 'invalidId', params: {} },
  ],
];

describe('problemOf', () => {
  it.each(cases)('classifies %s', (_case, schema, input, expected) => {
    expect(firstProblem(schema, input)).toEqual(expected);
  });

  it("gives the domain's schemas the English messages of their problems", () => {
    for (const [name, schema, input] of cases) {
      const issues = schema.safeParse(input, { reportInput: true }).error?.issues ?? [];
      expect(issues.length, name).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.message, name).toBe(problemMessage(problemOf(issue), 'en'));
    }
  });

  it('classifies any zod schema by the kind of issue', () => {
    const strict = z.strictObject({ name: z.string(), tags: z.array(z.string()).max(2) });
    expect(firstProblem(strict, { name: 'x', tags: [], age: 3, shoe: 42 })).toEqual({
      code: 'unknownFields',
      params: { fields: 'age, shoe' },
    });
    expect(firstProblem(strict, { name: 'x', tags: ['a', 'b', 'c'] })).toEqual({
      code: 'tooMany',
      params: { max: 2 },
    });
    expect(firstProblem(strict, { tags: [] })).toEqual({ code: 'required', params: {} });
    expect(firstProblem(z.number().min(3), 1)).toEqual({ code: 'tooSmall', params: { min: 3 } });
    expect(firstProblem(z.number(), 'three')).toEqual({ code: 'notNumber', params: {} });
    expect(firstProblem(z.string().regex(/^a/), 'b')).toEqual({ code: 'invalidFormat', params: {} });
  });

  it('carries the code of a rule through refinements and added issues', () => {
    const refined = z.string().refine((value) => value !== 'x', failsWith(problem('reasonRequired')));
    expect(firstProblem(refined, 'x')).toEqual({ code: 'reasonRequired', params: {} });
    const added = z.object({ a: z.string() }).superRefine((_value, ctx) => {
      ctx.addIssue({ code: 'custom', message: 'no', path: ['a'], params: { problem: 'tooMany', max: 3 } });
    });
    expect(firstProblem(added, { a: '' })).toEqual({ code: 'tooMany', params: { max: 3 } });
  });

  it('calls a rule without a known code simply invalid', () => {
    expect(
      firstProblem(
        z.string().refine(() => false),
        'x',
      ),
    ).toEqual({ code: 'invalidInput', params: {} });
    const unknown = z.string().refine(() => false, { params: { problem: 'noSuchCode' } });
    expect(firstProblem(unknown, 'x')).toEqual({ code: 'invalidInput', params: {} });
  });

  it('cannot tell a missing value from a wrong one without the input', () => {
    const issue = slugSchema.safeParse(undefined).error?.issues[0];
    expect(issue && problemOf(issue)).toEqual({ code: 'notText', params: {} });
    // The message was written with the input at hand, so it is right either way.
    expect(issue?.message).toBe('This field is required');
  });
});
