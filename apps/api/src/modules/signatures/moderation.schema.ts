import { builder } from '../../graphql/builder.js';
import { COMMON_ERRORS } from '../../graphql/error-types.js';
import { inTransaction } from '../../graphql/transactions.js';
import { addOfflineSignatures, block, invalidateSignatures, unblock } from './moderation.service.js';
import { AppealRef } from '../appeals/appeals.schema.js';
import { findAppealBySlug } from '../appeals/appeals.service.js';

const BlockKindEnum = builder.enumType('BlockKind', {
  values: {
    IP_HASH: { value: 'ip_hash', description: 'A hashed client address, as Chorus stores it.' },
    EMAIL_DOMAIN: { value: 'email_domain', description: 'A mail domain, like spam.example.' },
  } as const,
});

const BlockInput = builder.inputType('BlockInput', {
  fields: (t) => ({
    kind: t.field({ type: BlockKindEnum, required: true }),
    value: t.string({ required: true }),
    reason: t.string({ required: true }),
  }),
});

const InvalidateSignaturesInput = builder.inputType('InvalidateSignaturesInput', {
  description: 'Which signatures of an appeal to invalidate: give at least one filter.',
  fields: (t) => ({
    appealSlug: t.string({ required: true }),
    ipHash: t.string({ required: false }),
    emailDomain: t.string({ required: false }),
    signedAfter: t.field({ type: 'DateTime', required: false }),
    signedBefore: t.field({ type: 'DateTime', required: false }),
    reason: t.string({ required: true }),
  }),
});

const BlockResult = builder.objectRef<{ value: string }>('Block').implement({
  fields: (t) => ({ value: t.exposeString('value') }),
});
const InvalidationResult = builder.objectRef<{ invalidated: number }>('SignaturesInvalidated').implement({
  fields: (t) => ({ invalidated: t.exposeInt('invalidated') }),
});

const AddOfflineSignaturesInput = builder.inputType('AddOfflineSignaturesInput', {
  fields: (t) => ({
    appealSlug: t.string({ required: true }),
    count: t.int({ required: true, description: 'How many; negative to correct an earlier batch.' }),
    note: t.string({ required: true, description: 'Where they come from, for the audit log.' }),
  }),
});

builder.mutationFields((t) => ({
  addOfflineSignatures: t.field({
    type: AppealRef,
    description: "Adds signatures gathered on paper to an appeal's count. Admins only; audited.",
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'AddOfflineSignaturesResult' } },
    args: { input: t.arg({ type: AddOfflineSignaturesInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, async (tx) => {
        await addOfflineSignatures(tx, input);
        const appeal = await findAppealBySlug(tx, input.appealSlug);
        if (!appeal) throw new Error('unreachable: the appeal was just counted');
        return appeal;
      }),
  }),
  block: t.field({
    type: BlockResult,
    description:
      'Blocks an address hash or a mail domain: new signatures from it are accepted quietly but not counted or mailed. Admins only.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'BlockResult' } },
    args: { input: t.arg({ type: BlockInput, required: true }) },
    resolve: (_root, { input }, ctx) => inTransaction(ctx, async (tx) => ({ value: await block(tx, input) })),
  }),
  unblock: t.field({
    type: 'Boolean',
    description: 'Lifts a block; true when there was one. Admins only.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, union: { name: 'UnblockResult' }, result: { name: 'UnblockSuccess' } },
    args: { kind: t.arg({ type: BlockKindEnum, required: true }), value: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => inTransaction(ctx, (tx) => unblock(tx, args)),
  }),
  invalidateSignatures: t.field({
    type: InvalidationResult,
    description: "Invalidates an appeal's signatures in bulk; its count follows at once. Admins only.",
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'InvalidateSignaturesResult' } },
    args: { input: t.arg({ type: InvalidateSignaturesInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, async (tx) => ({
        invalidated: await invalidateSignatures(tx, ctx.secrets, {
          appealSlug: input.appealSlug,
          ipHash: input.ipHash ?? null,
          emailDomain: input.emailDomain ?? null,
          signedAfter: input.signedAfter ?? null,
          signedBefore: input.signedBefore ?? null,
          reason: input.reason,
        }),
      })),
  }),
}));
