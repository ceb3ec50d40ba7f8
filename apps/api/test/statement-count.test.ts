// A page of campaigns with their partners, appeals and events must cost a fixed number of SQL
// statements, however many campaigns are on the page (no query per row).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { aCampaign, aPartnership, anAppeal, anEvent, anOrganisation } from './fixtures.js';
import { startTestApi, type TestApi } from './harness.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  const db = api.database.db;
  const partners = await Promise.all(['p-one', 'p-two', 'p-three'].map((slug) => anOrganisation(db, slug)));
  await anOrganisation(db, 'lead-org');
  for (let index = 0; index < 50; index += 1) {
    const slug = `campaign-${index}`;
    await aCampaign(db, slug, { lead: 'lead-org' });
    for (const partner of partners) await aPartnership(db, { campaign: slug, organisation: partner.slug });
    await anAppeal(db, `appeal-${index}`, { campaign: slug });
    await anEvent(db, { campaign: slug, host: 'p-one', startsAt: new Date(Date.UTC(2027, 0, 1 + index)) });
  }
});

afterAll(() => api.close());

const PAGE = `query ($first: Int!) {
  campaigns(first: $first) {
    edges { node {
      slug title(locale: "ko") leadOrganisation { name }
      partners(first: 10) { edges { node { role organisation { name country } } } }
      appeals(first: 5) { edges { node { slug title goal campaign { slug } } } }
      events(first: 5) { edges { node { title startsAt host { name } } } }
    } }
  }
}`;

async function statementsFor(first: number): Promise<{ statements: number; campaigns: number }> {
  api.statements.length = 0;
  const { body } = await api.graphql(PAGE, { first });
  expect(body.errors).toBeUndefined();
  const campaigns = (body.data?.campaigns as { edges: { node: { partners: { edges: unknown[] } } }[] }).edges;
  for (const campaign of campaigns) expect(campaign.node.partners.edges).toHaveLength(4);
  return { statements: api.statements.length, campaigns: campaigns.length };
}

it('costs the same number of statements for 5 campaigns as for 50', async () => {
  const small = await statementsFor(5);
  const large = await statementsFor(50);
  expect(small.campaigns).toBe(5);
  expect(large.campaigns).toBe(50);
  // One statement per kind of thing on the page, whatever its size: the campaign page; the lead
  // organisations; partnerships, appeals and events of every campaign on the page; then the
  // partners' and hosts' organisations. DataLoader batches what is asked for in the same tick, so
  // when the driver answers the partnership and event queries in different ticks, the
  // organisations take two statements instead of one. The appeals' campaigns come from the loader
  // cache that the page primed. Never more than seven, for 5 campaigns or 50.
  for (const run of [small, large]) {
    expect(run.statements).toBeGreaterThanOrEqual(6);
    expect(run.statements).toBeLessThanOrEqual(7);
  }
});
