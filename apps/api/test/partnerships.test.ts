// Invitations into campaigns, seen from the invited organisation: its owners (and admins) see what
// waits for them, with the campaign and who asked, until they accept or decline; nobody else does.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { aCampaign, aMember, anOrganisation } from './fixtures.js';
import { ADMIN, startTestApi, type Client, type TestApi } from './harness.js';

const PASSWORD = 'a password for partnerships';

let api: TestApi;
let admin: Client;
let leadEditor: Client;
let invitedOwner: Client;
let invitedEditor: Client;
let otherOwner: Client;

beforeAll(async () => {
  api = await startTestApi({ admin: true });
  const db = api.database.db;
  for (const slug of ['lead-org', 'invited-org', 'other-org']) await anOrganisation(db, slug);
  await aCampaign(db, 'spring-walk', { lead: 'lead-org', status: 'active' });
  await aCampaign(db, 'autumn-vigil', { lead: 'lead-org', status: 'draft' });
  const people = [
    ['editor@lead.example.org', 'lead-org', 'editor'],
    ['owner@invited.example.org', 'invited-org', 'owner'],
    ['editor@invited.example.org', 'invited-org', 'editor'],
    ['owner@other.example.org', 'other-org', 'owner'],
  ] as const;
  for (const [email, organisation, role] of people)
    await aMember(db, { email, password: PASSWORD, organisation, role });
  admin = await api.signIn(ADMIN.email, ADMIN.password);
  leadEditor = await api.signIn('editor@lead.example.org', PASSWORD);
  invitedOwner = await api.signIn('owner@invited.example.org', PASSWORD);
  invitedEditor = await api.signIn('editor@invited.example.org', PASSWORD);
  otherOwner = await api.signIn('owner@other.example.org', PASSWORD);
});
afterAll(() => api.close());

interface Pending {
  id: string;
  role: string;
  status: string;
  invitedBy: string | null;
  campaign: { slug: string; title: string; leadOrganisation: { slug: string } };
}

const PENDING = `query ($slug: String!) {
  organisation(slug: $slug) {
    pendingPartnerships {
      id role status invitedBy
      campaign { slug title leadOrganisation { slug } }
    }
  }
}`;

async function pendingSeenBy(client: Client, slug = 'invited-org') {
  const { body } = await client.graphql<{ organisation: { pendingPartnerships: Pending[] } | null }>(
    PENDING,
    {
      slug,
    },
  );
  return {
    pending: body.data?.organisation?.pendingPartnerships ?? null,
    code: body.errors?.[0]?.extensions?.code,
  };
}

async function invite(campaignSlug: string, role: 'PARTNER' | 'SUPPORTER') {
  const { body } = await leadEditor.graphql<{ invitePartner: { __typename: string } }>(
    `mutation ($input: InvitePartnerInput!) { invitePartner(input: $input) { __typename } }`,
    { input: { campaignSlug, organisationSlug: 'invited-org', role } },
  );
  expect(body.data?.invitePartner.__typename).toBe('Partnership');
}

it("shows the invited organisation's owners the invitations waiting for them, with the campaign and who asked", async () => {
  await invite('spring-walk', 'PARTNER');
  await invite('autumn-vigil', 'SUPPORTER');

  const { pending } = await pendingSeenBy(invitedOwner);
  // Newest first; the draft campaign too, since an invited organisation sees its campaigns.
  expect(pending?.map(({ id: _id, ...rest }) => rest)).toEqual([
    {
      role: 'SUPPORTER',
      status: 'INVITED',
      invitedBy: 'editor@lead.example.org',
      campaign: {
        slug: 'autumn-vigil',
        title: 'Campaign autumn-vigil',
        leadOrganisation: { slug: 'lead-org' },
      },
    },
    {
      role: 'PARTNER',
      status: 'INVITED',
      invitedBy: 'editor@lead.example.org',
      campaign: {
        slug: 'spring-walk',
        title: 'Campaign spring-walk',
        leadOrganisation: { slug: 'lead-org' },
      },
    },
  ]);
  expect((await pendingSeenBy(admin)).pending).toEqual(pending);
  // The organisation that has nothing waiting gets an empty list, not an error.
  expect((await pendingSeenBy(otherOwner, 'other-org')).pending).toEqual([]);
});

it('hides them from everyone else: members without the owner role, other organisations, the inviters', async () => {
  expect((await pendingSeenBy(invitedEditor)).code).toBe('FORBIDDEN');
  expect((await pendingSeenBy(otherOwner)).code).toBe('FORBIDDEN');
  expect((await pendingSeenBy(leadEditor)).code).toBe('FORBIDDEN');
  expect((await pendingSeenBy(api.client({}))).code).toBe('UNAUTHENTICATED');

  // Who sent an invitation is for the invited organisation's owners: the campaign's list of
  // partners gives others null, not an error.
  const PARTNERS = `{ campaign(slug: "spring-walk") { partners { edges { node { status invitedBy organisation { slug } } } } } }`;
  const invitedRow = async (client: Client) => {
    const { body } = await client.graphql<{
      campaign: {
        partners: { edges: { node: { invitedBy: string | null; organisation: { slug: string } } }[] };
      };
    }>(PARTNERS);
    expect(body.errors).toBeUndefined();
    return body.data?.campaign.partners.edges.find((edge) => edge.node.organisation.slug === 'invited-org')
      ?.node;
  };
  expect((await invitedRow(leadEditor))?.invitedBy).toBeNull();
  expect((await invitedRow(invitedEditor))?.invitedBy).toBeNull();
  expect((await invitedRow(invitedOwner))?.invitedBy).toBe('editor@lead.example.org');
});

it('reads the invitations of several organisations in one statement', async () => {
  const ids = await Promise.all(
    ['invited-org', 'other-org'].map(async (slug) => {
      const { body } = await admin.graphql<{ organisation: { id: string } }>(
        `query ($slug: String!) { organisation(slug: $slug) { id } }`,
        { slug },
      );
      return body.data?.organisation.id;
    }),
  );
  api.statements.length = 0;
  const { body } = await admin.graphql<{ nodes: { pendingPartnerships: { role: string }[] }[] }>(
    `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Organisation { pendingPartnerships { role } } } }`,
    { ids },
  );
  expect(body.data?.nodes.map((node) => node.pendingPartnerships.length)).toEqual([2, 0]);
  expect(api.statements.filter((text) => text.includes('from "partnerships"'))).toHaveLength(1);
});

it('drops an invitation from the list once accepted or declined, and shows it again when re-sent', async () => {
  const { pending } = await pendingSeenBy(invitedOwner);
  const [autumn, spring] = pending ?? [];
  const accepted = await invitedOwner.graphql<{ acceptPartnership: { __typename: string; status?: string } }>(
    `mutation ($id: ID!) { acceptPartnership(id: $id) { __typename ... on Partnership { status } } }`,
    { id: spring?.id },
  );
  expect(accepted.body.data?.acceptPartnership).toEqual({ __typename: 'Partnership', status: 'ACTIVE' });
  expect((await pendingSeenBy(invitedOwner)).pending?.map((one) => one.campaign.slug)).toEqual([
    'autumn-vigil',
  ]);

  const declined = await invitedOwner.graphql<{ removePartner: { __typename: string; status?: string } }>(
    `mutation ($id: ID!) { removePartner(id: $id) { __typename ... on Partnership { status } } }`,
    { id: autumn?.id },
  );
  expect(declined.body.data?.removePartner).toEqual({ __typename: 'Partnership', status: 'LEFT' });
  expect((await pendingSeenBy(invitedOwner)).pending).toEqual([]);

  // The campaign may ask again; the new invitation waits like the first.
  await invite('autumn-vigil', 'PARTNER');
  expect((await pendingSeenBy(invitedOwner)).pending?.map((one) => [one.campaign.slug, one.role])).toEqual([
    ['autumn-vigil', 'PARTNER'],
  ]);
});
