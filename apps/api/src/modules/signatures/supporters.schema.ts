import { slugSchema } from '@chorus/domain';
import { z } from 'zod';
import { builder } from '../../graphql/builder.js';
import { keysetConnection, keysetPageFrom, pageArgs } from '../../graphql/pagination.js';
import { OrganisationRef } from '../organisations/organisations.schema.js';
import { listSupporters, type Supporter } from './supporters.service.js';

const SupporterViaEnum = builder.enumType('SupporterVia', {
  description: 'Why the organisation may see this supporter.',
  values: {
    LEAD: {
      value: 'lead',
      description: 'The organisation leads the campaign; the signer agreed to hear from the lead.',
    },
    PARTNER: {
      value: 'partner',
      description: 'The organisation brought the signer in; the signer agreed to hear from it.',
    },
  } as const,
});

const SupporterRef = builder.objectRef<Supporter>('Supporter').implement({
  description: 'A person who signed and agreed to hear from the organisation reading this.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    country: t.exposeString('country'),
    postcode: t.exposeString('postcode', { nullable: true }),
    locale: t.exposeString('locale'),
    appealSlug: t.exposeString('appealSlug'),
    via: t.expose('via', { type: SupporterViaEnum }),
    confirmed: t.boolean({ resolve: (supporter) => supporter.status === 'confirmed' }),
    consentVersion: t.exposeString('consentVersion'),
    signedAt: t.expose('signedAt', { type: 'DateTime' }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true }),
    utmSource: t.string({ nullable: true, resolve: (supporter) => supporter.utm?.source ?? null }),
    utmMedium: t.string({ nullable: true, resolve: (supporter) => supporter.utm?.medium ?? null }),
    utmCampaign: t.string({ nullable: true, resolve: (supporter) => supporter.utm?.campaign ?? null }),
    referrer: t.exposeString('referrer', { nullable: true }),
  }),
});

const SupporterConnection = builder.connectionObject({ type: SupporterRef, name: 'SupporterConnection' });

builder.objectField(OrganisationRef, 'supporters', (t) =>
  t.field({
    type: SupporterConnection,
    description:
      "Signers this organisation may contact: those it brought in who agreed to hear from it, and, in campaigns it leads, those who agreed to hear from the lead. Oldest first. Admins, the organisation's owners, and its API keys with supporters:read; every read is recorded in the audit log.",
    authScopes: (organisation) => ({
      $any: { admin: true, owner: organisation.id, keyScope: 'supporters:read' },
    }),
    args: {
      ...pageArgs,
      appealSlug: t.arg.string({
        required: false,
        validate: slugSchema,
        description: 'Only signatures of this appeal.',
      }),
      since: t.arg({
        type: 'DateTime',
        required: false,
        description: 'Only signatures made at or after this instant.',
      }),
      confirmedOnly: t.arg.boolean({
        required: false,
        defaultValue: true,
        description:
          'Only confirmed signatures (the default); false adds those still waiting for confirmation.',
      }),
    },
    resolve: async (organisation, args, ctx) => {
      const page = keysetPageFrom(args, z.number().int().positive());
      const result = await listSupporters(ctx, ctx.secrets, organisation.id, {
        appealSlug: args.appealSlug ?? null,
        since: args.since ?? null,
        confirmedOnly: args.confirmedOnly ?? true,
        afterId: page.after,
        limit: page.limit,
      });
      return keysetConnection(
        result.items.map((supporter) => ({ node: supporter, key: supporter.cursorId })),
        result.hasNextPage,
        page.after !== null,
      );
    },
  }),
);
