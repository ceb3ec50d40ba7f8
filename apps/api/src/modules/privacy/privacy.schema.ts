import { builder } from '../../graphql/builder.js';
import { COMMON_ERRORS } from '../../graphql/error-types.js';
import { inTransaction } from '../../graphql/transactions.js';
import { eraseSupporter, exportSupporter } from './privacy.service.js';

const ErasureRef = builder
  .objectRef<{ signatures: number; registrations: number; messages: number }>('SupporterErased')
  .implement({
    description: 'What was anonymised. The signatures still count, and registrations keep their seats.',
    fields: (t) => ({
      signatures: t.exposeInt('signatures'),
      registrations: t.exposeInt('registrations'),
      messages: t.exposeInt('messages'),
    }),
  });

builder.queryField('exportSupporter', (t) =>
  t.field({
    type: 'String',
    description:
      'Everything Chorus holds on the person with this email, as JSON text: their signatures and the mail sent to them. Admins only; audited.',
    authScopes: { admin: true },
    args: { email: t.arg.string({ required: true }) },
    resolve: async (_root, { email }, ctx) =>
      JSON.stringify(await exportSupporter(ctx, ctx.secrets, email), null, 2),
  }),
);

builder.mutationField('eraseSupporter', (t) =>
  t.field({
    type: ErasureRef,
    description:
      'Anonymises every record of the person with this email: signatures (which keep counting) and mail. Admins only; audited.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'EraseSupporterResult' } },
    args: { email: t.arg.string({ required: true }) },
    resolve: (_root, { email }, ctx) => inTransaction(ctx, (tx) => eraseSupporter(tx, ctx.secrets, email)),
  }),
);
