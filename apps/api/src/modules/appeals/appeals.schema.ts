import { slugSchema } from '@chorus/domain';
import { builder } from '../../graphql/builder.js';
import { AppealStatusEnum } from '../../graphql/enums.js';
import { nodesOrNotFound, uuidIdParser } from '../../graphql/ids.js';
import { offsetConnection, offsetPageFrom, pageArgs } from '../../graphql/pagination.js';
import { localeArgs } from '../../graphql/translations.js';
import { CampaignRef } from '../campaigns/campaigns.schema.js';
import { availableLocales, translate } from '../translations.js';
import { findAppealBySlug, loadAppeals, loadAppealsOfCampaigns, type Appeal } from './appeals.service.js';

export const AppealRef = builder.loadableNodeRef<Appeal | Error>('Appeal', {
  id: { resolve: (appeal) => appeal.id, parse: uuidIdParser('Appeal') },
  // Objects resolved by lists prime the loader, so a later lookup by id costs no query.
  cacheResolved: (appeal) => appeal.id,
  load: async (ids: string[], ctx) => nodesOrNotFound('Appeal', ids, await loadAppeals(ctx, ids)),
});

export const AppealConnection = builder.connectionObject({ type: AppealRef, name: 'AppealConnection' });

AppealRef.implement({
  description: 'A petition: a text people sign, addressed to a target, within a campaign.',
  authScopes: { public: true },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    status: t.expose('status', { type: AppealStatusEnum }),
    title: t.string({ args: localeArgs, resolve: (appeal, args) => translate(appeal, args.locale).title }),
    body: t.string({ args: localeArgs, resolve: (appeal, args) => translate(appeal, args.locale).body }),
    target: t.string({
      args: localeArgs,
      description: 'Whom the appeal addresses.',
      resolve: (appeal, args) => translate(appeal, args.locale).target,
    }),
    goal: t.exposeInt('goal', { nullable: true, description: 'The number of signatures aimed for.' }),
    opensAt: t.expose('opensAt', { type: 'DateTime', nullable: true }),
    closesAt: t.expose('closesAt', { type: 'DateTime', nullable: true }),
    consentText: t.string({
      args: localeArgs,
      description: 'What a signer agrees to when they opt in to hear from the campaign.',
      resolve: (appeal, args) => translate(appeal, args.locale).consentText,
    }),
    consentVersion: t.exposeString('consentVersion', {
      description: 'Changes whenever the consent text does; recorded with each consent given.',
    }),
    defaultLocale: t.exposeString('defaultLocale'),
    availableLocales: t.stringList({ resolve: (appeal) => availableLocales(appeal.translations) }),
    campaign: t.field({ type: CampaignRef, resolve: (appeal) => appeal.campaignId }),
  }),
});

builder.queryField('appeal', (t) =>
  t.field({
    type: AppealRef,
    nullable: true,
    description: 'An appeal by its slug; null when there is none you may see.',
    args: { slug: t.arg.string({ required: true, validate: slugSchema }) },
    resolve: (_root, { slug }, ctx) => findAppealBySlug(ctx, slug),
  }),
);

builder.objectField(CampaignRef, 'appeals', (t) =>
  t.loadable({
    type: AppealConnection,
    description: "The campaign's appeals, oldest first.",
    byPath: true,
    args: pageArgs,
    load: async (campaignIds: string[], ctx, args) => {
      const pages = await loadAppealsOfCampaigns(ctx, campaignIds, offsetPageFrom(args));
      return pages.map(offsetConnection);
    },
    resolve: (campaign) => campaign.id,
  }),
);
