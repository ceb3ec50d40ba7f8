import { campaignStatusSchema, slugSchema } from '@chorus/domain';
import { z } from 'zod';
import { builder } from '../../graphql/builder.js';
import { CampaignStatusEnum } from '../../graphql/enums.js';
import { nodesOrNotFound, uuidIdParser } from '../../graphql/ids.js';
import {
  keysetConnection,
  keysetPageFrom,
  offsetConnection,
  offsetPageFrom,
  pageArgs,
} from '../../graphql/pagination.js';
import { localeArgs } from '../../graphql/translations.js';
import { OrganisationRef } from '../organisations/organisations.schema.js';
import { availableLocales, translate } from '../translations.js';
import {
  findCampaignBySlug,
  listCampaigns,
  loadCampaigns,
  loadCampaignsOfOrganisations,
  type Campaign,
} from './campaigns.service.js';

export const CampaignRef = builder.loadableNodeRef<Campaign | Error>('Campaign', {
  id: { resolve: (campaign) => campaign.id, parse: uuidIdParser('Campaign') },
  // Objects resolved by lists prime the loader, so a later lookup by id costs no query.
  cacheResolved: (campaign) => campaign.id,
  load: async (ids: string[], ctx) => nodesOrNotFound('Campaign', ids, await loadCampaigns(ctx, ids)),
});

export const CampaignConnection = builder.connectionObject({ type: CampaignRef, name: 'CampaignConnection' });

CampaignRef.implement({
  description: 'A campaign that several organisations run together, with its appeals and events.',
  authScopes: { public: true },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    status: t.expose('status', { type: CampaignStatusEnum }),
    title: t.string({
      args: localeArgs,
      resolve: (campaign, args) => translate(campaign, args.locale).title,
    }),
    summary: t.string({
      args: localeArgs,
      resolve: (campaign, args) => translate(campaign, args.locale).summary,
    }),
    description: t.string({
      args: localeArgs,
      resolve: (campaign, args) => translate(campaign, args.locale).description,
    }),
    startsAt: t.expose('startsAt', { type: 'DateTime', nullable: true }),
    endsAt: t.expose('endsAt', { type: 'DateTime', nullable: true }),
    defaultLocale: t.exposeString('defaultLocale', {
      description: 'The language texts fall back to when the requested one is missing.',
    }),
    availableLocales: t.stringList({
      description: 'The languages this campaign has texts in.',
      resolve: (campaign) => availableLocales(campaign.translations),
    }),
    leadOrganisation: t.field({
      type: OrganisationRef,
      description: 'The organisation that leads the campaign.',
      resolve: (campaign) => campaign.leadOrganisationId,
    }),
  }),
});

builder.queryFields((t) => ({
  campaign: t.field({
    type: CampaignRef,
    nullable: true,
    description: 'A campaign by its slug; null when there is none you may see.',
    args: { slug: t.arg.string({ required: true, validate: slugSchema }) },
    resolve: (_root, { slug }, ctx) => findCampaignBySlug(ctx, slug),
  }),
  campaigns: t.field({
    type: CampaignConnection,
    description: 'Campaigns, newest first.',
    args: {
      ...pageArgs,
      status: t.arg({
        type: CampaignStatusEnum,
        required: false,
        description: 'Only campaigns in this status.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const page = keysetPageFrom(args, z.object({ createdAt: z.string(), id: z.uuid() }));
      const result = await listCampaigns(ctx, {
        status: args.status ? campaignStatusSchema.parse(args.status) : null,
        ...page,
      });
      return keysetConnection(
        result.items.map(({ campaign, key }) => ({ node: campaign, key })),
        result.hasNextPage,
        page.after !== null,
      );
    },
  }),
}));

builder.objectField(OrganisationRef, 'campaigns', (t) =>
  t.loadable({
    type: CampaignConnection,
    description: 'The campaigns this organisation takes part in, newest first.',
    byPath: true,
    args: pageArgs,
    load: async (organisationIds: string[], ctx, args) => {
      const pages = await loadCampaignsOfOrganisations(ctx, organisationIds, offsetPageFrom(args));
      return pages.map(offsetConnection);
    },
    resolve: (organisation) => organisation.id,
  }),
);
