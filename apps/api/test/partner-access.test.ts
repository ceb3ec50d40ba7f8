// The whole path of a coalition getting started: an admin sets up a campaign with two partners,
// an owner of one partner creates an API key, and that key sees its own campaigns and nothing of
// the other partner's, until it is revoked. The audit log shows every step.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN, startTestApi, type Client, type TestApi } from './harness.js';

let api: TestApi;
let admin: Client;

beforeAll(async () => {
  api = await startTestApi({ admin: true });
  admin = await api.signIn(ADMIN.email, ADMIN.password);
});
afterAll(() => api.close());

type Data = Record<string, Record<string, unknown> & { __typename: string }>;

async function mutate(client: Client, query: string, variables: Record<string, unknown>) {
  const { body } = await client.graphql<Data>(query, variables);
  expect(body.errors).toBeUndefined();
  const result = Object.values(body.data ?? {})[0];
  if (!result) throw new Error('no result');
  return result;
}

const CREATE_ORGANISATION = `mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { __typename ... on Organisation { id slug } ... on Error { message } }
}`;

async function organisation(slug: string): Promise<string> {
  const result = await mutate(admin, CREATE_ORGANISATION, {
    input: { slug, name: `The ${slug} network`, country: 'KR', website: `https://${slug}.example.org` },
  });
  expect(result.__typename).toBe('Organisation');
  return result.id as string;
}

async function campaign(slug: string, lead: string): Promise<string> {
  const result = await mutate(
    admin,
    `mutation ($input: CreateCampaignInput!) {
      createCampaign(input: $input) { __typename ... on Campaign { id status } ... on Error { message } }
    }`,
    {
      input: {
        slug,
        leadOrganisationSlug: lead,
        defaultLocale: 'en',
        translations: [{ locale: 'en', title: `Campaign ${slug}`, summary: 'For peace' }],
      },
    },
  );
  expect(result).toMatchObject({ __typename: 'Campaign', status: 'DRAFT' });
  return result.id as string;
}

async function invitationCode(to: string): Promise<string> {
  const { body } = await admin.graphql<{ outbox: { edges: { node: { text: string } }[] } }>(
    `query ($to: String) { outbox(to: $to, first: 1) { edges { node { text } } } }`,
    { to },
  );
  const text = body.data?.outbox.edges[0]?.node.text ?? '';
  const code = /Invitation code: ([0-9a-f]{64})/.exec(text)?.[1];
  if (!code) throw new Error(`no invitation mail to ${to}: ${JSON.stringify(body)}`);
  return code;
}

const CAMPAIGNS_OF_KEY = `{
  viewer { kind apiKey { name scopes organisation { slug } } }
  viewer2: viewer { apiKey { organisation { campaigns { edges { node { slug status } } } } } }
  other: campaign(slug: "riverside-campaign") { slug }
  mine: campaign(slug: "coalition-campaign") { slug status }
}`;

it('runs from an empty platform to a partner key that sees only its own campaigns', async () => {
  // 1. The admin adds three organisations and a campaign led by the first, with two partners.
  const leadId = await organisation('peace-women');
  const partnerId = await organisation('bridge-builders');
  await organisation('riverside');
  const campaignId = await campaign('coalition-campaign', 'peace-women');
  for (const slug of ['bridge-builders', 'riverside']) {
    const invited = await mutate(
      admin,
      `mutation ($input: InvitePartnerInput!) {
        invitePartner(input: $input) { __typename ... on Partnership { id status } ... on Error { message } }
      }`,
      { input: { campaignSlug: 'coalition-campaign', organisationSlug: slug } },
    );
    expect(invited).toMatchObject({ __typename: 'Partnership', status: 'INVITED' });
    const accepted = await mutate(
      admin,
      `mutation ($id: ID!) { acceptPartnership(id: $id) { __typename ... on Partnership { status } } }`,
      { id: invited.id },
    );
    expect(accepted).toEqual({ __typename: 'Partnership', status: 'ACTIVE' });
  }
  // riverside also leads a draft campaign of its own, which bridge-builders has no part in.
  await campaign('riverside-campaign', 'riverside');

  // 2. An appeal and an event in the coalition campaign.
  const appeal = await mutate(
    admin,
    `mutation ($input: CreateAppealInput!) {
      createAppeal(input: $input) { __typename ... on Appeal { slug status consentVersion } ... on Error { message } }
    }`,
    {
      input: {
        campaignSlug: 'coalition-campaign',
        slug: 'coalition-appeal',
        goal: 5000,
        defaultLocale: 'en',
        translations: [
          {
            locale: 'en',
            title: 'End the war',
            body: 'Sign for peace.',
            target: 'The UN',
            consentText: 'Keep me posted.',
          },
        ],
      },
    },
  );
  expect(appeal).toEqual({
    __typename: 'Appeal',
    slug: 'coalition-appeal',
    status: 'DRAFT',
    consentVersion: 'v1',
  });
  const event = await mutate(
    admin,
    `mutation ($input: CreateEventInput!) {
      createEvent(input: $input) { __typename ... on Event { status timeZone } ... on Error { message } }
    }`,
    {
      input: {
        campaignSlug: 'coalition-campaign',
        hostOrganisationSlug: 'bridge-builders',
        format: 'ONLINE',
        startsAt: '2027-03-01T12:00:00Z',
        endsAt: '2027-03-01T13:00:00Z',
        timeZone: 'Asia/Seoul',
        defaultLocale: 'en',
        translations: [{ locale: 'en', title: 'Briefing' }],
      },
    },
  );
  expect(event).toEqual({ __typename: 'Event', status: 'SCHEDULED', timeZone: 'Asia/Seoul' });

  // 3. The admin invites an owner for bridge-builders, who accepts and signs in.
  const invitation = await mutate(
    admin,
    `mutation ($input: InviteMemberInput!) {
      inviteMember(input: $input) { __typename ... on Invitation { email role } ... on Error { message } }
    }`,
    { input: { organisationId: partnerId, email: 'Owner@Bridge.example.org', role: 'OWNER' } },
  );
  expect(invitation).toEqual({ __typename: 'Invitation', email: 'Owner@bridge.example.org', role: 'OWNER' });
  const code = await invitationCode('Owner@bridge.example.org');
  const ACCEPT = `mutation ($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename ... on AcceptInvitationSuccess { role organisation { slug } } ... on Error { message }
    }
  }`;
  const joined = await mutate(api.client({}), ACCEPT, {
    input: { token: code, name: 'Bea Bridge', password: 'bridges over water' },
  });
  expect(joined).toEqual({
    __typename: 'AcceptInvitationSuccess',
    role: 'OWNER',
    organisation: { slug: 'bridge-builders' },
  });
  const reused = await mutate(api.client({}), ACCEPT, {
    input: { token: code, name: 'Eve', password: 'bridges over water' },
  });
  expect(reused).toEqual({
    __typename: 'InvalidStateError',
    message: 'This invitation is unknown, already used or expired',
  });
  const owner = await api.signIn('owner@bridge.example.org', 'bridges over water');

  // 4. The owner creates a key with campaigns:read; the secret is shown once.
  const created = await mutate(
    owner,
    `mutation ($input: CreateApiKeyInput!) {
      createApiKey(input: $input) {
        __typename ... on CreateApiKeySuccess { secret apiKey { id name prefix scopes } } ... on Error { message }
      }
    }`,
    { input: { organisationId: partnerId, name: 'CRM sync', scopes: ['CAMPAIGNS_READ'] } },
  );
  expect(created.__typename).toBe('CreateApiKeySuccess');
  const secret = created.secret as string;
  const apiKey = created.apiKey as { id: string; prefix: string; scopes: string[] };
  expect(secret).toMatch(/^chorus_pk_[0-9a-f]{12}_[0-9a-f]{64}$/);
  expect(secret.startsWith(apiKey.prefix)).toBe(true);
  expect(apiKey.scopes).toEqual(['CAMPAIGNS_READ']);

  // The owner cannot make keys for an organisation they are not in.
  const elsewhere = await mutate(
    owner,
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on Error { message } } }`,
    { input: { organisationId: leadId, name: 'Nope', scopes: ['CAMPAIGNS_READ'] } },
  );
  expect(elsewhere.__typename).toBe('ForbiddenError');

  // 5. The key sees its own (draft) campaign and nothing of riverside's draft.
  const key = api.client({ authorization: `Bearer ${secret}` });
  const seen = await key.graphql(CAMPAIGNS_OF_KEY);
  expect(seen.body.errors).toBeUndefined();
  expect(seen.body.data).toEqual({
    viewer: {
      kind: 'API_KEY',
      apiKey: { name: 'CRM sync', scopes: ['CAMPAIGNS_READ'], organisation: { slug: 'bridge-builders' } },
    },
    viewer2: {
      apiKey: {
        organisation: { campaigns: { edges: [{ node: { slug: 'coalition-campaign', status: 'DRAFT' } }] } },
      },
    },
    other: null,
    mine: { slug: 'coalition-campaign', status: 'DRAFT' },
  });
  // Anonymous callers see neither draft.
  const anonymous = await api.graphql(CAMPAIGNS_OF_KEY);
  expect(anonymous.body.data).toMatchObject({ other: null, mine: null });

  // 6. Revoking the key locks it out on the very next request.
  const revoked = await mutate(
    owner,
    `mutation ($id: ID!) { revokeApiKey(id: $id) { __typename ... on ApiKey { revokedAt } } }`,
    { id: apiKey.id },
  );
  expect(revoked.__typename).toBe('ApiKey');
  const afterRevoke = await key.graphql(CAMPAIGNS_OF_KEY);
  expect(afterRevoke.status).toBe(401);
  expect(afterRevoke.body.errors?.[0]).toMatchObject({
    message: 'This API key has been revoked',
    extensions: { code: 'UNAUTHENTICATED' },
  });

  // 7. The audit log shows each step; the owner reads their organisation's part of it.
  const { body: log } = await admin.graphql<{
    auditLog: { edges: { node: { action: string; actor: string } }[] };
  }>(`{ auditLog(first: 100) { edges { node { action actor } } } }`);
  const actions = (log.data?.auditLog.edges ?? [])
    .map((edge) => `${edge.node.action} by ${edge.node.actor}`)
    .reverse();
  expect(actions).toEqual([
    `organisation.created by ${ADMIN.email}`,
    `organisation.created by ${ADMIN.email}`,
    `organisation.created by ${ADMIN.email}`,
    `campaign.created by ${ADMIN.email}`,
    `partnership.invited by ${ADMIN.email}`,
    `partnership.invited by ${ADMIN.email}`,
    `partnership.accepted by ${ADMIN.email}`,
    `partnership.invited by ${ADMIN.email}`,
    `partnership.invited by ${ADMIN.email}`,
    `partnership.accepted by ${ADMIN.email}`,
    `campaign.created by ${ADMIN.email}`,
    `appeal.created by ${ADMIN.email}`,
    `event.created by ${ADMIN.email}`,
    `membership.invited by ${ADMIN.email}`,
    'membership.accepted by owner@bridge.example.org',
    'api_key.created by owner@bridge.example.org',
    'api_key.revoked by owner@bridge.example.org',
  ]);
  const ownersView = await owner.graphql<{ auditLog: { edges: { node: { action: string } }[] } }>(
    `query ($org: ID) { auditLog(organisationId: $org) { edges { node { action } } } }`,
    { org: partnerId },
  );
  expect(ownersView.body.data?.auditLog.edges.map((edge) => edge.node.action)).toContain('api_key.revoked');
  const notTheirs = await owner.graphql(
    `query ($org: ID) { auditLog(organisationId: $org) { edges { cursor } } }`,
    {
      org: leadId,
    },
  );
  expect(notTheirs.body.errors?.[0]?.message).toMatch(/Only admins, and owners of the organisation/);
  expect(notTheirs.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  void campaignId;
});
