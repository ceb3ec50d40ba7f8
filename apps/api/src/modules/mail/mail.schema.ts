import { isStorableText, storableText } from '@chorus/domain';
import { z } from 'zod';
import { builder } from '../../graphql/builder.js';
import { offsetConnection, offsetPageFrom, pageArgs } from '../../graphql/pagination.js';
import { listOutbox, type OutboxMessage } from './mail.service.js';

const OutboxMessageRef = builder.objectRef<OutboxMessage>('OutboxMessage').implement({
  description: 'A mail Chorus has written, sent or waiting to be sent.',
  fields: (t) => ({
    kind: t.exposeString('kind'),
    to: t.exposeString('to'),
    subject: t.exposeString('subject'),
    text: t.exposeString('text'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    html: t.exposeString('html', { nullable: true }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    attempts: t.exposeInt('attempts', { description: 'How many times sending was tried.' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last attempt failed.' }),
    failedAt: t.expose('failedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When Chorus stopped trying to send it.',
    }),
  }),
});

const OutboxConnection = builder.connectionObject({ type: OutboxMessageRef, name: 'OutboxConnection' });

builder.queryField('outbox', (t) =>
  t.field({
    type: OutboxConnection,
    description: 'Mail written by Chorus, newest first. Admins only.',
    authScopes: { admin: true },
    args: {
      ...pageArgs,
      to: t.arg.string({
        required: false,
        description: 'Only mail to this address.',
        validate: z.string().refine(isStorableText, storableText),
      }),
    },
    resolve: async (_root, args, ctx) =>
      offsetConnection(await listOutbox(ctx.db, { to: args.to ?? null, ...offsetPageFrom(args) })),
  }),
);
