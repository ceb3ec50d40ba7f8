import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import {
  appealInputSchema,
  campaignInputSchema,
  eventInputSchema,
  organisationInputSchema,
  type AppealInput,
  type CampaignInput,
  type OrganisationInput,
} from './entities.js';

function issuesOf(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((issue) => [issue.path, issue.message]);
}

describe('organisationInputSchema', () => {
  const peaceNetwork: OrganisationInput = {
    slug: 'korea-peace-network',
    name: 'Korea Peace Network',
    website: 'https://peace-network.example.org',
    country: 'KR',
    description: 'A network of civic groups working for peace on the Korean Peninsula.',
    logoUrl: null,
  };

  it('accepts an organisation and normalises its country code', () => {
    expect(organisationInputSchema.safeParse({ ...peaceNetwork, country: 'kr' })).toEqual({
      success: true,
      data: peaceNetwork,
    });
  });

  it('accepts null for the optional details', () => {
    const minimal = { ...peaceNetwork, website: null, country: null, description: null, logoUrl: null };
    expect(organisationInputSchema.safeParse(minimal).success).toBe(true);
  });

  it('reports each bad field at its path', () => {
    const result = organisationInputSchema.safeParse({
      ...peaceNetwork,
      website: 'peace-network.example.org',
      country: 'Korea',
      name: '',
    });
    expect(issuesOf(result)).toEqual([
      [['name'], 'This field is required'],
      [['website'], 'Use an absolute http(s) URL, like https://example.org'],
      [['country'], 'Unknown country code "KOREA": use an ISO 3166-1 alpha-2 code such as KR or US'],
    ]);
  });
});

describe('campaignInputSchema', () => {
  const peaceCampaign: CampaignInput = {
    slug: 'korea-peace-appeal',
    status: 'active',
    startsAt: new Date('2026-03-01T00:00:00Z'),
    endsAt: new Date('2026-07-27T00:00:00Z'),
    leadOrganisationSlug: 'korea-peace-network',
    defaultLocale: 'ko',
    translations: {
      ko: { title: '한반도 평화 호소', summary: '전쟁을 끝내고 평화협정을 맺자.', description: '' },
    },
  };

  it('accepts a campaign', () => {
    expect(campaignInputSchema.safeParse(peaceCampaign)).toEqual({ success: true, data: peaceCampaign });
  });

  it('accepts open-ended dates', () => {
    expect(campaignInputSchema.safeParse({ ...peaceCampaign, startsAt: null, endsAt: null }).success).toBe(
      true,
    );
    expect(campaignInputSchema.safeParse({ ...peaceCampaign, startsAt: null }).success).toBe(true);
  });

  it('requires a translation in the default locale', () => {
    const result = campaignInputSchema.safeParse({ ...peaceCampaign, defaultLocale: 'en' });
    expect(issuesOf(result)).toEqual([
      [['translations', 'en'], 'A translation in the default locale (en) is required'],
    ]);
  });

  it('requires endsAt to be after startsAt', () => {
    for (const endsAt of [new Date('2026-02-01T00:00:00Z'), peaceCampaign.startsAt]) {
      const result = campaignInputSchema.safeParse({ ...peaceCampaign, endsAt });
      expect(issuesOf(result)).toEqual([[['endsAt'], 'Must be after the start']]);
    }
  });

  it('reports the date order together with mistakes in other fields', () => {
    const result = campaignInputSchema.safeParse({
      ...peaceCampaign,
      slug: 'Korea Peace',
      endsAt: new Date('2026-02-01T00:00:00Z'),
    });
    expect(issuesOf(result)).toEqual([
      [['slug'], 'A slug uses lowercase letters, digits and single hyphens, like "korea-peace-appeal"'],
      [['endsAt'], 'Must be after the start'],
    ]);
  });

  it('rejects an invalid date', () => {
    const result = campaignInputSchema.safeParse({ ...peaceCampaign, startsAt: new Date('not a date') });
    expect(issuesOf(result)).toEqual([[['startsAt'], 'Must be a valid date']]);
  });
});

describe('appealInputSchema', () => {
  const treatyAppeal: AppealInput = {
    campaignSlug: 'korea-peace-appeal',
    slug: 'sign-the-peace-treaty',
    status: 'open',
    goal: 100_000,
    opensAt: new Date('2026-03-01T00:00:00Z'),
    closesAt: null,
    consentVersion: '2026-03-v1',
    defaultLocale: 'en',
    allowedEmbedOrigins: [],
    postcodeField: 'optional',
    commentField: 'optional',
    translations: {
      en: {
        title: 'Sign the peace treaty',
        body: 'We call on both governments to replace the armistice with a peace treaty.',
        target: 'The governments of the Republic of Korea and the United States',
        consentText: 'I agree that the coalition may store my name and email address for this appeal.',
      },
    },
  };

  it('accepts an appeal, with or without a goal', () => {
    const { postcodeField: _postcode, commentField: _comment, ...withoutFields } = treatyAppeal;
    // Both default to optional.
    expect(appealInputSchema.safeParse(withoutFields)).toEqual({ success: true, data: treatyAppeal });
    expect(appealInputSchema.safeParse({ ...treatyAppeal, goal: null }).success).toBe(true);
  });

  it('asks for a postcode and a comment as told: hidden, optional or required', () => {
    const parsed = appealInputSchema.parse({
      ...treatyAppeal,
      postcodeField: 'required',
      commentField: 'hidden',
    });
    expect([parsed.postcodeField, parsed.commentField]).toEqual(['required', 'hidden']);
    expect(issuesOf(appealInputSchema.safeParse({ ...treatyAppeal, postcodeField: 'sometimes' }))).toEqual([
      [['postcodeField'], 'Unknown value "sometimes": use one of hidden, optional, required'],
    ]);
  });

  it('rejects a goal that is not a positive whole number up to a billion', () => {
    for (const [goal, message] of [
      [0, 'Must be at least 1'],
      [-1, 'Must be at least 1'],
      [2.5, 'Must be a whole number'],
      [1_000_000_001, 'Must be at most 1,000,000,000'],
    ] as const) {
      const result = appealInputSchema.safeParse({ ...treatyAppeal, goal });
      expect(issuesOf(result), String(goal)).toEqual([[['goal'], message]]);
    }
  });

  it('requires closesAt to be after opensAt', () => {
    const result = appealInputSchema.safeParse({
      ...treatyAppeal,
      closesAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect(issuesOf(result)).toEqual([[['closesAt'], 'Must be after the start']]);
  });

  it('requires a translation in the default locale', () => {
    const result = appealInputSchema.safeParse({ ...treatyAppeal, defaultLocale: 'ja' });
    expect(issuesOf(result)).toEqual([
      [['translations', 'ja'], 'A translation in the default locale (ja) is required'],
    ]);
  });

  it('limits the consent version to 40 characters', () => {
    const result = appealInputSchema.safeParse({ ...treatyAppeal, consentVersion: 'v'.repeat(41) });
    expect(issuesOf(result)).toEqual([[['consentVersion'], 'Must be at most 40 characters']]);
  });
});

describe('eventInputSchema', () => {
  const seoulRally: z.input<typeof eventInputSchema> = {
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

  it('accepts an event, with no join link unless given', () => {
    expect(eventInputSchema.safeParse(seoulRally)).toEqual({
      success: true,
      data: { ...seoulRally, joinUrl: null },
    });
    const online = { ...seoulRally, joinUrl: 'https://meet.example/rally' };
    expect(eventInputSchema.parse(online).joinUrl).toBe('https://meet.example/rally');
    expect(
      eventInputSchema.safeParse({ ...seoulRally, joinUrl: 'meet.example' }).error?.issues[0]?.path,
    ).toEqual(['joinUrl']);
  });

  it('requires an address for in-person and hybrid events but not for online ones', () => {
    for (const format of ['in_person', 'hybrid']) {
      const result = eventInputSchema.safeParse({ ...seoulRally, format, address: null });
      expect(issuesOf(result)).toEqual([[['address'], 'An in-person or hybrid event needs an address']]);
    }
    const online = { ...seoulRally, format: 'online', venue: null, address: null, capacity: null };
    expect(eventInputSchema.safeParse(online).success).toBe(true);
  });

  it('requires endsAt to be after startsAt', () => {
    const result = eventInputSchema.safeParse({ ...seoulRally, endsAt: new Date('2026-07-27T08:00:00Z') });
    expect(issuesOf(result)).toEqual([[['endsAt'], 'Must be after the start']]);
  });

  it('requires both dates', () => {
    const result = eventInputSchema.safeParse({ ...seoulRally, startsAt: null });
    expect(issuesOf(result)).toEqual([[['startsAt'], 'This field is required']]);
  });

  it('rejects an offset instead of a time zone name', () => {
    const result = eventInputSchema.safeParse({ ...seoulRally, timeZone: '+09:00' });
    expect(issuesOf(result)).toEqual([
      [
        ['timeZone'],
        'Unknown time zone "+09:00": use an IANA zone name such as Asia/Seoul or America/New_York',
      ],
    ]);
  });

  it('rejects a capacity that is not a positive whole number up to a million', () => {
    const result = eventInputSchema.safeParse({ ...seoulRally, capacity: 0 });
    expect(issuesOf(result)).toEqual([[['capacity'], 'Must be at least 1']]);
  });

  it('requires a translation in the default locale', () => {
    const result = eventInputSchema.safeParse({ ...seoulRally, defaultLocale: 'en' });
    expect(issuesOf(result)).toEqual([
      [['translations', 'en'], 'A translation in the default locale (en) is required'],
    ]);
  });
});
