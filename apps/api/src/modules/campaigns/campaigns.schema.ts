import { campaignStatusSchema, slugSchema } from '@chorus/domain';
import { z } from 'zod';
import { builder } from '../../graphql/builder.js';
import { CampaignStatusEnum } from '../../graphql/enums.js';
import { COMMON_ERRORS } from '../../graphql/error-types.js';
import { decodeIdOf, nodesOrNotFound, uuidIdParser } from '../../graphql/ids.js';
import { inTransaction } from '../../graphql/transactions.js';
import {
  keysetConnection,
  keysetPageFrom,
  offsetConnection,
  offsetPageFrom,
  pageArgs,
} from '../../graphql/pagination.js';
import { localeArgs, translationsFromList } from '../../graphql/translations.js';
import { OrganisationRef } from '../organisations/organisations.schema.js';
import { availableLocales, translate } from '../translations.js';
import {
  createCampaign,
  setCampaignStatus,
  updateCampaign,
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
      // createdAt goes into SQL as a timestamp: a cursor must hold one Postgres can read (no year 0).
      const page = keysetPageFrom(
        args,
        z.object({
          createdAt: z.iso.datetime({ precision: 6 }).refine((instant) => !instant.startsWith('0000')),
          id: z.uuid(),
        }),
      );
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

const CampaignTranslationInput = builder.inputType('CampaignTranslationInput', {
  description: "A campaign's texts in one language.",
  fields: (t) => ({
    locale: t.string({ required: true }),
    title: t.string({ required: true }),
    summary: t.string({ required: true }),
    description: t.string({ required: false, defaultValue: '' }),
  }),
});

const CreateCampaignInput = builder.inputType('CreateCampaignInput', {
  fields: (t) => ({
    slug: t.string({ required: true }),
    leadOrganisationSlug: t.string({
      required: true,
      description: 'The organisation that leads the campaign.',
    }),
    status: t.field({ type: CampaignStatusEnum, required: false, defaultValue: 'draft' }),
    startsAt: t.field({ type: 'DateTime', required: false }),
    endsAt: t.field({ type: 'DateTime', required: false }),
    defaultLocale: t.string({ required: true }),
    translations: t.field({ type: [CampaignTranslationInput], required: true }),
  }),
});

const UpdateCampaignInput = builder.inputType('UpdateCampaignInput', {
  description: 'Fields left out stay as they are. Each translation given replaces that language’s texts.',
  fields: (t) => ({
    id: t.id({ required: true }),
    slug: t.string({ required: false }),
    startsAt: t.field({ type: 'DateTime', required: false }),
    endsAt: t.field({ type: 'DateTime', required: false }),
    defaultLocale: t.string({ required: false }),
    translations: t.field({ type: [CampaignTranslationInput], required: false }),
    removeLocales: t.stringList({ required: false, description: 'Languages whose texts are removed.' }),
  }),
});

builder.mutationFields((t) => ({
  createCampaign: t.field({
    type: CampaignRef,
    description: 'Creates a campaign, with its lead organisation as lead partner. Admins only.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'CreateCampaignResult' } },
    args: { input: t.arg({ type: CreateCampaignInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, (tx) =>
        createCampaign(tx, {
          ...input,
          startsAt: input.startsAt ?? null,
          endsAt: input.endsAt ?? null,
          translations: translationsFromList(input.translations),
        }),
      ),
  }),
  updateCampaign: t.field({
    type: CampaignRef,
    description: "Changes a campaign's texts and dates. Admins, and editors of the lead organisation.",
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'UpdateCampaignResult' } },
    args: { input: t.arg({ type: UpdateCampaignInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, (tx) =>
        updateCampaign(tx, decodeIdOf('Campaign', input.id), {
          slug: input.slug ?? undefined,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          defaultLocale: input.defaultLocale ?? undefined,
          translations: translationsFromList(input.translations),
          removeLocales: input.removeLocales ?? [],
        }),
      ),
  }),
  setCampaignStatus: t.field({
    type: CampaignRef,
    description:
      'Activates, pauses, closes, archives or restores a campaign. Admins, and editors of the lead organisation.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'SetCampaignStatusResult' } },
    args: { id: t.arg.id({ required: true }), status: t.arg({ type: CampaignStatusEnum, required: true }) },
    resolve: (_root, { id, status }, ctx) =>
      inTransaction(ctx, (tx) => setCampaignStatus(tx, decodeIdOf('Campaign', id), status)),
  }),
}));
