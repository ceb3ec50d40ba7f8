import { partnershipRoleSchema } from '@chorus/domain';
import { builder } from '../../graphql/builder.js';
import { PartnershipRoleEnum, PartnershipStatusEnum } from '../../graphql/enums.js';
import { COMMON_ERRORS } from '../../graphql/error-types.js';
import { decodeIdOf, nodesOrNotFound, uuidIdParser } from '../../graphql/ids.js';
import { inTransaction } from '../../graphql/transactions.js';
import { offsetConnection, offsetPageFrom, pageArgs } from '../../graphql/pagination.js';
import { CampaignRef } from '../campaigns/campaigns.schema.js';
import { OrganisationRef } from '../organisations/organisations.schema.js';
import {
  acceptPartnership,
  invitePartner,
  inviterNames,
  loadPartnerships,
  loadPartnershipsOfCampaigns,
  loadPendingPartnershipsOfOrganisations,
  removePartner,
  type Partnership,
} from './partnerships.service.js';

export const PartnershipRef = builder.loadableNodeRef<Partnership | Error>('Partnership', {
  id: { resolve: (partnership) => partnership.id, parse: uuidIdParser('Partnership') },
  // Objects resolved by lists prime the loader, so a later lookup by id costs no query.
  cacheResolved: (partnership) => partnership.id,
  load: async (ids: string[], ctx) => nodesOrNotFound('Partnership', ids, await loadPartnerships(ctx, ids)),
});

export const PartnershipConnection = builder.connectionObject({
  type: PartnershipRef,
  name: 'PartnershipConnection',
});

PartnershipRef.implement({
  description: "An organisation's part in a campaign.",
  authScopes: { public: true },
  fields: (t) => ({
    role: t.expose('role', { type: PartnershipRoleEnum }),
    status: t.expose('status', { type: PartnershipStatusEnum }),
    since: t.expose('createdAt', {
      type: 'DateTime',
      description: 'When the organisation joined or was invited.',
    }),
    campaign: t.field({ type: CampaignRef, resolve: (partnership) => partnership.campaignId }),
    organisation: t.field({ type: OrganisationRef, resolve: (partnership) => partnership.organisationId }),
    invitedBy: t.loadable({
      type: 'String',
      nullable: true,
      description:
        "The name of the person who sent the invitation, for the invited organisation's owners and admins; null for everyone else, and when it is not known.",
      authScopes: (partnership) => ({ owner: partnership.organisationId }),
      unauthorizedResolver: () => null,
      load: (userIds: string[], ctx) => inviterNames(ctx, userIds),
      resolve: (partnership) => partnership.invitedBy,
    }),
  }),
});

builder.objectField(OrganisationRef, 'pendingPartnerships', (t) =>
  t.loadableList({
    type: PartnershipRef,
    description:
      'Invitations into campaigns that wait for one of its owners to accept (acceptPartnership) or decline (removePartner), newest first. Owners and admins only.',
    authScopes: (organisation) => ({ owner: organisation.id }),
    load: (organisationIds: string[], ctx) => loadPendingPartnershipsOfOrganisations(ctx, organisationIds),
    resolve: (organisation) => organisation.id,
  }),
);

builder.objectField(CampaignRef, 'partners', (t) =>
  t.loadable({
    type: PartnershipConnection,
    description: 'The organisations running this campaign: the lead first, then partners, then supporters.',
    byPath: true,
    args: {
      ...pageArgs,
      role: t.arg({ type: PartnershipRoleEnum, required: false, description: 'Only partners in this role.' }),
    },
    load: async (campaignIds: string[], ctx, args) => {
      const pages = await loadPartnershipsOfCampaigns(ctx, campaignIds, {
        ...offsetPageFrom(args),
        role: args.role ? partnershipRoleSchema.parse(args.role) : null,
      });
      return pages.map(offsetConnection);
    },
    resolve: (campaign) => campaign.id,
  }),
);

const InvitePartnerInput = builder.inputType('InvitePartnerInput', {
  fields: (t) => ({
    campaignSlug: t.string({ required: true }),
    organisationSlug: t.string({ required: true }),
    role: t.field({ type: PartnershipRoleEnum, required: false, defaultValue: 'partner' }),
  }),
});

builder.mutationFields((t) => ({
  invitePartner: t.field({
    type: PartnershipRef,
    description:
      'Invites an organisation into a campaign as partner or supporter; its owners accept. Admins, and editors of the lead organisation.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'InvitePartnerResult' } },
    args: { input: t.arg({ type: InvitePartnerInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, (tx) => invitePartner(tx, { ...input, role: input.role ?? 'partner' })),
  }),
  acceptPartnership: t.field({
    type: PartnershipRef,
    description: 'Accepts an invitation into a campaign. Owners of the invited organisation, and admins.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'AcceptPartnershipResult' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) =>
      inTransaction(ctx, (tx) => acceptPartnership(tx, decodeIdOf('Partnership', id))),
  }),
  removePartner: t.field({
    type: PartnershipRef,
    description:
      "Ends a partnership, or declines an invitation (status LEFT). The campaign's runners, or owners of the partner organisation leaving or declining.",
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'RemovePartnerResult' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) =>
      inTransaction(ctx, (tx) => removePartner(tx, decodeIdOf('Partnership', id))),
  }),
}));
