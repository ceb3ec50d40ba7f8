// The admin mutations' rules: validation with field paths, slugs that clash, states that forbid a
// change, consent versions, translations, and the audit record of what changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestApi, type Client, type TestApi } from './harness.js';

let api: TestApi;
let admin: Client;

beforeAll(async () => {
  api = await startTestApi({ admin: true, demoData: true });
  admin = await api.signIn(ADMIN.email, ADMIN.password);
});
afterAll(() => api.close());

async function run(query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { body } = await admin.graphql(query, variables);
  expect(body.errors).toBeUndefined();
  return Object.values(body.data ?? {})[0] as Record<string, unknown>;
}

const CREATE_CAMPAIGN = `mutation ($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    __typename
    ... on Campaign { id slug status title(locale: "ko") availableLocales }
    ... on ValidationError { problems { path message } }
    ... on ConflictError { message path }
  }
}`;

async function idOf(slug: string): Promise<string> {
  const { body } = await api.graphql<{ campaign: { id: string } }>(`{ campaign(slug: "${slug}") { id } }`);
  if (body.data?.campaign) return body.data.campaign.id;
  const signedIn = await admin.graphql<{ campaign: { id: string } }>(`{ campaign(slug: "${slug}") { id } }`);
  if (!signedIn.body.data?.campaign) throw new Error(`no campaign ${slug}`);
  return signedIn.body.data.campaign.id;
}

describe('creating a campaign', () => {
  it('reports every problem with its field path', async () => {
    const result = await run(CREATE_CAMPAIGN, {
      input: {
        slug: 'Not A Slug',
        leadOrganisationSlug: 'wilpf',
        defaultLocale: 'en',
        startsAt: '2027-01-02T00:00:00Z',
        endsAt: '2027-01-01T00:00:00Z',
        translations: [
          { locale: 'en', title: 'x'.repeat(201), summary: 'fine' },
          { locale: 'fr', title: 'Paix', summary: 'oui' },
        ],
      },
    });
    expect(result.__typename).toBe('ValidationError');
    const problems = result.problems as { path: string[]; message: string }[];
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: ['slug'], message: expect.stringContaining('lowercase letters') },
        { path: ['translations', 'en', 'title'], message: 'Must be at most 200 characters' },
        { path: ['translations', 'fr'], message: expect.stringContaining('Unsupported locale "fr"') },
        { path: ['endsAt'], message: 'Must be after the start' },
      ]),
    );
  });

  it('refuses a slug already taken, naming the field', async () => {
    const result = await run(CREATE_CAMPAIGN, {
      input: {
        slug: 'korea-peace-now',
        leadOrganisationSlug: 'wilpf',
        defaultLocale: 'en',
        translations: [{ locale: 'en', title: 'Again', summary: 'Again' }],
      },
    });
    expect(result).toEqual({
      __typename: 'ConflictError',
      message: 'The slug "korea-peace-now" is already taken',
      path: ['slug'],
    });
  });

  it('refuses an unknown lead organisation', async () => {
    const result = await run(CREATE_CAMPAIGN, {
      input: {
        slug: 'orphan',
        leadOrganisationSlug: 'nobody-at-all',
        defaultLocale: 'en',
        translations: [{ locale: 'en', title: 'Orphan', summary: 'No lead' }],
      },
    });
    expect(result).toEqual({
      __typename: 'ValidationError',
      problems: [
        { path: ['leadOrganisationSlug'], message: 'There is no organisation with the slug "nobody-at-all"' },
      ],
    });
  });
});

describe('changing a campaign', () => {
  it('merges translations, removes a locale, and records the changed fields', async () => {
    const created = await run(CREATE_CAMPAIGN, {
      input: {
        slug: 'vigil-2027',
        leadOrganisationSlug: 'wilpf',
        defaultLocale: 'en',
        translations: [
          { locale: 'en', title: 'Vigil', summary: 'A vigil' },
          { locale: 'ja', title: '集会', summary: '集会です' },
        ],
      },
    });
    expect(created).toMatchObject({ __typename: 'Campaign', status: 'DRAFT', title: 'Vigil' });
    const updated = await run(
      `mutation ($input: UpdateCampaignInput!) {
        updateCampaign(input: $input) { __typename ... on Campaign { title(locale: "ko") summary availableLocales } }
      }`,
      {
        input: {
          id: created.id,
          translations: [{ locale: 'ko', title: '촛불', summary: '촛불 집회' }],
          removeLocales: ['ja'],
        },
      },
    );
    expect(updated).toEqual({
      __typename: 'Campaign',
      title: '촛불',
      summary: 'A vigil',
      availableLocales: ['en', 'ko'],
    });
    const { body } = await admin.graphql<{
      auditLog: {
        edges: { node: { action: string; changes: { field: string; before: string; after: string }[] } }[];
      };
    }>(`{ auditLog(first: 1) { edges { node { action changes { field before after } } } } }`);
    const latest = body.data?.auditLog.edges[0]?.node;
    expect(latest?.action).toBe('campaign.updated');
    expect(latest?.changes.map((change) => change.field)).toEqual(['translations']);
    expect(JSON.parse(latest?.changes[0]?.after ?? '{}')).toHaveProperty('ko');
  });

  it('moves through statuses, and refuses moves that make no sense', async () => {
    const id = await idOf('vigil-2027');
    const SET = `mutation ($id: ID!, $status: CampaignStatus!) {
      setCampaignStatus(id: $id, status: $status) { __typename ... on Campaign { status } ... on Error { message } }
    }`;
    expect(await run(SET, { id, status: 'CLOSED' })).toEqual({
      __typename: 'InvalidStateError',
      message: 'A draft campaign cannot become closed; from draft it can become active or archived',
    });
    expect(await run(SET, { id, status: 'ACTIVE' })).toEqual({ __typename: 'Campaign', status: 'ACTIVE' });
    expect(await run(SET, { id, status: 'ARCHIVED' })).toEqual({
      __typename: 'Campaign',
      status: 'ARCHIVED',
    });
  });
});

describe('appeals', () => {
  const CREATE_APPEAL = `mutation ($input: CreateAppealInput!) {
    createAppeal(input: $input) {
      __typename ... on Appeal { id consentVersion } ... on Error { message } ... on ValidationError { problems { path } }
    }
  }`;
  const appealInput = (campaignSlug: string, slug: string) => ({
    campaignSlug,
    slug,
    defaultLocale: 'en',
    translations: [
      { locale: 'en', title: 'Sign', body: 'Please sign', target: 'The UN', consentText: 'Keep me posted' },
    ],
  });

  it('cannot be added to an archived campaign, nor opened in one', async () => {
    expect(await run(CREATE_APPEAL, { input: appealInput('vigil-2027', 'late-appeal') })).toEqual({
      __typename: 'InvalidStateError',
      message: 'The campaign is archived: restore it before you add an appeal',
    });
  });

  it('get a new consent version when the consent text changes, and keep every version', async () => {
    const created = await run(CREATE_APPEAL, { input: appealInput('korea-peace-now', 'second-appeal') });
    expect(created).toMatchObject({ __typename: 'Appeal', consentVersion: 'v1' });
    const UPDATE = `mutation ($input: UpdateAppealInput!) {
      updateAppeal(input: $input) {
        __typename ... on Appeal { consentVersion goal consentVersions { version text } }
      }
    }`;
    const goalOnly = await run(UPDATE, { input: { id: created.id, goal: 250 } });
    expect(goalOnly).toMatchObject({ consentVersion: 'v1', goal: 250 });
    const reworded = await run(UPDATE, {
      input: {
        id: created.id,
        translations: [
          {
            locale: 'en',
            title: 'Sign',
            body: 'Please sign',
            target: 'The UN',
            consentText: 'Email me news',
          },
        ],
      },
    });
    expect(reworded).toEqual({
      __typename: 'Appeal',
      consentVersion: 'v2',
      goal: 250,
      consentVersions: [
        { version: 'v1', text: 'Keep me posted' },
        { version: 'v2', text: 'Email me news' },
      ],
    });
    const SET = `mutation ($id: ID!, $status: AppealStatus!) {
      setAppealStatus(id: $id, status: $status) { __typename ... on Appeal { status } ... on Error { message } }
    }`;
    expect(await run(SET, { id: created.id, status: 'OPEN' })).toEqual({
      __typename: 'Appeal',
      status: 'OPEN',
    });
    const campaign = await idOf('korea-peace-now');
    await run(`mutation ($id: ID!) { setCampaignStatus(id: $id, status: CLOSED) { __typename } }`, {
      id: campaign,
    });
    await run(SET, { id: created.id, status: 'CLOSED' });
    expect(await run(SET, { id: created.id, status: 'OPEN' })).toEqual({
      __typename: 'InvalidStateError',
      message: 'The campaign is closed: its appeals cannot be opened',
    });
  });
});

describe('events', () => {
  it('need an address in person, and cannot be changed once cancelled', async () => {
    const CREATE = `mutation ($input: CreateEventInput!) {
      createEvent(input: $input) { __typename ... on Event { id status } ... on ValidationError { problems { path message } } }
    }`;
    const base = {
      campaignSlug: 'korea-peace-now',
      hostOrganisationSlug: 'women-cross-dmz',
      startsAt: '2027-07-27T14:00:00Z',
      endsAt: '2027-07-27T16:00:00Z',
      timeZone: 'America/New_York',
      defaultLocale: 'en',
      translations: [{ locale: 'en', title: 'Armistice day vigil' }],
    };
    expect(await run(CREATE, { input: { ...base, format: 'IN_PERSON' } })).toEqual({
      __typename: 'ValidationError',
      problems: [{ path: ['address'], message: 'An in-person or hybrid event needs an address' }],
    });
    const created = await run(CREATE, {
      input: {
        ...base,
        format: 'IN_PERSON',
        venue: 'Dag Hammarskjöld Plaza',
        address: 'E 47th St, New York',
      },
    });
    expect(created).toMatchObject({ __typename: 'Event', status: 'SCHEDULED' });
    const cancelled = await run(
      `mutation ($id: ID!) { cancelEvent(id: $id) { __typename ... on Event { status } } }`,
      {
        id: created.id,
      },
    );
    expect(cancelled).toEqual({ __typename: 'Event', status: 'CANCELLED' });
    expect(
      await run(
        `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { __typename ... on Error { message } } }`,
        { input: { id: created.id, capacity: 10 } },
      ),
    ).toEqual({ __typename: 'InvalidStateError', message: 'The event is cancelled and cannot be changed' });
  });
});

describe('partners', () => {
  it('cannot be invited twice, and the lead cannot leave', async () => {
    const INVITE = `mutation ($input: InvitePartnerInput!) {
      invitePartner(input: $input) { __typename ... on Error { message } }
    }`;
    // The campaign is closed by now (see above), but not archived: invitations are still allowed.
    expect(
      await run(INVITE, { input: { campaignSlug: 'korea-peace-now', organisationSlug: 'women-cross-dmz' } }),
    ).toEqual({
      __typename: 'ConflictError',
      message: 'Women Cross DMZ is already a partner in this campaign',
    });
    const { body } = await api.graphql<{ campaign: { partners: { edges: { node: { id: string } }[] } } }>(
      `{ campaign(slug: "korea-peace-now") { partners(role: LEAD) { edges { node { id } } } } }`,
    );
    const leadPartnership = body.data?.campaign.partners.edges[0]?.node.id;
    expect(
      await run(`mutation ($id: ID!) { removePartner(id: $id) { __typename ... on Error { message } } }`, {
        id: leadPartnership,
      }),
    ).toEqual({
      __typename: 'InvalidStateError',
      message: 'The lead organisation cannot leave its campaign',
    });
  });
});
