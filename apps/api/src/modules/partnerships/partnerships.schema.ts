import { partnershipRoleSchema } from '@chorus/domain';
import { builder } from '../../graphql/builder.js';
import { PartnershipRoleEnum, PartnershipStatusEnum } from '../../graphql/enums.js';
import { nodesOrNotFound, uuidIdParser } from '../../graphql/ids.js';
import { offsetConnection, offsetPageFrom, pageArgs } from '../../graphql/pagination.js';
import { CampaignRef } from '../campaigns/campaigns.schema.js';
import { OrganisationRef } from '../organisations/organisations.schema.js';
import { loadPartnerships, loadPartnershipsOfCampaigns, type Partnership } from './partnerships.service.js';

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
  }),
});

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
