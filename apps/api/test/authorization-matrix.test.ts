// Who may do what: every mutation and every non-public read, tried by every kind of caller. The
// expected matrix is written out below and printed in docs/authorization-matrix.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '../src/modules/access/viewer.js';
import { revokeApiKey } from '../src/modules/api-keys/api-keys.service.js';
import {
  aCampaign,
  aMember,
  anApiKey,
  anAppeal,
  anEvent,
  anOrganisation,
  aPartnership,
  asSystem,
} from './fixtures.js';
import { ADMIN, startTestApi, type Client, type GraphQLResponse, type TestApi } from './harness.js';

const PASSWORD = 'a password for the matrix';

const ACTORS = [
  'anonymous',
  'viewer',
  'editor',
  'owner',
  'other owner',
  'key with scope',
  'key without scope',
  'expired key',
  'revoked key',
  'admin',
] as const;
type Actor = (typeof ACTORS)[number];

// Y: allowed. -: refused. Columns in the order of ACTORS. "viewer", "editor" and "owner" are
// members of the campaign's lead organisation; "other owner" owns an organisation outside it (a
// partner, where the row says so). Keys belong to the lead organisation; "with scope" holds
// campaigns:read, "without scope" only events:read.
// prettier-ignore
const EXPECTED: Record<string, string> = {
  'createOrganisation':                      '- - - - - - - - - Y',
  'updateOrganisation (lead organisation)':  '- - - Y - - - - - Y',
  'createCampaign':                          '- - - - - - - - - Y',
  'updateCampaign':                          '- - Y Y - - - - - Y',
  'setCampaignStatus':                       '- - Y Y - - - - - Y',
  'invitePartner':                           '- - Y Y - - - - - Y',
  'acceptPartnership (other invited)':       '- - - - Y - - - - Y',
  'removePartner (other is the partner)':    '- - Y Y Y - - - - Y',
  'Organisation.pendingPartnerships (other org)':'- - - - Y - - - - Y',
  'Partnership.invitedBy (other invited)':   '- - - - Y - - - - Y',
  'createAppeal':                            '- - Y Y - - - - - Y',
  'updateAppeal':                            '- - Y Y - - - - - Y',
  'setAppealStatus':                         '- - Y Y - - - - - Y',
  'createEvent':                             '- - Y Y - - - - - Y',
  'updateEvent':                             '- - Y Y - - - - - Y',
  'cancelEvent':                             '- - Y Y - - - - - Y',
  'checkInAttendee':                         '- - Y Y - - - - - Y',
  'Event.attendees (everyone)':              '- - Y Y - - - - - Y',
  'inviteMember (lead organisation)':        '- - - Y - - - - - Y',
  'changeMemberRole (lead organisation)':    '- - - Y - - - - - Y',
  'removeMember (lead organisation)':        '- - - Y - - - - - Y',
  'revokeInvitation (lead organisation)':    '- - - Y - - - - - Y',
  'Organisation.invitations (lead organisation)':'- - - Y - - - - - Y',
  'createApiKey (lead organisation)':        '- - - Y - - - - - Y',
  'revokeApiKey (lead organisation key)':    '- - - Y - - - - - Y',
  'changePassword':                          '- Y Y Y Y - - - - Y',
  'block (email domain)':                    '- - - - - - - - - Y',
  'invalidateSignatures':                    '- - - - - - - - - Y',
  'invalidateSignature':                     '- - - - - - - - - Y',
  'signatures (an appeal\'s table)':          '- - - - - - - - - Y',
  'signaturesToInvalidate':                  '- - - - - - - - - Y',
  'addOfflineSignatures':                    '- - - - - - - - - Y',
  'eraseSupporter':                          '- - - - - - - - - Y',
  'exportSupporter':                         '- - - - - - - - - Y',
  'appealStats (whole appeal)':              '- - Y Y - - - - - Y',
  'read a draft campaign':                   '- Y Y Y - Y - - - Y',
  'read a draft appeal':                     '- Y Y Y - Y - - - Y',
  'Organisation.members (lead organisation)':'- Y Y Y - - - - - Y',
  'Organisation.apiKeys (lead organisation)':'- - - Y - - - - - Y',
  'Organisation.supporters (lead organisation)':'- - - Y - - - - - Y',
  'auditLog (lead organisation)':            '- - - Y - - - - - Y',
  'outbox':                                  '- - - - - - - - - Y',
};

type Outcome = 'Y' | '-';

let api: TestApi;
const clients = new Map<Actor, Client>();
let leadId: string;
let counter = 0;

function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}

/** Allowed when the result is the success type; refused on 401/403 or a Forbidden/NotFound result. */
function outcome(response: GraphQLResponse, success: string | null): Outcome {
  const error = response.body.errors?.[0];
  if (response.status === 401 || response.status === 403) return '-';
  if (error) {
    if (['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(String(error.extensions?.code))) return '-';
    throw new Error(`unexpected error: ${JSON.stringify(response.body)}`);
  }
  const value = Object.values(response.body.data ?? {})[0] as { __typename?: string } | null;
  if (success === null) return value ? 'Y' : '-';
  if (value?.__typename === success) return 'Y';
  if (value?.__typename === 'ForbiddenError' || value?.__typename === 'NotFoundError') return '-';
  throw new Error(`unexpected result: ${JSON.stringify(response.body)}`);
}

const db = () => api.database.db;

/** A fresh draft campaign led by the lead organisation, with an appeal and an event. */
async function freshCampaign() {
  const slug = unique('campaign');
  const campaign = await aCampaign(db(), slug, { lead: 'lead-org', status: 'draft' });
  const appeal = await anAppeal(db(), unique('appeal'), { campaign: slug, status: 'draft' });
  const event = await anEvent(db(), {
    campaign: slug,
    host: 'lead-org',
    startsAt: new Date('2027-05-01T10:00:00Z'),
  });
  return { slug, campaign, appeal, event };
}

const OPERATIONS: Record<string, (client: Client) => Promise<Outcome>> = {
  createOrganisation: async (client) =>
    outcome(
      await client.graphql(
        `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { __typename } }`,
        { input: { slug: unique('org'), name: 'New organisation' } },
      ),
      'Organisation',
    ),
  'updateOrganisation (lead organisation)': async (client) =>
    outcome(
      await client.graphql(
        `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { __typename } }`,
        { input: { id: globalId('Organisation', leadId), description: unique('description') } },
      ),
      'Organisation',
    ),
  createCampaign: async (client) =>
    outcome(
      await client.graphql(
        `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { __typename } }`,
        {
          input: {
            slug: unique('new-campaign'),
            leadOrganisationSlug: 'lead-org',
            defaultLocale: 'en',
            translations: [{ locale: 'en', title: 'T', summary: 'S' }],
          },
        },
      ),
      'Campaign',
    ),
  updateCampaign: async (client) => {
    const { campaign } = await freshCampaign();
    return outcome(
      await client.graphql(
        `mutation ($input: UpdateCampaignInput!) { updateCampaign(input: $input) { __typename } }`,
        {
          input: {
            id: globalId('Campaign', campaign.id),
            translations: [{ locale: 'ja', title: '題', summary: '要約' }],
          },
        },
      ),
      'Campaign',
    );
  },
  setCampaignStatus: async (client) => {
    const { campaign } = await freshCampaign();
    return outcome(
      await client.graphql(
        `mutation ($id: ID!) { setCampaignStatus(id: $id, status: ACTIVE) { __typename } }`,
        {
          id: globalId('Campaign', campaign.id),
        },
      ),
      'Campaign',
    );
  },
  invitePartner: async (client) => {
    const { slug } = await freshCampaign();
    return outcome(
      await client.graphql(
        `mutation ($input: InvitePartnerInput!) { invitePartner(input: $input) { __typename } }`,
        {
          input: { campaignSlug: slug, organisationSlug: 'other-org' },
        },
      ),
      'Partnership',
    );
  },
  'acceptPartnership (other invited)': async (client) => {
    const { slug } = await freshCampaign();
    const invited = await aPartnership(db(), {
      campaign: slug,
      organisation: 'other-org',
      status: 'invited',
    });
    return outcome(
      await client.graphql(`mutation ($id: ID!) { acceptPartnership(id: $id) { __typename } }`, {
        id: globalId('Partnership', invited.id),
      }),
      'Partnership',
    );
  },
  'Organisation.pendingPartnerships (other org)': async (client) =>
    outcome(await client.graphql(`{ organisation(slug: "other-org") { pendingPartnerships { id } } }`), null),
  'Partnership.invitedBy (other invited)': async (client) => {
    const { slug } = await freshCampaign();
    const invited = await clients
      .get('admin')
      ?.graphql<{ invitePartner: { id: string } }>(
        `mutation ($input: InvitePartnerInput!) { invitePartner(input: $input) { ... on Partnership { id } } }`,
        { input: { campaignSlug: slug, organisationSlug: 'other-org' } },
      );
    // Everyone who sees the partnership gets it; only some get the inviter's name.
    const response = await client.graphql<{ node: { invitedBy: string | null } | null }>(
      `query ($id: ID!) { node(id: $id) { ... on Partnership { invitedBy } } }`,
      { id: invited?.body.data?.invitePartner.id },
    );
    if (outcome(response, null) === '-') return '-';
    return response.body.data?.node?.invitedBy ? 'Y' : '-';
  },
  'removePartner (other is the partner)': async (client) => {
    const { slug } = await freshCampaign();
    const partnership = await aPartnership(db(), { campaign: slug, organisation: 'other-org' });
    return outcome(
      await client.graphql(`mutation ($id: ID!) { removePartner(id: $id) { __typename } }`, {
        id: globalId('Partnership', partnership.id),
      }),
      'Partnership',
    );
  },
  createAppeal: async (client) => {
    const { slug } = await freshCampaign();
    return outcome(
      await client.graphql(
        `mutation ($input: CreateAppealInput!) { createAppeal(input: $input) { __typename } }`,
        {
          input: {
            campaignSlug: slug,
            slug: unique('new-appeal'),
            defaultLocale: 'en',
            translations: [{ locale: 'en', title: 'T', body: 'B', target: 'U', consentText: 'C' }],
          },
        },
      ),
      'Appeal',
    );
  },
  updateAppeal: async (client) => {
    const { appeal } = await freshCampaign();
    return outcome(
      await client.graphql(
        `mutation ($input: UpdateAppealInput!) { updateAppeal(input: $input) { __typename } }`,
        {
          input: { id: globalId('Appeal', appeal.id), goal: 42 },
        },
      ),
      'Appeal',
    );
  },
  setAppealStatus: async (client) => {
    const { appeal } = await freshCampaign();
    return outcome(
      await client.graphql(`mutation ($id: ID!) { setAppealStatus(id: $id, status: OPEN) { __typename } }`, {
        id: globalId('Appeal', appeal.id),
      }),
      'Appeal',
    );
  },
  createEvent: async (client) => {
    const { slug } = await freshCampaign();
    return outcome(
      await client.graphql(
        `mutation ($input: CreateEventInput!) {
        createEvent(input: $input) { __typename ... on ValidationError { problems { path message } } }
      }`,
        {
          input: {
            campaignSlug: slug,
            hostOrganisationSlug: 'lead-org',
            format: 'ONLINE',
            startsAt: '2027-06-01T10:00:00Z',
            endsAt: '2027-06-01T11:00:00Z',
            timeZone: 'Europe/Zurich',
            defaultLocale: 'en',
            translations: [{ locale: 'en', title: 'Vigil' }],
          },
        },
      ),
      'Event',
    );
  },
  updateEvent: async (client) => {
    const { event } = await freshCampaign();
    return outcome(
      await client.graphql(
        `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { __typename } }`,
        {
          input: { id: globalId('Event', event.id), capacity: 80 },
        },
      ),
      'Event',
    );
  },
  cancelEvent: async (client) => {
    const { event } = await freshCampaign();
    return outcome(
      await client.graphql(`mutation ($id: ID!) { cancelEvent(id: $id) { __typename } }`, {
        id: globalId('Event', event.id),
      }),
      'Event',
    );
  },
  checkInAttendee: async (client) => {
    const { slug, event } = await freshCampaign();
    await sql`update campaigns set status = 'active' where slug = ${slug}`.execute(db());
    const email = `${unique('attendee')}@example.org`;
    await api.graphql(`mutation ($input: RsvpEventInput!) { rsvpEvent(input: $input) { __typename } }`, {
      input: {
        eventId: globalId('Event', event.id),
        name: 'Attendee',
        email,
        locale: 'en',
        consentToLead: false,
      },
    });
    const { public_id } = await db()
      .selectFrom('rsvps')
      .select('public_id')
      .where('event_id', '=', event.id)
      .executeTakeFirstOrThrow();
    return outcome(
      await client.graphql(
        `mutation ($input: CheckInAttendeeInput!) { checkInAttendee(input: $input) { __typename } }`,
        { input: { attendeeId: public_id } },
      ),
      'Attendee',
    );
  },
  'Event.attendees (everyone)': async (client) => {
    const { event } = await freshCampaign();
    return outcome(
      await client.graphql(
        `query ($id: ID!) { node(id: $id) { ... on Event { attendees { edges { cursor } } } } }`,
        {
          id: globalId('Event', event.id),
        },
      ),
      null,
    );
  },
  'changeMemberRole (lead organisation)': async (client) => {
    const email = `${unique('member')}@lead.example.org`;
    await aMember(db(), { email, password: PASSWORD, organisation: 'lead-org', role: 'viewer' });
    return outcome(
      await client.graphql(
        `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { __typename } }`,
        { input: { organisationId: globalId('Organisation', leadId), email, role: 'EDITOR' } },
      ),
      'Member',
    );
  },
  'removeMember (lead organisation)': async (client) => {
    const email = `${unique('member')}@lead.example.org`;
    await aMember(db(), { email, password: PASSWORD, organisation: 'lead-org', role: 'viewer' });
    return outcome(
      await client.graphql(`mutation ($input: MemberInput!) { removeMember(input: $input) { __typename } }`, {
        input: { organisationId: globalId('Organisation', leadId), email },
      }),
      'Member',
    );
  },
  'revokeInvitation (lead organisation)': async (client) => {
    const organisationId = globalId('Organisation', leadId);
    const invited = await clients
      .get('admin')
      ?.graphql<{ inviteMember: { id: string } }>(
        `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { ... on Invitation { id } } }`,
        { input: { organisationId, email: `${unique('person')}@example.org`, role: 'VIEWER' } },
      );
    return outcome(
      await client.graphql(
        `mutation ($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { __typename } }`,
        { input: { organisationId, invitationId: invited?.body.data?.inviteMember.id } },
      ),
      'Invitation',
    );
  },
  'Organisation.invitations (lead organisation)': async (client) =>
    outcome(await client.graphql(`{ organisation(slug: "lead-org") { invitations { id } } }`), null),
  'inviteMember (lead organisation)': async (client) =>
    outcome(
      await client.graphql(
        `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { __typename } }`,
        {
          input: {
            organisationId: globalId('Organisation', leadId),
            email: `${unique('person')}@example.org`,
            role: 'EDITOR',
          },
        },
      ),
      'Invitation',
    ),
  'createApiKey (lead organisation)': async (client) =>
    outcome(
      await client.graphql(
        `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename } }`,
        {
          input: {
            organisationId: globalId('Organisation', leadId),
            name: unique('key'),
            scopes: ['STATS_READ'],
          },
        },
      ),
      'CreateApiKeySuccess',
    ),
  'revokeApiKey (lead organisation key)': async (client) => {
    const key = await anApiKey(db(), { organisationId: leadId, scopes: ['stats:read'] });
    return outcome(
      await client.graphql(`mutation ($id: ID!) { revokeApiKey(id: $id) { __typename } }`, {
        id: globalId('ApiKey', key.id),
      }),
      'ApiKey',
    );
  },
  changePassword: async (client) =>
    outcome(
      await client.graphql(
        `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { __typename } }`,
        {
          input: {
            currentPassword: client === clients.get('admin') ? ADMIN.password : PASSWORD,
            newPassword: client === clients.get('admin') ? ADMIN.password : PASSWORD,
          },
        },
      ),
      'ChangePasswordSuccess',
    ),
  'block (email domain)': async (client) =>
    outcome(
      await client.graphql(`mutation ($input: BlockInput!) { block(input: $input) { __typename } }`, {
        input: { kind: 'EMAIL_DOMAIN', value: `${unique('spam')}.example`, reason: 'matrix' },
      }),
      'Block',
    ),
  invalidateSignatures: async (client) => {
    const { appeal } = await freshCampaign();
    return outcome(
      await client.graphql(
        `mutation ($input: InvalidateSignaturesInput!) { invalidateSignatures(input: $input) { __typename } }`,
        { input: { appealSlug: appeal.slug, emailDomain: 'flood.example', reason: 'matrix' } },
      ),
      'SignaturesInvalidated',
    );
  },
  invalidateSignature: async (client) => {
    const campaign = unique('signed-campaign');
    await aCampaign(db(), campaign, { lead: 'lead-org', status: 'active' });
    const appeal = await anAppeal(db(), unique('signed-appeal'), { campaign });
    await api.graphql(`mutation ($input: SignAppealInput!) { signAppeal(input: $input) { __typename } }`, {
      input: {
        appealSlug: appeal.slug,
        name: 'Matrix Signer',
        email: `${unique('signer')}@example.org`,
        country: 'KR',
        locale: 'en',
        consentToLead: false,
        consentVersion: 'v1',
        fillMs: 5000,
      },
    });
    const { public_id: id } = await db()
      .selectFrom('signatures')
      .select('public_id')
      .where('appeal_id', '=', appeal.id)
      .executeTakeFirstOrThrow();
    return outcome(
      await client.graphql(
        `mutation ($id: ID!) { invalidateSignature(id: $id, reason: "matrix") { __typename } }`,
        {
          id,
        },
      ),
      'Signature',
    );
  },
  "signatures (an appeal's table)": async (client) =>
    outcome(
      await client.graphql(`{ signatures(appealSlug: "lead-only-appeal", first: 1) { edges { cursor } } }`),
      null,
    ),
  signaturesToInvalidate: async (client) => {
    const response = await client.graphql<{ signaturesToInvalidate: number }>(
      `{ signaturesToInvalidate(appealSlug: "lead-only-appeal", emailDomain: "flood.example") }`,
    );
    return typeof response.body.data?.signaturesToInvalidate === 'number' ? 'Y' : outcome(response, null);
  },
  addOfflineSignatures: async (client) => {
    const { appeal } = await freshCampaign();
    return outcome(
      await client.graphql(
        `mutation ($input: AddOfflineSignaturesInput!) { addOfflineSignatures(input: $input) { __typename } }`,
        { input: { appealSlug: appeal.slug, count: 10, note: 'matrix' } },
      ),
      'Appeal',
    );
  },
  eraseSupporter: async (client) =>
    outcome(
      await client.graphql(`mutation ($email: String!) { eraseSupporter(email: $email) { __typename } }`, {
        email: `${unique('nobody')}@example.org`,
      }),
      'SupporterErased',
    ),
  exportSupporter: async (client) =>
    outcome(await client.graphql(`{ exportSupporter(email: "nobody@example.org") }`), null),
  'appealStats (whole appeal)': async (client) => {
    const { appeal } = await freshCampaign();
    return outcome(
      await client.graphql(
        `query ($slug: String!) { appealStats(appealSlug: $slug) { funnel { submitted } } }`,
        {
          slug: appeal.slug,
        },
      ),
      null,
    );
  },
  'read a draft campaign': async (client) =>
    outcome(await client.graphql(`{ campaign(slug: "lead-only-draft") { slug } }`), null),
  'read a draft appeal': async (client) =>
    outcome(await client.graphql(`{ appeal(slug: "lead-only-appeal") { slug } }`), null),
  'Organisation.members (lead organisation)': async (client) =>
    outcome(await client.graphql(`{ organisation(slug: "lead-org") { members { role } } }`), null),
  'Organisation.apiKeys (lead organisation)': async (client) =>
    outcome(await client.graphql(`{ organisation(slug: "lead-org") { apiKeys { name } } }`), null),
  'Organisation.supporters (lead organisation)': async (client) =>
    outcome(
      await client.graphql(`{ organisation(slug: "lead-org") { supporters { edges { cursor } } } }`),
      null,
    ),
  'auditLog (lead organisation)': async (client) =>
    outcome(
      await client.graphql(
        `query ($id: ID) { auditLog(organisationId: $id, first: 1) { edges { cursor } } }`,
        {
          id: globalId('Organisation', leadId),
        },
      ),
      null,
    ),
  outbox: async (client) => outcome(await client.graphql(`{ outbox(first: 1) { edges { cursor } } }`), null),
};

beforeAll(async () => {
  api = await startTestApi({ admin: true });
  leadId = (await anOrganisation(db(), 'lead-org')).id;
  const otherId = (await anOrganisation(db(), 'other-org')).id;
  await aCampaign(db(), 'lead-only-draft', { lead: 'lead-org', status: 'draft' });
  await anAppeal(db(), 'lead-only-appeal', { campaign: 'lead-only-draft', status: 'draft' });
  for (const role of ['viewer', 'editor', 'owner'] as const) {
    await aMember(db(), {
      email: `${role}@lead.example.org`,
      password: PASSWORD,
      organisation: 'lead-org',
      role,
    });
    clients.set(role, await api.signIn(`${role}@lead.example.org`, PASSWORD));
  }
  await aMember(db(), {
    email: 'owner@other.example.org',
    password: PASSWORD,
    organisation: 'other-org',
    role: 'owner',
  });
  clients.set('other owner', await api.signIn('owner@other.example.org', PASSWORD));
  const bearer = (secret: string) => api.client({ authorization: `Bearer ${secret}` });
  clients.set(
    'key with scope',
    bearer((await anApiKey(db(), { organisationId: leadId, scopes: ['campaigns:read'] })).secret),
  );
  clients.set(
    'key without scope',
    bearer((await anApiKey(db(), { organisationId: leadId, scopes: ['events:read'] })).secret),
  );
  const expired = await anApiKey(db(), { organisationId: leadId, scopes: ['campaigns:read'] });
  await sql`update api_keys set expires_at = now() - interval '1 minute' where id = ${expired.id}`.execute(
    db(),
  );
  clients.set('expired key', bearer(expired.secret));
  const revoked = await anApiKey(db(), { organisationId: leadId, scopes: ['campaigns:read'] });
  await revokeApiKey({ ...asSystem(db()), viewer: systemViewer('matrix setup') }, revoked.id);
  clients.set('revoked key', bearer(revoked.secret));
  clients.set('anonymous', api.client({}));
  clients.set('admin', await api.signIn(ADMIN.email, ADMIN.password));
  void otherId;
});
afterAll(() => api.close());

function renderMatrix(rows: Record<string, string>): string {
  const header = `| operation | ${ACTORS.join(' | ')} |`;
  const rule = `|---|${ACTORS.map(() => ':-:').join('|')}|`;
  const lines = Object.entries(rows).map(
    ([operation, cells]) =>
      `| ${operation} | ${cells
        .split(' ')
        .map((cell) => (cell === 'Y' ? 'yes' : '—'))
        .join(' | ')} |`,
  );
  return [header, rule, ...lines].join('\n');
}

it('allows and refuses exactly what the matrix says', async () => {
  const actual: Record<string, string> = {};
  for (const [operation, run] of Object.entries(OPERATIONS)) {
    const cells: Outcome[] = [];
    for (const actor of ACTORS) {
      const client = clients.get(actor);
      if (!client) throw new Error(`no client for ${actor}`);
      cells.push(await run(client));
    }
    actual[operation] = cells.join(' ');
  }
  expect(actual).toEqual(EXPECTED);
});

it('is printed in docs/authorization-matrix.md', () => {
  const path = new URL('../../../docs/authorization-matrix.md', import.meta.url);
  const document = readFileSync(path, 'utf8');
  const table = renderMatrix(EXPECTED);
  if (process.env.UPDATE_DOCS === '1' && !document.includes(table)) {
    writeFileSync(path, document.replace(/\| operation \|[\s\S]*?\n\n/, `${table}\n\n`));
  }
  expect(readFileSync(path, 'utf8')).toContain(table);
});
