import { isStorableText, storableText } from '@chorus/domain';
import { z } from 'zod';
import { builder } from '../../graphql/builder.js';
import { decodeIdOf } from '../../graphql/ids.js';
import { keysetConnection, keysetPageFrom, pageArgs } from '../../graphql/pagination.js';
import { listAuditEvents, type AuditEvent } from './audit.service.js';

const AuditChangeRef = builder
  .objectRef<{ field: string; before: unknown; after: unknown }>('AuditChange')
  .implement({
    description: 'One changed field, with its values as JSON text.',
    fields: (t) => ({
      field: t.exposeString('field'),
      before: t.string({
        nullable: true,
        resolve: (change) => (change.before == null ? null : JSON.stringify(change.before)),
      }),
      after: t.string({
        nullable: true,
        resolve: (change) => (change.after == null ? null : JSON.stringify(change.after)),
      }),
    }),
  });

const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent').implement({
  description: 'Something someone did: who, to what, which fields changed, when, in which request.',
  fields: (t) => ({
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    actorType: t.exposeString('actorType', { description: 'user, api_key or system' }),
    actor: t.exposeString('actorLabel', {
      description: 'The email of the person, or the name and id of the key.',
    }),
    action: t.exposeString('action', { description: 'Such as campaign.created or api_key.revoked.' }),
    organisationId: t.id({
      nullable: true,
      resolve: (event) =>
        event.organisationId ? Buffer.from(`Organisation:${event.organisationId}`).toString('base64') : null,
    }),
    targetType: t.exposeString('targetType', { nullable: true }),
    targetId: t.exposeString('targetId', { nullable: true }),
    changes: t.field({
      type: [AuditChangeRef],
      resolve: (event) =>
        Object.entries(event.changes ?? {}).map(([field, change]) => ({
          field,
          before: change.before,
          after: change.after,
        })),
    }),
    requestId: t.exposeString('requestId', { nullable: true }),
  }),
});

const AuditEventConnection = builder.connectionObject({ type: AuditEventRef, name: 'AuditEventConnection' });

builder.queryField('auditLog', (t) =>
  t.field({
    type: AuditEventConnection,
    description: 'The audit trail, newest first. Admins read all of it; owners read their organisation’s.',
    authScopes: { signedIn: true },
    args: {
      ...pageArgs,
      organisationId: t.arg.id({ required: false, description: 'Only events concerning this organisation.' }),
      action: t.arg.string({
        required: false,
        description: 'Only actions starting with this, like "api_key." or "campaign.created".',
        validate: z
          .string()
          .max(100, { error: 'action can have at most 100 characters' })
          .refine(isStorableText, storableText),
      }),
      actor: t.arg.string({
        required: false,
        description: "Only events whose actor (a person's email, a key's name) contains this.",
        validate: z
          .string()
          .max(200, { error: 'actor can have at most 200 characters' })
          .refine(isStorableText, storableText),
      }),
      since: t.arg({
        type: 'DateTime',
        required: false,
        description: 'Only events at or after this instant.',
      }),
      until: t.arg({ type: 'DateTime', required: false, description: 'Only events before this instant.' }),
    },
    resolve: async (_root, args, ctx) => {
      const page = keysetPageFrom(args, z.number().int().positive());
      const result = await listAuditEvents(ctx, {
        organisationId: args.organisationId ? decodeIdOf('Organisation', args.organisationId) : null,
        before: page.after,
        limit: page.limit,
        actionPrefix: args.action?.trim() || null,
        actor: args.actor?.trim() || null,
        since: args.since ?? null,
        until: args.until ?? null,
      });
      return keysetConnection(
        result.items.map((event) => ({ node: event, key: event.id })),
        result.hasNextPage,
        page.after !== null,
      );
    },
  }),
);
