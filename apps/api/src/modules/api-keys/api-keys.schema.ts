import { builder } from '../../graphql/builder.js';
import { ApiKeyScopeEnum } from '../../graphql/enums.js';
import { decodeIdOf } from '../../graphql/ids.js';
import { ForbiddenError, InvalidStateError, NotFoundError, ValidationError } from '../errors.js';
import { OrganisationRef } from '../organisations/organisations.schema.js';
import { createApiKey, loadApiKeysOfOrganisations, revokeApiKey, type ApiKey } from './api-keys.service.js';

export const ApiKeyRef = builder.objectRef<ApiKey>('ApiKey').implement({
  description: "One of a partner organisation's API keys. The secret is shown only when the key is created.",
  fields: (t) => ({
    id: t.id({ resolve: (key) => Buffer.from(`ApiKey:${key.id}`).toString('base64') }),
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', {
      description: 'The start of the key, to recognise it: chorus_pk_<key id>_',
    }),
    scopes: t.field({ type: [ApiKeyScopeEnum], resolve: (key) => key.scopes }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    organisation: t.field({ type: OrganisationRef, resolve: (key) => key.organisationId }),
  }),
});

builder.objectField(OrganisationRef, 'apiKeys', (t) =>
  t.loadableList({
    type: ApiKeyRef,
    description: "The organisation's API keys, newest first, revoked ones included. Owners and admins only.",
    authScopes: (organisation) => ({ owner: organisation.id }),
    load: (organisationIds: string[], ctx) => loadApiKeysOfOrganisations(ctx.db, organisationIds),
    resolve: (organisation) => organisation.id,
  }),
);

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  fields: (t) => ({
    organisationId: t.id({ required: true }),
    name: t.string({ required: true, description: 'What the key is for, like "CRM sync".' }),
    scopes: t.field({ type: [ApiKeyScopeEnum], required: true }),
    expiresAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'When the key stops working; never when omitted.',
    }),
  }),
});

const CreateApiKeySuccess = builder
  .objectRef<{ apiKey: ApiKey; secret: string }>('CreateApiKeySuccess')
  .implement({
    fields: (t) => ({
      apiKey: t.field({ type: ApiKeyRef, resolve: (created) => created.apiKey }),
      secret: t.exposeString('secret', {
        description: 'The whole key, chorus_pk_<key id>_<secret>. Shown this once: Chorus keeps only a hash.',
      }),
    }),
  });

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeySuccess,
    description: 'Creates an API key for a partner organisation. Owners of the organisation and admins.',
    authScopes: { signedIn: true },
    errors: {
      types: [ValidationError, ForbiddenError],
      directResult: true,
      union: { name: 'CreateApiKeyResult' },
    },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createApiKey(ctx, {
        organisationId: decodeIdOf('Organisation', input.organisationId),
        name: input.name,
        scopes: input.scopes,
        expiresAt: input.expiresAt ?? null,
      }),
  }),
  revokeApiKey: t.field({
    type: ApiKeyRef,
    description: 'Revokes an API key; it stops working with the next request.',
    authScopes: { signedIn: true },
    errors: {
      types: [NotFoundError, ForbiddenError, InvalidStateError],
      directResult: true,
      union: { name: 'RevokeApiKeyResult' },
    },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => revokeApiKey(ctx, decodeIdOf('ApiKey', id)),
  }),
}));
