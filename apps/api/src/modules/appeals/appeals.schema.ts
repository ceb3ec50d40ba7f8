import { slugSchema } from '@chorus/domain';
import { builder } from '../../graphql/builder.js';
import { AppealStatusEnum, FormFieldModeEnum } from '../../graphql/enums.js';
import { COMMON_ERRORS } from '../../graphql/error-types.js';
import { decodeIdOf, nodesOrNotFound, uuidIdParser } from '../../graphql/ids.js';
import { inTransaction } from '../../graphql/transactions.js';
import { offsetConnection, offsetPageFrom, pageArgs } from '../../graphql/pagination.js';
import { localeArgs, translationsFromList } from '../../graphql/translations.js';
import { CampaignRef } from '../campaigns/campaigns.schema.js';
import { availableLocales, translate } from '../translations.js';
import {
  createAppeal,
  findAppealBySlug,
  loadAppeals,
  loadAppealsOfCampaigns,
  loadConsentVersions,
  setAppealStatus,
  updateAppeal,
  type Appeal,
  type ConsentVersion,
} from './appeals.service.js';

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
    allowedEmbedOrigins: t.exposeStringList('allowedEmbedOrigins', {
      description:
        'The sites (origins such as https://www.wilpf.org) whose pages may show the widget and sign through it; empty for any site.',
    }),
    postcodeField: t.expose('postcodeField', {
      type: FormFieldModeEnum,
      description: 'Whether the signing form asks for a postcode, and whether it must be given.',
    }),
    commentField: t.expose('commentField', {
      type: FormFieldModeEnum,
      description: 'Whether the signing form asks for a comment, and whether it must be given.',
    }),
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

const AppealTranslationInput = builder.inputType('AppealTranslationInput', {
  description: "An appeal's texts in one language.",
  fields: (t) => ({
    locale: t.string({ required: true }),
    title: t.string({ required: true }),
    body: t.string({ required: true }),
    target: t.string({ required: true, description: 'Whom the appeal addresses.' }),
    consentText: t.string({ required: true }),
  }),
});

const CreateAppealInput = builder.inputType('CreateAppealInput', {
  fields: (t) => ({
    campaignSlug: t.string({ required: true }),
    slug: t.string({ required: true }),
    status: t.field({ type: AppealStatusEnum, required: false, defaultValue: 'draft' }),
    goal: t.int({ required: false }),
    opensAt: t.field({ type: 'DateTime', required: false }),
    closesAt: t.field({ type: 'DateTime', required: false }),
    defaultLocale: t.string({ required: true }),
    translations: t.field({ type: [AppealTranslationInput], required: true }),
    allowedEmbedOrigins: t.stringList({
      required: false,
      description:
        'Origins (scheme, host and port, like https://www.wilpf.org) whose pages may embed the widget; empty or left out for any site.',
    }),
    postcodeField: t.field({ type: FormFieldModeEnum, required: false, defaultValue: 'optional' }),
    commentField: t.field({ type: FormFieldModeEnum, required: false, defaultValue: 'optional' }),
  }),
});

const UpdateAppealInput = builder.inputType('UpdateAppealInput', {
  description:
    'Fields left out stay as they are. Changing the consent text in any language starts a new consent version.',
  fields: (t) => ({
    id: t.id({ required: true }),
    slug: t.string({ required: false }),
    goal: t.int({ required: false }),
    opensAt: t.field({ type: 'DateTime', required: false }),
    closesAt: t.field({ type: 'DateTime', required: false }),
    defaultLocale: t.string({ required: false }),
    translations: t.field({ type: [AppealTranslationInput], required: false }),
    removeLocales: t.stringList({ required: false }),
    allowedEmbedOrigins: t.stringList({
      required: false,
      description: 'Replaces the list of sites that may embed the widget; an empty list allows any site.',
    }),
    postcodeField: t.field({ type: FormFieldModeEnum, required: false }),
    commentField: t.field({ type: FormFieldModeEnum, required: false }),
  }),
});

const ConsentVersionRef = builder.objectRef<ConsentVersion>('ConsentVersion').implement({
  description: 'One version of the consent text, as signers saw it.',
  fields: (t) => ({
    version: t.exposeString('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    text: t.string({
      nullable: true,
      args: localeArgs,
      resolve: (version, args) =>
        version.texts[args.locale ?? 'en'] ?? Object.values(version.texts)[0] ?? null,
    }),
  }),
});

builder.objectField(AppealRef, 'consentVersions', (t) =>
  t.loadableList({
    type: ConsentVersionRef,
    description: 'Every version of the consent text, oldest first.',
    load: (appealIds: string[], ctx) => loadConsentVersions(ctx, appealIds),
    resolve: (appeal) => appeal.id,
  }),
);

builder.mutationFields((t) => ({
  createAppeal: t.field({
    type: AppealRef,
    description: 'Creates an appeal in a campaign. Admins, and editors of the lead organisation.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'CreateAppealResult' } },
    args: { input: t.arg({ type: CreateAppealInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, (tx) =>
        createAppeal(tx, {
          ...input,
          goal: input.goal ?? null,
          opensAt: input.opensAt ?? null,
          closesAt: input.closesAt ?? null,
          allowedEmbedOrigins: input.allowedEmbedOrigins ?? [],
          postcodeField: input.postcodeField ?? 'optional',
          commentField: input.commentField ?? 'optional',
          translations: translationsFromList(input.translations),
        }),
      ),
  }),
  updateAppeal: t.field({
    type: AppealRef,
    description: 'Changes an appeal. Admins, and editors of the lead organisation.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'UpdateAppealResult' } },
    args: { input: t.arg({ type: UpdateAppealInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, (tx) =>
        updateAppeal(tx, decodeIdOf('Appeal', input.id), {
          slug: input.slug ?? undefined,
          goal: input.goal,
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          defaultLocale: input.defaultLocale ?? undefined,
          translations: translationsFromList(input.translations),
          removeLocales: input.removeLocales ?? [],
          allowedEmbedOrigins: input.allowedEmbedOrigins ?? undefined,
          postcodeField: input.postcodeField ?? undefined,
          commentField: input.commentField ?? undefined,
        }),
      ),
  }),
  setAppealStatus: t.field({
    type: AppealRef,
    description: 'Opens an appeal for signatures, closes it, or takes it back to draft.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'SetAppealStatusResult' } },
    args: { id: t.arg.id({ required: true }), status: t.arg({ type: AppealStatusEnum, required: true }) },
    resolve: (_root, { id, status }, ctx) =>
      inTransaction(ctx, (tx) => setAppealStatus(tx, decodeIdOf('Appeal', id), status)),
  }),
}));
