import { builder } from '../../graphql/builder.js';
import { ErrorInterface } from '../../graphql/error-types.js';
import { InvalidStateError, ValidationError } from '../errors.js';
import { AppealRef } from '../appeals/appeals.schema.js';
import {
  AppealClosedError,
  AppealNotFoundError,
  AppealNotOpenError,
  EmbedOriginNotAllowedError,
} from './signatures.errors.js';
import { confirmSignature, loadSignatureCounts, signAppeal } from './signatures.service.js';

builder.objectField(AppealRef, 'signatureCount', (t) =>
  t.loadable({
    type: 'Int',
    description:
      'Confirmed signatures, as last counted by the aggregator (a few seconds behind at most). The same number as /appeals/{slug}/count.json.',
    load: (appealIds: string[], ctx) => loadSignatureCounts(ctx.db, appealIds),
    resolve: (appeal) => appeal.id,
  }),
);

builder.objectType(AppealNotFoundError, {
  name: 'AppealNotFoundError',
  description: 'There is no published appeal with this slug.',
  interfaces: [ErrorInterface],
});
builder.objectType(AppealNotOpenError, {
  name: 'AppealNotOpenError',
  description: 'The appeal does not take signatures yet (or its campaign is paused).',
  interfaces: [ErrorInterface],
  fields: (t) => ({ opensAt: t.expose('opensAt', { type: 'DateTime', nullable: true }) }),
});
builder.objectType(AppealClosedError, {
  name: 'AppealClosedError',
  description: 'The appeal no longer takes signatures.',
  interfaces: [ErrorInterface],
});
builder.objectType(EmbedOriginNotAllowedError, {
  name: 'EmbedOriginNotAllowedError',
  description:
    "The page the signature came from (its Origin header) is not among the appeal's allowedEmbedOrigins.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ origin: t.exposeString('origin') }),
});

const UtmInput = builder.inputType('UtmInput', {
  description: 'The utm_* parameters of the page the signer came from.',
  fields: (t) => ({
    source: t.string({ required: false }),
    medium: t.string({ required: false }),
    campaign: t.string({ required: false }),
    content: t.string({ required: false }),
    term: t.string({ required: false }),
  }),
});

const SignAppealInput = builder.inputType('SignAppealInput', {
  fields: (t) => ({
    appealSlug: t.string({ required: true }),
    name: t.string({ required: true }),
    email: t.string({ required: true }),
    country: t.string({ required: true, description: 'ISO 3166-1 alpha-2, like KR.' }),
    postcode: t.string({ required: false }),
    comment: t.string({ required: false }),
    locale: t.string({ required: true, description: 'The language the signer read the appeal in.' }),
    consentToLead: t.boolean({
      required: true,
      description: "Whether the signer agreed to hear from the campaign's lead organisation.",
    }),
    consentToPartner: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Whether the signer agreed to hear from the partner that brought them (partnerSlug).',
    }),
    consentVersion: t.string({
      required: true,
      description: 'The appeal’s consentVersion shown with the form.',
    }),
    partnerSlug: t.string({
      required: false,
      description: 'The partner organisation that brought the signer in.',
    }),
    utm: t.field({ type: UtmInput, required: false }),
    referrer: t.string({ required: false, description: 'The page the form was on.' }),
    honeypot: t.string({
      required: false,
      description:
        'The value of a form field hidden from people. Leave it empty: anything in it marks a bot.',
    }),
    fillMs: t.int({
      required: false,
      description:
        'Milliseconds between showing the form and submitting it; implausibly fast forms are not counted.',
    }),
  }),
});

const SignAppealSuccess = builder
  .objectRef<{ confirmationRequired: boolean }>('SignAppealSuccess')
  .implement({
    description:
      'The signature is recorded. The answer is the same whether or not this email had signed before; the person gets a mail either way.',
    fields: (t) => ({
      confirmationRequired: t.exposeBoolean('confirmationRequired', {
        description: 'True when the signer must confirm from the mail before the signature counts.',
      }),
    }),
  });

const SignatureConfirmed = builder.objectRef<{ appealTitle: string }>('SignatureConfirmed').implement({
  fields: (t) => ({ appealTitle: t.exposeString('appealTitle') }),
});

builder.mutationFields((t) => ({
  signAppeal: t.field({
    type: SignAppealSuccess,
    description: 'Signs an appeal. Anyone may call it; the widget does.',
    errors: {
      types: [
        ValidationError,
        AppealNotFoundError,
        AppealNotOpenError,
        AppealClosedError,
        EmbedOriginNotAllowedError,
      ],
      directResult: true,
      union: { name: 'SignAppealResult' },
    },
    args: { input: t.arg({ type: SignAppealInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      signAppeal(
        {
          batches: ctx.signingBatches,
          secrets: ctx.secrets,
          guard: ctx.signingGuard,
          publicUrl: ctx.publicUrl,
          ip: ctx.client.ip,
          origin: ctx.client.origin,
        },
        input,
      ),
  }),
  confirmSignature: t.field({
    type: SignatureConfirmed,
    description: 'Confirms a signature with the token from its confirmation mail. The token works once.',
    errors: { types: [InvalidStateError], directResult: true, union: { name: 'ConfirmSignatureResult' } },
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, { token }, ctx) => {
      const result = await confirmSignature(ctx.db, token);
      if (result.outcome === 'confirmed') return { appealTitle: result.appealTitle };
      throw new InvalidStateError(
        result.outcome === 'expired'
          ? 'This confirmation link has expired: sign the appeal again to get a new one'
          : 'This confirmation link is unknown or has been used already',
      );
    },
  }),
}));
