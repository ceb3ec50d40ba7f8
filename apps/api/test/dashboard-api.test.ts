// The parts of the API the dashboard added for itself: the list of organisations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestApi, type TestApi } from './harness.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ demoData: true, admin: true });
  const admin = await api.signIn(ADMIN.email, ADMIN.password);
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
