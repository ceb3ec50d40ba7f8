import { slugSchema } from '@chorus/domain';
import { builder } from '../../graphql/builder.js';
import { nodesOrNotFound, uuidIdParser } from '../../graphql/ids.js';
import { findOrganisationBySlug, loadOrganisations, type Organisation } from './organisations.service.js';

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
