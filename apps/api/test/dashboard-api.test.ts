// The parts of the API the dashboard added for itself: the list of organisations, audit filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestApi, type Client, type TestApi } from './harness.js';

let api: TestApi;
let admin: Client;

beforeAll(async () => {
  api = await startTestApi({ demoData: true, admin: true });
  admin = await api.signIn(ADMIN.email, ADMIN.password);
  const created = await admin.graphql<{ createOrganisation: { __typename: string } }>(
    `mutation { createOrganisation(input: { slug: "peace-now-100", name: "Peace 100% Now" }) { __typename } }`,
  );
  expect(created.body.data?.createOrganisation.__typename).toBe('Organisation');
});

afterAll(() => api.close());

interface OrganisationsAnswer {
  organisations: {
    edges: { node: { slug: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const ORGANISATIONS = `query ($first: Int, $after: String, $search: String) {
  organisations(first: $first, after: $after, search: $search) {
    edges { node { slug name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('organisations', () => {
  it('lists every organisation by name, a page at a time', async () => {
    const first = await api.graphql<OrganisationsAnswer>(ORGANISATIONS, { first: 3 });
    expect(first.body.errors).toBeUndefined();
    const firstPage = first.body.data?.organisations;
    expect(firstPage?.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql<OrganisationsAnswer>(ORGANISATIONS, {
      first: 3,
      after: firstPage?.pageInfo.endCursor,
    });
    const names = [...(firstPage?.edges ?? []), ...(second.body.data?.organisations.edges ?? [])].map(
      (edge) => edge.node.name,
    );
    expect(names).toHaveLength(5);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
    expect(names).toContain('Women Cross DMZ');
  });

  const slugsFound = async (search: string) =>
    (await api.graphql<OrganisationsAnswer>(ORGANISATIONS, { search })).body.data?.organisations.edges.map(
      (edge) => edge.node.slug,
    );

  it('finds organisations by part of the name or slug, case aside, with wildcards taken literally', async () => {
    expect(await slugsFound('cross dmz')).toEqual(['women-cross-dmz']);
    expect(await slugsFound('100%')).toEqual(['peace-now-100']);
    expect(await slugsFound('0%')).toEqual(['peace-now-100']);
    expect(await slugsFound('x%')).toEqual([]);
    expect(await slugsFound('_')).toEqual([]);
  });
});

interface AuditAnswer {
  auditLog: { edges: { node: { action: string; actor: string; targetType: string | null } }[] };
}

const AUDIT = `query ($action: String, $actor: String, $since: DateTime, $until: DateTime) {
  auditLog(first: 100, action: $action, actor: $actor, since: $since, until: $until) {
    edges { node { action actor targetType } }
  }
}`;

describe('the audit log', () => {
  const audit = async (filter: Record<string, unknown>) => {
    const { body } = await admin.graphql<AuditAnswer>(AUDIT, filter);
    expect(body.errors).toBeUndefined();
    return body.data?.auditLog.edges.map((edge) => edge.node) ?? [];
  };

  it('filters by the start of the action, by actor and by time', async () => {
    const all = await audit({});
    expect(all.length).toBeGreaterThan(1);
    const organisationEvents = await audit({ action: 'organisation.' });
    expect(organisationEvents).toEqual(all.filter((event) => event.action.startsWith('organisation.')));
    expect(organisationEvents).toContainEqual({
      action: 'organisation.created',
      actor: ADMIN.email,
      targetType: 'Organisation',
    });
    expect(organisationEvents.length).toBeLessThan(all.length);
    expect(await audit({ actor: 'ADMIN@EXAMPLE' })).toEqual(
      all.filter((event) => event.actor === ADMIN.email),
    );
    expect(await audit({ action: 'organisation.%' })).toEqual([]);
    const now = new Date();
    expect(await audit({ since: new Date(now.getTime() + 60_000).toISOString() })).toEqual([]);
    expect(await audit({ until: new Date(now.getTime() + 60_000).toISOString() })).toEqual(all);
  });

  it('still keeps owners to their own organisation', async () => {
    const { body } = await api.graphql(AUDIT, { action: 'organisation.' });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
