import { describe, expect, it } from 'vitest';

import {
  appealTextSchema,
  campaignTextSchema,
  eventTextSchema,
  pickTranslation,
  translationsSchema,
  type Translations,
} from './translations.js';

describe('pickTranslation', () => {
  const titles: Translations<string> = { ko: '한반도 평화 호소', ja: '朝鮮半島平和アピール' };

  it('gives the requested locale when it exists', () => {
    expect(pickTranslation(titles, 'ja', 'ko')).toEqual({ locale: 'ja', text: '朝鮮半島平和アピール' });
  });

  it("falls back to the entity's default locale", () => {
    expect(pickTranslation(titles, 'en', 'ko')).toEqual({ locale: 'ko', text: '한반도 평화 호소' });
    expect(pickTranslation(titles, null, 'ja')).toEqual({ locale: 'ja', text: '朝鮮半島平和アピール' });
  });

  it('then takes the first supported locale that exists', () => {
    expect(pickTranslation(titles, undefined, 'en')).toEqual({ locale: 'ko', text: '한반도 평화 호소' });
    expect(pickTranslation({ ja: '平和' }, 'en', 'ko')).toEqual({ locale: 'ja', text: '平和' });
  });

  it('treats a null text as missing', () => {
    const stored = JSON.parse('{"en": null, "ko": "평화"}') as Translations<string>;
    expect(pickTranslation(stored, 'en', 'en')).toEqual({ locale: 'ko', text: '평화' });
  });

  it('gives null when nothing was written', () => {
    expect(pickTranslation({}, 'en', 'en')).toBeNull();
  });
});

describe('translationsSchema', () => {
  const eventTranslations = translationsSchema(eventTextSchema);
  const seoulRally = { title: 'Seoul peace rally', description: '' };

  it('accepts texts in supported locales', () => {
    expect(
      eventTranslations.safeParse({ en: seoulRally, ko: { title: '서울 평화 집회', description: '' } })
        .success,
    ).toBe(true);
  });

  it('drops locales given as null or undefined', () => {
    expect(eventTranslations.safeParse({ en: seoulRally, ko: null, ja: undefined })).toEqual({
      success: true,
      data: { en: seoulRally },
    });
  });

  it('requires at least one locale', () => {
    for (const value of [{}, { ko: null }]) {
      const result = eventTranslations.safeParse(value);
      expect(result.error?.issues[0]?.message).toBe('Add a translation in at least one locale: en, ko, ja');
    }
  });

  it('rejects each unsupported locale at its own key', () => {
    const result = eventTranslations.safeParse({ en: seoulRally, fr: seoulRally, de: seoulRally });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['fr'], 'Unsupported locale "fr": supported locales are en, ko, ja'],
      [['de'], 'Unsupported locale "de": supported locales are en, ko, ja'],
    ]);
  });

  it('reports a bad text at its locale and field', () => {
    const result = eventTranslations.safeParse({ ko: { title: ' ', description: '' } });
    expect(result.error?.issues[0]?.path).toEqual(['ko', 'title']);
    expect(result.error?.issues[0]?.message).toBe('This field is required');
  });

  it('rejects something that is not keyed by locale', () => {
    expect(eventTranslations.safeParse('Seoul peace rally').error?.issues[0]?.message).toBe(
      'This value is not valid',
    );
  });
});

describe('text shapes', () => {
  it('campaign texts need a title and a summary; the description may be empty', () => {
    const text = {
      title: 'Peace on the Korean Peninsula',
      summary: 'End the war, sign the treaty.',
      description: '',
    };
    expect(campaignTextSchema.safeParse(text).success).toBe(true);
    expect(campaignTextSchema.safeParse({ ...text, summary: '' }).error?.issues[0]?.message).toBe(
      'This field is required',
    );
    expect(campaignTextSchema.safeParse({ ...text, title: 'x'.repeat(201) }).error?.issues[0]?.message).toBe(
      'Must be at most 200 characters',
    );
  });

  it('appeal texts need a title, body, target and consent text', () => {
    const text = {
      title: 'Sign the peace treaty',
      body: 'We call on both governments to replace the armistice with a peace treaty.',
      target: 'The governments of the Republic of Korea and the United States',
      consentText: 'I agree that the coalition may store my name and email address for this appeal.',
    };
    expect(appealTextSchema.safeParse(text).success).toBe(true);
    for (const field of ['body', 'target', 'consentText'] as const) {
      const result = appealTextSchema.safeParse({ ...text, [field]: '' });
      expect(result.error?.issues[0]?.message).toBe('This field is required');
      expect(result.error?.issues[0]?.path).toEqual([field]);
    }
    expect(appealTextSchema.safeParse({ ...text, target: 'x'.repeat(301) }).error?.issues[0]?.message).toBe(
      'Must be at most 300 characters',
    );
  });

  it('event texts need a title; the description may be empty', () => {
    expect(eventTextSchema.safeParse({ title: 'Vigil', description: '' }).success).toBe(true);
    expect(eventTextSchema.safeParse({ description: 'x' }).error?.issues[0]?.message).toBe(
      'This field is required',
    );
  });
});
