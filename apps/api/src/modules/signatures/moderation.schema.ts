import { z } from 'zod';
import { builder } from '../../graphql/builder.js';
import { COMMON_ERRORS } from '../../graphql/error-types.js';
import { keysetConnection, keysetPageFrom, pageArgs } from '../../graphql/pagination.js';
import { inTransaction } from '../../graphql/transactions.js';
import {
  addOfflineSignatures,
  block,
  countInvalidation,
  invalidateSignature,
  invalidateSignatures,
  listSignaturesForModeration,
  unblock,
  type ModeratedSignature,
} from './moderation.service.js';
import { AppealRef } from '../appeals/appeals.schema.js';
import { findAppealBySlug } from '../appeals/appeals.service.js';

const BlockKindEnum = builder.enumType('BlockKind', {
  values: {
    IP_HASH: { value: 'ip_hash', description: 'A hashed client address, as Chorus stores it.' },
    EMAIL_DOMAIN: { value: 'email_domain', description: 'A mail domain, like spam.example.' },
  } as const,
});

const SignatureStatusEnum = builder.enumType('SignatureStatus', {
  description:
    'Where a signature stands: waiting for confirmation, counted, set apart as suspect, or invalid.',
  values: {
    PENDING: { value: 'pending', description: 'Waiting for the signer to confirm from the mail.' },
    CONFIRMED: { value: 'confirmed', description: 'Confirmed; counted.' },
    SUSPECT: {
      value: 'suspect',
      description: 'Accepted quietly but not counted: a block, a bot trap or a limit.',
    },
    INVALID: { value: 'invalid', description: 'Invalidated by an admin; not counted.' },
  } as const,
});

const SignatureRef = builder.objectRef<ModeratedSignature>('Signature').implement({
  description:
    'A signature as admins see it to moderate: all the signer gave. Admins only; reads are audited.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    emailDomain: t.exposeString('emailDomain', {
      nullable: true,
      description: 'The mail domain, as bulk invalidation and blocking take it; null once erased.',
    }),
    country: t.exposeString('country'),
    postcode: t.exposeString('postcode', { nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    locale: t.exposeString('locale'),
    status: t.expose('status', { type: SignatureStatusEnum }),
    suspectReason: t.exposeString('suspectReason', {
      nullable: true,
      description: 'Why a suspect signature was set apart.',
    }),
    partnerSlug: t.exposeString('partnerSlug', {
      nullable: true,
      description: 'The partner organisation that brought the signer in.',
    }),
    consentToLead: t.exposeBoolean('consentToLead'),
    consentToPartner: t.exposeBoolean('consentToPartner'),
    consentVersion: t.exposeString('consentVersion'),
    signedAt: t.expose('signedAt', { type: 'DateTime' }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true }),
    erasedAt: t.expose('erasedAt', {
      type: 'DateTime',
      nullable: true,
      description: "When the signer's personal data was erased; the signature still counts.",
    }),
    ipHash: t.exposeString('ipHash', {
      nullable: true,
      description: 'The hashed client address, as bulk invalidation and blocking take it.',
    }),
    utmSource: t.string({ nullable: true, resolve: (signature) => signature.utm?.source ?? null }),
    utmMedium: t.string({ nullable: true, resolve: (signature) => signature.utm?.medium ?? null }),
    utmCampaign: t.string({ nullable: true, resolve: (signature) => signature.utm?.campaign ?? null }),
    referrer: t.exposeString('referrer', { nullable: true }),
  }),
});

const SignatureConnection = builder.connectionObject({ type: SignatureRef, name: 'SignatureConnection' });

const optionalText = (max: number, name: string) =>
  z.string().max(max, { error: `${name} can have at most ${max} characters` });

builder.queryFields((t) => ({
  signatures: t.field({
    type: SignatureConnection,
    description:
      "An appeal's signatures in every state, newest first, for moderation. Admins only; every read is recorded in the audit log.",
    authScopes: { admin: true },
    args: {
      ...pageArgs,
      appealSlug: t.arg.string({ required: true }),
      status: t.arg({ type: SignatureStatusEnum, required: false }),
      partnerSlug: t.arg.string({
        required: false,
        description: 'Only signers brought in by this partner organisation.',
        validate: optionalText(100, 'partnerSlug'),
      }),
      country: t.arg.string({
        required: false,
        description: 'Only signers from this country (ISO 3166-1 alpha-2, like KR).',
        validate: optionalText(2, 'country'),
      }),
      email: t.arg.string({
        required: false,
        description:
          'Only the signature of this address. Give it whole: addresses are stored sealed, so they are found by a keyed index, not by parts.',
        validate: optionalText(320, 'email'),
      }),
      ipHash: t.arg.string({
        required: false,
        description: 'Only signatures from this hashed client address.',
        validate: optionalText(64, 'ipHash'),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const page = keysetPageFrom(args, z.number().int().positive());
      const result = await listSignaturesForModeration(ctx, ctx.secrets, {
        appealSlug: args.appealSlug,
        status: args.status ?? null,
        partnerSlug: args.partnerSlug ?? null,
        country: args.country ?? null,
        email: args.email ?? null,
        ipHash: args.ipHash ?? null,
        beforeId: page.after,
        limit: page.limit,
      });
      return keysetConnection(
        result.items.map((signature) => ({ node: signature, key: signature.cursorId })),
        result.hasNextPage,
        page.after !== null,
      );
    },
  }),
  signaturesToInvalidate: t.int({
    description:
      'How many signatures invalidateSignatures would invalidate with this filter, without changing anything: a preview. Admins only.',
    authScopes: { admin: true },
    args: {
      appealSlug: t.arg.string({ required: true }),
      ipHash: t.arg.string({ required: false }),
      emailDomain: t.arg.string({ required: false }),
      signedAfter: t.arg({ type: 'DateTime', required: false }),
      signedBefore: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: (_root, args, ctx) =>
      countInvalidation(ctx, ctx.secrets, {
        appealSlug: args.appealSlug,
        ipHash: args.ipHash ?? null,
        emailDomain: args.emailDomain ?? null,
        signedAfter: args.signedAfter ?? null,
        signedBefore: args.signedBefore ?? null,
      }),
  }),
}));

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
  invalidateSignature: t.field({
    type: SignatureRef,
    description:
      'Marks one signature invalid; the count follows at once. Admins only; audited with the reason.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'InvalidateSignatureResult' } },
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_root, { id, reason }, ctx) =>
      inTransaction(ctx, (tx) => invalidateSignature(tx, ctx.secrets, { id: String(id), reason })),
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
