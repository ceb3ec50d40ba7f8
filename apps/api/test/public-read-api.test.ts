import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLResponse, type TestApi } from './harness.js';
import { aCampaign, aPartnership, anAppeal, anEvent, anOrganisation } from './fixtures.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ demoData: true });
  const db = api.database.db;
  await anOrganisation(db, 'quiet-org');
  await aCampaign(db, 'secret-draft', { lead: 'quiet-org', status: 'draft' });
  await anAppeal(db, 'appeal-in-draft-campaign', { campaign: 'secret-draft' });
  await aCampaign(db, 'old-archive', { lead: 'quiet-org', status: 'archived' });
  await aCampaign(db, 'open-campaign', { lead: 'quiet-org' });
  await anAppeal(db, 'draft-appeal', { campaign: 'open-campaign', status: 'draft' });
  await anOrganisation(db, 'invited-org');
  await aPartnership(db, { campaign: 'open-campaign', organisation: 'invited-org', status: 'invited' });
});

afterAll(() => api.close());

describe('the demo campaign', () => {
  it('answers the appeal query with the campaign and its four partners', async () => {
    const { status, body } = await api.graphql(`{
      appeal(slug: "korea-peace-appeal") {
        title goal
        campaign { title partners(first: 10) { edges { node { role organisation { name } } } } }
      }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const appeal = body.data?.appeal as {
      title: string;
      goal: number;
      campaign: {
        title: string;
        partners: { edges: { node: { role: string; organisation: { name: string } } }[] };
      };
    };
    expect(appeal.title).toBe('Korea Peace Appeal: end the Korean War');
    expect(appeal.goal).toBe(100_000);
    const partners = appeal.campaign.partners.edges.map((edge) => edge.node);
    expect(partners).toHaveLength(4);
    expect(partners[0]).toEqual({
      role: 'LEAD',
      organisation: { name: "Women's International League for Peace and Freedom" },
    });
    expect(partners.map((partner) => partner.organisation.name).sort()).toEqual([
      "Korean Women's Movement for Peace",
      "Nobel Women's Initiative",
      'Women Cross DMZ',
      "Women's International League for Peace and Freedom",
    ]);
  });

  it('has a past and an upcoming event, soonest first, with instants and a time zone', async () => {
    const { body } = await api.graphql(`{
      campaign(slug: "korea-peace-now") {
        events { edges { node { title status format startsAt endsAt timeZone host { slug } } } }
      }
    }`);
    interface EventView {
      title: string;
      status: string;
      format: string;
      startsAt: string;
      endsAt: string;
      timeZone: string;
    }
    const events = (body.data?.campaign as { events: { edges: { node: EventView }[] } }).events.edges.map(
      (edge) => edge.node,
    );
    expect(events).toHaveLength(2);
    const [past, upcoming] = events as [EventView, EventView];
    expect(past.status).toBe('COMPLETED');
    expect(past.timeZone).toBe('America/New_York');
    expect(Date.parse(past.startsAt)).toBeLessThan(Date.now());
    expect(upcoming.status).toBe('SCHEDULED');
    expect(upcoming.format).toBe('ONLINE');
    expect(Date.parse(upcoming.startsAt)).toBeGreaterThan(Date.now());
    expect(upcoming.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});

describe('translations', () => {
  it('returns the requested locale and falls back to the default one', async () => {
    const { body } = await api.graphql(`{
      ko: appeal(slug: "korea-peace-appeal") { title(locale: "ko") target(locale: "ko") }
      ja: campaign(slug: "korea-peace-now") { title(locale: "ja") availableLocales defaultLocale }
      fallback: campaign(slug: "open-campaign") { title(locale: "ja") summary(locale: "ko") }
      plain: appeal(slug: "korea-peace-appeal") { title }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({
      ko: { title: '한반도 평화 호소: 한국전쟁을 끝냅시다' },
      ja: { title: 'コリア・ピース・ナウ！戦争を終わらせるために行動する女性たち', defaultLocale: 'en' },
      fallback: { title: 'Campaign open-campaign', summary: 'open-campaign 요약' },
      plain: { title: 'Korea Peace Appeal: end the Korean War' },
    });
    expect((body.data?.ja as { availableLocales: string[] }).availableLocales.sort()).toEqual([
      'en',
      'ja',
      'ko',
    ]);
  });

  it('rejects an unsupported locale with a message listing the supported ones', async () => {
    const { body } = await api.graphql(`{ appeal(slug: "korea-peace-appeal") { title(locale: "fr") } }`);
    expect(body.errors?.[0]?.message).toContain('Unsupported locale "fr": supported locales are en, ko, ja');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('what is public', () => {
  it('gives null, not an error, for an unknown slug', async () => {
    const { body } = await api.graphql(`{
      campaign(slug: "no-such-campaign") { title }
      appeal(slug: "no-such-appeal") { title }
      organisation(slug: "no-such-org") { name }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ campaign: null, appeal: null, organisation: null });
  });

  it('hides draft and archived campaigns, draft appeals and appeals of hidden campaigns', async () => {
    const { body } = await api.graphql(`{
      draft: campaign(slug: "secret-draft") { title }
      archived: campaign(slug: "old-archive") { title }
      draftAppeal: appeal(slug: "draft-appeal") { title }
      hiddenCampaignAppeal: appeal(slug: "appeal-in-draft-campaign") { title }
      open: campaign(slug: "open-campaign") { appeals { edges { node { slug } } } }
      campaigns(first: 100) { edges { node { slug } } }
      organisation(slug: "quiet-org") { campaigns { edges { node { slug } } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({
      draft: null,
      archived: null,
      draftAppeal: null,
      hiddenCampaignAppeal: null,
    });
    expect(body.data?.open).toEqual({ appeals: { edges: [] } });
    const listed = (body.data?.campaigns as { edges: { node: { slug: string } }[] }).edges.map(
      (edge) => edge.node.slug,
    );
    expect(listed.sort()).toEqual(['korea-peace-now', 'open-campaign']);
    expect(body.data?.organisation).toEqual({ campaigns: { edges: [{ node: { slug: 'open-campaign' } }] } });
  });

  it('shows only active partners', async () => {
    const { body } = await api.graphql(`{
      campaign(slug: "open-campaign") { partners { edges { node { role status organisation { slug } } } } }
    }`);
    expect(body.data?.campaign).toEqual({
      partners: {
        edges: [{ node: { role: 'LEAD', status: 'ACTIVE', organisation: { slug: 'quiet-org' } } }],
      },
    });
  });

  it('filters the campaign list by status, and a hidden status yields nothing', async () => {
    const { body } = await api.graphql(`{
      active: campaigns(status: ACTIVE) { edges { node { slug status } } }
      drafts: campaigns(status: DRAFT) { edges { node { slug } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect((body.data?.active as { edges: unknown[] }).edges).toHaveLength(2);
    expect(body.data?.drafts).toEqual({ edges: [] });
  });
});

describe('global ids', () => {
  it('round-trips every public type through node and nodes', async () => {
    const { body } = await api.graphql(`{
      campaign(slug: "korea-peace-now") {
        id
        leadOrganisation { id }
        partners(first: 1) { edges { node { id } } }
        appeals(first: 1) { edges { node { id } } }
        events(first: 1) { edges { node { id } } }
      }
    }`);
    const campaign = body.data?.campaign as {
      id: string;
      leadOrganisation: { id: string };
      partners: { edges: { node: { id: string } }[] };
      appeals: { edges: { node: { id: string } }[] };
      events: { edges: { node: { id: string } }[] };
    };
    const ids = [
      campaign.id,
      campaign.leadOrganisation.id,
      campaign.partners.edges[0]?.node.id,
      campaign.appeals.edges[0]?.node.id,
      campaign.events.edges[0]?.node.id,
    ];
    const nodes = await api.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(nodes.body.errors).toBeUndefined();
    expect(nodes.body.data?.nodes).toEqual([
      { __typename: 'Campaign', id: ids[0] },
      { __typename: 'Organisation', id: ids[1] },
      { __typename: 'Partnership', id: ids[2] },
      { __typename: 'Appeal', id: ids[3] },
      { __typename: 'Event', id: ids[4] },
    ]);
    const event = await api.graphql(`query ($id: ID!) { event(id: $id) { title campaign { slug } } }`, {
      id: ids[4],
    });
    expect(event.body.data?.event).toEqual({
      title: 'Press conference at the UN: women leaders on the Korean peace process',
      campaign: { slug: 'korea-peace-now' },
    });
  });

  it('does not reveal a hidden campaign by id', async () => {
    const hidden = await api.database.db
      .selectFrom('campaigns')
      .select('id')
      .where('slug', '=', 'secret-draft')
      .executeTakeFirstOrThrow();
    const id = Buffer.from(`Campaign:${hidden.id}`).toString('base64');
    const { body } = await api.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id });
    expect(body.data?.node ?? null).toBeNull();
  });

  it('rejects a malformed global id with a clear error', async () => {
    for (const id of ['not-base64-at-all!', Buffer.from('Campaign:42').toString('base64')]) {
      const { body } = await api.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id });
      expect(body.errors?.[0]?.message).toMatch(/Invalid global ID/);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('rejects an event id that names another type', async () => {
    const { body } = await api.graphql(`{ campaign(slug: "korea-peace-now") { id } }`);
    const campaignId = (body.data?.campaign as { id: string }).id;
    const result = await api.graphql(`query ($id: ID!) { event(id: $id) { title } }`, { id: campaignId });
    expect(result.body.errors?.[0]?.message).toMatch(/Event/);
  });
});

describe('pagination', () => {
  it('pages through campaigns with opaque cursors, newest first, without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: GraphQLResponse = await api.graphql(
        `query ($after: String) { campaigns(first: 1, after: $after) {
          edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage endCursor }
        } }`,
        { after },
      );
      const connection = result.body.data?.campaigns as {
        edges: { cursor: string; node: { slug: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      };
      pages += 1;
      seen.push(...connection.edges.map((edge) => edge.node.slug));
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual(['open-campaign', 'korea-peace-now']);
  });

  it('pages nested lists too', async () => {
    const first = await api.graphql(`{ campaign(slug: "korea-peace-now") {
      partners(first: 3) { edges { node { organisation { slug } } } pageInfo { hasNextPage endCursor } }
    } }`);
    const partners = (
      first.body.data?.campaign as {
        partners: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      }
    ).partners;
    expect(partners.edges).toHaveLength(3);
    expect(partners.pageInfo.hasNextPage).toBe(true);
    const rest = await api.graphql(
      `query ($after: String) { campaign(slug: "korea-peace-now") {
        partners(first: 3, after: $after) { edges { node { role } } pageInfo { hasNextPage hasPreviousPage } }
      } }`,
      { after: partners.pageInfo.endCursor },
    );
    expect(rest.body.data?.campaign).toEqual({
      partners: {
        edges: [{ node: { role: 'PARTNER' } }],
        pageInfo: { hasNextPage: false, hasPreviousPage: true },
      },
    });
  });

  it('refuses a page size over the cap, naming the cap', async () => {
    const { body } = await api.graphql(`{ campaigns(first: 1000) { edges { cursor } } }`);
    expect(body.errors?.[0]?.message).toContain(
      'first: Must be between 1 and 100 (the page size cap is 100); got 1000',
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const nested = await api.graphql(
      `{ campaign(slug: "korea-peace-now") { partners(first: 0) { edges { cursor } } } }`,
    );
    expect(nested.body.errors?.[0]?.message).toContain('page size cap is 100');
  });

  it('refuses a malformed cursor, and a cursor from another kind of list', async () => {
    const garbage = await api.graphql(`{ campaigns(after: "bm9wZQ") { edges { cursor } } }`);
    expect(garbage.body.errors?.[0]?.message).toMatch(/^Invalid cursor "bm9wZQ" in `after`/);
    expect(garbage.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const nested = await api.graphql(
      `{ campaign(slug: "korea-peace-now") { partners(first: 1) { pageInfo { endCursor } } } }`,
    );
    const partnerCursor = (nested.body.data?.campaign as { partners: { pageInfo: { endCursor: string } } })
      .partners.pageInfo.endCursor;
    const mixed = await api.graphql(
      `query ($after: String) { campaigns(after: $after) { edges { cursor } } }`,
      {
        after: partnerCursor,
      },
    );
    expect(mixed.body.errors?.[0]?.message).toMatch(/Invalid cursor/);
  });

  it('orders events soonest first and filters them by status', async () => {
    const db = api.database.db;
    await anEvent(db, {
      campaign: 'open-campaign',
      host: 'quiet-org',
      startsAt: new Date('2027-03-01T10:00:00Z'),
      title: 'later',
    });
    await anEvent(db, {
      campaign: 'open-campaign',
      host: 'quiet-org',
      startsAt: new Date('2027-01-01T10:00:00Z'),
      title: 'sooner',
    });
    const { body } = await api.graphql(`{ campaign(slug: "open-campaign") {
      events { edges { node { title } } }
      cancelled: events(status: CANCELLED) { edges { node { title } } }
    } }`);
    expect(body.data?.campaign).toEqual({
      events: { edges: [{ node: { title: 'sooner' } }, { node: { title: 'later' } }] },
      cancelled: { edges: [] },
    });
  });
});
