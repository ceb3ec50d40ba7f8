import { isStorableText, storableText, slugSchema } from '@chorus/domain';
import { z } from 'zod';
import { builder } from '../../graphql/builder.js';
import { COMMON_ERRORS } from '../../graphql/error-types.js';
import { decodeIdOf, nodesOrNotFound, uuidIdParser } from '../../graphql/ids.js';
import { offsetConnection, offsetPageFrom, pageArgs } from '../../graphql/pagination.js';
import { inTransaction } from '../../graphql/transactions.js';
import {
  createOrganisation,
  findOrganisationBySlug,
  listOrganisations,
  loadOrganisations,
  updateOrganisation,
  type Organisation,
} from './organisations.service.js';

export const OrganisationRef = builder.loadableNodeRef<Organisation | Error>('Organisation', {
  id: { resolve: (organisation) => organisation.id, parse: uuidIdParser('Organisation') },
  // Objects resolved by lists prime the loader, so a later lookup by id costs no query.
  cacheResolved: (organisation) => organisation.id,
  load: async (ids: string[], ctx) =>
    nodesOrNotFound('Organisation', ids, await loadOrganisations(ctx.db, ids)),
});

OrganisationRef.implement({
  description: 'A partner organisation: one of the groups that run campaigns together.',
  authScopes: { public: true },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    website: t.exposeString('website', { nullable: true }),
    country: t.exposeString('country', {
      nullable: true,
      description: 'ISO 3166-1 alpha-2 code of the country the organisation is based in.',
    }),
    description: t.exposeString('description', { nullable: true }),
    logoUrl: t.exposeString('logoUrl', { nullable: true }),
  }),
});

builder.queryField('organisation', (t) =>
  t.field({
    type: OrganisationRef,
    nullable: true,
    description: 'An organisation by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, validate: slugSchema }) },
    resolve: (_root, { slug }, ctx) => findOrganisationBySlug(ctx.db, slug),
  }),
);

const OrganisationConnection = builder.connectionObject({
  type: OrganisationRef,
  name: 'OrganisationConnection',
});

builder.queryField('organisations', (t) =>
  t.field({
    type: OrganisationConnection,
    description:
      'Organisations by name: the partners campaigns can invite. Organisations are public profiles.',
    args: {
      ...pageArgs,
      search: t.arg.string({
        required: false,
        description: 'Only organisations whose name or slug contains this text.',
        validate: z
          .string()
          .max(200, { error: 'search can have at most 200 characters' })
          .refine(isStorableText, storableText),
      }),
    },
    resolve: async (_root, args, ctx) =>
      offsetConnection(await listOrganisations(ctx.db, offsetPageFrom(args), args.search ?? null)),
  }),
);

const OrganisationFields = {
  slug: 'A short unique name for URLs, like "women-cross-dmz".',
  website: 'An absolute http(s) URL.',
  country: 'ISO 3166-1 alpha-2 code, like KR.',
} as const;

const CreateOrganisationInput = builder.inputType('CreateOrganisationInput', {
  fields: (t) => ({
    slug: t.string({ required: true, description: OrganisationFields.slug }),
    name: t.string({ required: true }),
    website: t.string({ required: false, description: OrganisationFields.website }),
    country: t.string({ required: false, description: OrganisationFields.country }),
    description: t.string({ required: false }),
    logoUrl: t.string({ required: false }),
  }),
});

const UpdateOrganisationInput = builder.inputType('UpdateOrganisationInput', {
  description: 'Fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true }),
    slug: t.string({ required: false, description: OrganisationFields.slug }),
    name: t.string({ required: false }),
    website: t.string({ required: false }),
    country: t.string({ required: false }),
    description: t.string({ required: false }),
    logoUrl: t.string({ required: false }),
  }),
});

builder.mutationFields((t) => ({
  createOrganisation: t.field({
    type: OrganisationRef,
    description: 'Adds a partner organisation. Admins only.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'CreateOrganisationResult' } },
    args: { input: t.arg({ type: CreateOrganisationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, (tx) =>
        createOrganisation(tx, {
          ...input,
          website: input.website ?? null,
          country: input.country ?? null,
          description: input.description ?? null,
          logoUrl: input.logoUrl ?? null,
        }),
      ),
  }),
  updateOrganisation: t.field({
    type: OrganisationRef,
    description: "Changes an organisation's profile. Its owners and admins.",
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'UpdateOrganisationResult' } },
    args: { input: t.arg({ type: UpdateOrganisationInput, required: true }) },
    resolve: (_root, { input: { id, ...patch } }, ctx) =>
      inTransaction(ctx, (tx) =>
        updateOrganisation(tx, decodeIdOf('Organisation', id), {
          ...patch,
          slug: patch.slug ?? undefined,
          name: patch.name ?? undefined,
        }),
      ),
  }),
}));
