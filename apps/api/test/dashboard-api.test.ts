// The parts of the API the dashboard added for itself: the list of organisations, audit filters,
// the admins' signature table with its moderation, and owners managing members and invitations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aMember } from './fixtures.js';
import { ADMIN, startTestApi, type Client, type TestApi } from './harness.js';

let api: TestApi;
let admin: Client;

beforeAll(async () => {
  api = await startTestApi({
    demoData: true,
    admin: true,
    signingLimits: { burst: 1000, sustained: 1000 },
  });
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

const SIGN = `mutation ($input: SignAppealInput!) { signAppeal(input: $input) { __typename } }`;

interface SignaturesAnswer {
  signatures: {
    edges: {
      node: {
        id: string;
        email: string;
        name: string;
        country: string;
        status: string;
        partnerSlug: string | null;
        emailDomain: string | null;
        ipHash: string | null;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const SIGNATURES = `query ($appealSlug: String!, $first: Int, $after: String, $status: SignatureStatus,
    $partnerSlug: String, $country: String, $email: String, $ipHash: String) {
  signatures(appealSlug: $appealSlug, first: $first, after: $after, status: $status,
      partnerSlug: $partnerSlug, country: $country, email: $email, ipHash: $ipHash) {
    edges { node { id email name country status partnerSlug emailDomain ipHash } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('the signature table', () => {
  beforeAll(async () => {
    const signers = [
      { name: 'Kim Min-ji', email: 'minji@example.org', country: 'KR', partnerSlug: 'women-cross-dmz' },
      { name: 'Sato Yumi', email: 'yumi@spam.example', country: 'JP' },
      { name: 'Jane Doe', email: 'jane@example.org', country: 'US' },
    ];
    for (const signer of signers) {
      const { body } = await api.graphql<{ signAppeal: { __typename: string } }>(SIGN, {
        input: {
          appealSlug: 'korea-peace-appeal',
          locale: 'en',
          consentToLead: true,
          consentVersion: '2026-11-v1',
          fillMs: 5000,
          ...signer,
        },
      });
      expect(body.data?.signAppeal.__typename).toBe('SignAppealSuccess');
    }
  });

  const signatures = async (variables: Record<string, unknown>) => {
    const { body } = await admin.graphql<SignaturesAnswer>(SIGNATURES, {
      appealSlug: 'korea-peace-appeal',
      ...variables,
    });
    return body;
  };
  const emails = async (variables: Record<string, unknown>) =>
    (await signatures(variables)).data?.signatures.edges.map((edge) => edge.node.email);

  it('pages the signatures newest first through the cursors, personal data opened', async () => {
    const first = await signatures({ first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.signatures.edges.map((edge) => edge.node)).toMatchObject([
      { email: 'jane@example.org', name: 'Jane Doe', country: 'US', status: 'PENDING', partnerSlug: null },
      { email: 'yumi@spam.example', emailDomain: 'spam.example', country: 'JP' },
    ]);
    expect(first.data?.signatures.pageInfo.hasNextPage).toBe(true);
    const next = await signatures({ first: 2, after: first.data?.signatures.pageInfo.endCursor });
    expect(next.data?.signatures.edges.map((edge) => edge.node.email)).toEqual(['minji@example.org']);
    expect(next.data?.signatures.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by partner, country, status, exact address (any case) and address hash', async () => {
    expect(await emails({ partnerSlug: 'women-cross-dmz' })).toEqual(['minji@example.org']);
    expect(await emails({ country: 'jp' })).toEqual(['yumi@spam.example']);
    expect(await emails({ status: 'CONFIRMED' })).toEqual([]);
    expect(await emails({ email: ' Yumi@Spam.EXAMPLE ' })).toEqual(['yumi@spam.example']);
    const ipHash = (await signatures({ first: 1 })).data?.signatures.edges[0]?.node.ipHash;
    expect(ipHash).toMatch(/^[0-9a-f]{32}$/);
    expect(await emails({ ipHash })).toHaveLength(3);
    const partial = await signatures({ email: 'spam.example' });
    expect(partial.errors?.[0]?.message).toContain('Give a whole email address');
  });

  it('previews how many a bulk invalidation takes, and takes exactly those', async () => {
    const preview = async (filter: Record<string, unknown>) =>
      (
        await admin.graphql<{ signaturesToInvalidate: number }>(
          `query ($emailDomain: String, $signedAfter: DateTime) {
            signaturesToInvalidate(appealSlug: "korea-peace-appeal", emailDomain: $emailDomain, signedAfter: $signedAfter)
          }`,
          filter,
        )
      ).body.data?.signaturesToInvalidate;
    expect(await preview({ emailDomain: 'spam.example' })).toBe(1);
    expect(await preview({ signedAfter: new Date(Date.now() - 3_600_000).toISOString() })).toBe(3);
    const { body } = await admin.graphql<{ invalidateSignatures: { invalidated: number } }>(
      `mutation { invalidateSignatures(input: { appealSlug: "korea-peace-appeal", emailDomain: "spam.example",
        reason: "a spam domain" }) { ... on SignaturesInvalidated { invalidated } } }`,
    );
    expect(body.data?.invalidateSignatures.invalidated).toBe(1);
    expect(await preview({ emailDomain: 'spam.example' })).toBe(0);
    expect(await emails({ status: 'INVALID' })).toEqual(['yumi@spam.example']);
  });

  it('invalidates one signature with a reason, once, and records it', async () => {
    const id = (await signatures({ email: 'jane@example.org' })).data?.signatures.edges[0]?.node.id;
    const invalidate = (reason: string) =>
      admin.graphql<{ invalidateSignature: { __typename: string; status?: string; message?: string } }>(
        `mutation ($id: ID!, $reason: String!) { invalidateSignature(id: $id, reason: $reason) {
          __typename ... on Signature { status } ... on Error { message } } }`,
        { id, reason },
      );
    expect((await invalidate('  ')).body.data?.invalidateSignature.__typename).toBe('ValidationError');
    expect((await invalidate('signed twice on paper')).body.data?.invalidateSignature).toEqual({
      __typename: 'Signature',
      status: 'INVALID',
    });
    expect((await invalidate('again')).body.data?.invalidateSignature.__typename).toBe('InvalidStateError');
    const { body } = await admin.graphql<AuditAnswer>(AUDIT, { action: 'signatures.invalidated' });
    expect(body.data?.auditLog.edges.map((edge) => edge.node.targetType)).toEqual(['Signature', 'Appeal']);
  });

  it('is for admins only', async () => {
    const { body } = await api.graphql(SIGNATURES, { appealSlug: 'korea-peace-appeal' });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('members and invitations', () => {
  const PASSWORD = 'a password for the members tests';
  let owner: Client;
  let organisationId: string;

  beforeAll(async () => {
    const db = api.database.db;
    await aMember(db, {
      email: 'owner@wcd.example',
      password: PASSWORD,
      organisation: 'women-cross-dmz',
      role: 'owner',
    });
    await aMember(db, {
      email: 'editor@wcd.example',
      password: PASSWORD,
      organisation: 'women-cross-dmz',
      role: 'editor',
    });
    owner = await api.signIn('owner@wcd.example', PASSWORD);
    const { body } = await owner.graphql<{ organisation: { id: string } }>(
      '{ organisation(slug: "women-cross-dmz") { id } }',
    );
    organisationId = body.data?.organisation.id ?? '';
  });

  const members = async (client: Client) =>
    (
      await client.graphql<{ organisation: { members: { email: string; role: string }[] } }>(
        '{ organisation(slug: "women-cross-dmz") { members { email role } } }',
      )
    ).body.data?.organisation.members;

  const changeRole = (client: Client, email: string, role: string) =>
    client.graphql<{ changeMemberRole: { __typename: string; role?: string; message?: string } }>(
      `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) {
        __typename ... on Member { role } ... on Error { message } } }`,
      { input: { organisationId, email, role } },
    );

  it('changes roles, but never leaves the organisation without an owner', async () => {
    expect((await changeRole(owner, 'EDITOR@wcd.example', 'VIEWER')).body.data?.changeMemberRole).toEqual({
      __typename: 'Member',
      role: 'VIEWER',
    });
    const alone = (await changeRole(owner, 'owner@wcd.example', 'EDITOR')).body.data?.changeMemberRole;
    expect(alone?.__typename).toBe('InvalidStateError');
    expect(alone?.message).toContain('only owner');
    expect((await changeRole(owner, 'editor@wcd.example', 'OWNER')).body.data?.changeMemberRole.role).toBe(
      'OWNER',
    );
    expect((await changeRole(owner, 'owner@wcd.example', 'EDITOR')).body.data?.changeMemberRole.role).toBe(
      'EDITOR',
    );
    expect(await members(admin)).toEqual([
      { email: 'owner@wcd.example', role: 'EDITOR' },
      { email: 'editor@wcd.example', role: 'OWNER' },
    ]);
    const refused = await changeRole(owner, 'editor@wcd.example', 'VIEWER');
    expect(refused.body.data?.changeMemberRole.__typename).toBe('ForbiddenError');
    const audit = await admin.graphql<AuditAnswer>(AUDIT, { action: 'membership.role_changed' });
    expect(audit.body.data?.auditLog.edges).toHaveLength(3);
  });

  it('removes a member, whose next request no longer carries the organisation', async () => {
    const { body } = await admin.graphql<{ removeMember: { __typename: string } }>(
      `mutation ($input: MemberInput!) { removeMember(input: $input) { __typename } }`,
      { input: { organisationId, email: 'owner@wcd.example' } },
    );
    expect(body.data?.removeMember.__typename).toBe('Member');
    expect(await members(admin)).toEqual([{ email: 'editor@wcd.example', role: 'OWNER' }]);
    const viewer = await owner.graphql<{ viewer: { memberships: unknown[] } }>(
      '{ viewer { memberships { role } } }',
    );
    expect(viewer.body.data?.viewer.memberships).toEqual([]);
  });

  it('lists open invitations to owners, and withdraws one', async () => {
    const invited = await admin.graphql<{ inviteMember: { __typename: string; id: string } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on Invitation { id } } }`,
      { input: { organisationId, email: 'New.Organiser@example.org', role: 'EDITOR' } },
    );
    const invitationId = invited.body.data?.inviteMember.id;
    const open = async () =>
      (
        await admin.graphql<{ organisation: { invitations: { id: string; email: string; role: string }[] } }>(
          '{ organisation(slug: "women-cross-dmz") { invitations { id email role } } }',
        )
      ).body.data?.organisation.invitations;
    expect(await open()).toEqual([{ id: invitationId, email: 'new.organiser@example.org', role: 'EDITOR' }]);
    const revoke = (id: string | undefined) =>
      admin.graphql<{ revokeInvitation: { __typename: string } }>(
        `mutation ($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { __typename } }`,
        { input: { organisationId, invitationId: id } },
      );
    expect((await revoke(invitationId)).body.data?.revokeInvitation.__typename).toBe('Invitation');
    expect(await open()).toEqual([]);
    expect((await revoke(invitationId)).body.data?.revokeInvitation.__typename).toBe('NotFoundError');
    const hidden = await owner.graphql('{ organisation(slug: "women-cross-dmz") { invitations { id } } }');
    expect(hidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
