import { builder } from '../../graphql/builder.js';
import { MembershipRoleEnum, ApiKeyScopeEnum } from '../../graphql/enums.js';
import { ErrorInterface } from '../../graphql/error-types.js';
import {
  ForbiddenError,
  InvalidCredentialsError,
  InvalidStateError,
  NotFoundError,
  TooManyAttemptsError,
  ValidationError,
} from '../errors.js';
import { OrganisationRef } from '../organisations/organisations.schema.js';
import { isAdmin, type Viewer } from '../access/viewer.js';
import { decodeIdOf } from '../../graphql/ids.js';
import { inTransaction } from '../../graphql/transactions.js';
import {
  acceptInvitation,
  changeMemberRole,
  changePassword,
  inviteMember,
  loadMembersOfOrganisations,
  loadOpenInvitationsOfOrganisations,
  removeMember,
  revokeInvitation,
  signIn,
  signOut,
  signOutEverywhere,
  type Member,
  type PendingInvitation,
  type User,
} from './accounts.service.js';

void ErrorInterface;

export const UserRef = builder.objectRef<User>('User').implement({
  description: 'A person who signs in to Chorus.',
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    isAdmin: t.exposeBoolean('isAdmin', { description: 'Platform admins can do everything.' }),
  }),
});

const MemberRef = builder.objectRef<Member>('Member').implement({
  description: 'A person in an organisation, with their role.',
  fields: (t) => ({
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    role: t.expose('role', { type: MembershipRoleEnum }),
    since: t.expose('since', { type: 'DateTime' }),
  }),
});

builder.objectField(OrganisationRef, 'members', (t) =>
  t.loadableList({
    type: MemberRef,
    description: 'The people in this organisation. Members of the organisation and admins only.',
    authScopes: (organisation) => ({ member: organisation.id }),
    load: (organisationIds: string[], ctx) => loadMembersOfOrganisations(ctx.db, organisationIds),
    resolve: (organisation) => organisation.id,
  }),
);

const MembershipRef = builder
  .objectRef<{ organisationId: string; role: Member['role'] }>('Membership')
  .implement({
    description: 'One organisation the viewer belongs to.',
    fields: (t) => ({
      organisation: t.field({ type: OrganisationRef, resolve: (membership) => membership.organisationId }),
      role: t.expose('role', { type: MembershipRoleEnum }),
    }),
  });

const ViewerKindEnum = builder.enumType('ViewerKind', {
  description: 'How the caller is authenticated.',
  values: {
    ANONYMOUS: { value: 'anonymous' },
    USER: { value: 'user' },
    API_KEY: { value: 'apiKey' },
    SYSTEM: { value: 'system' },
  } as const,
});

const ViewerApiKeyRef = builder.objectRef<Extract<Viewer, { kind: 'apiKey' }>>('ViewerApiKey').implement({
  description: 'The API key the caller is using.',
  fields: (t) => ({
    name: t.exposeString('name'),
    prefix: t.string({ resolve: (key) => `chorus_pk_${key.keyId}_` }),
    scopes: t.field({ type: [ApiKeyScopeEnum], resolve: (key) => [...key.scopes] }),
    organisation: t.field({ type: OrganisationRef, resolve: (key) => key.organisationId }),
  }),
});

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'Who is calling and what they may do.',
  fields: (t) => ({
    kind: t.field({ type: ViewerKindEnum, resolve: (viewer) => viewer.kind }),
    user: t.field({
      type: UserRef,
      nullable: true,
      resolve: (viewer) =>
        viewer.kind === 'user'
          ? {
              id: viewer.userId,
              email: viewer.email,
              name: viewer.name,
              isAdmin: viewer.isAdmin,
              createdAt: new Date(0),
            }
          : null,
    }),
    isAdmin: t.boolean({ resolve: (viewer) => isAdmin(viewer) }),
    memberships: t.field({
      type: [MembershipRef],
      description: 'The organisations a signed-in person belongs to, with their role in each.',
      resolve: (viewer) =>
        viewer.kind === 'user'
          ? [...viewer.memberships].map(([organisationId, role]) => ({ organisationId, role }))
          : [],
    }),
    apiKey: t.field({
      type: ViewerApiKeyRef,
      nullable: true,
      resolve: (viewer) => (viewer.kind === 'apiKey' ? viewer : null),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Who you are to Chorus.',
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
);

const SignInInput = builder.inputType('SignInInput', {
  fields: (t) => ({ email: t.string({ required: true }), password: t.string({ required: true }) }),
});

const SignInSuccess = builder.objectRef<{ user: User; expiresAt: Date }>('SignInSuccess').implement({
  description: 'Signed in: the session cookie is set on the response.',
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (success) => success.user }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

builder.mutationField('signIn', (t) =>
  t.field({
    type: SignInSuccess,
    description: 'Signs in with email and password and sets an httpOnly session cookie.',
    errors: {
      types: [InvalidCredentialsError, TooManyAttemptsError],
      directResult: true,
      union: { name: 'SignInResult' },
    },
    args: { input: t.arg({ type: SignInInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const signedIn = await signIn(ctx.db, ctx.signInThrottle, { ...input, ...ctx.client });
      ctx.sessionCookie.set(signedIn.token, signedIn.expiresAt);
      return { user: signedIn.user, expiresAt: signedIn.expiresAt };
    },
  }),
);

builder.mutationFields((t) => ({
  signOut: t.boolean({
    description: 'Ends this session.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      if (ctx.viewer.kind === 'user') await signOut(ctx.db, ctx.viewer);
      ctx.sessionCookie.clear();
      return true;
    },
  }),
  signOutEverywhere: t.int({
    description: 'Ends every session of this person, on every device; returns how many were ended.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      const ended = ctx.viewer.kind === 'user' ? await signOutEverywhere(ctx.db, ctx.viewer) : 0;
      ctx.sessionCookie.clear();
      return ended;
    },
  }),
}));

const ChangePasswordInput = builder.inputType('ChangePasswordInput', {
  fields: (t) => ({
    currentPassword: t.string({ required: true }),
    newPassword: t.string({ required: true }),
  }),
});

builder.mutationField('changePassword', (t) =>
  t.field({
    type: 'Boolean',
    description: 'Changes your password and ends your other sessions.',
    authScopes: { signedIn: true },
    errors: {
      types: [ValidationError],
      union: { name: 'ChangePasswordResult' },
      result: { name: 'ChangePasswordSuccess' },
    },
    args: { input: t.arg({ type: ChangePasswordInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (ctx.viewer.kind !== 'user') return false;
      await changePassword({ ...ctx, viewer: ctx.viewer }, input);
      return true;
    },
  }),
);

const InviteMemberInput = builder.inputType('InviteMemberInput', {
  fields: (t) => ({
    organisationId: t.id({ required: true }),
    email: t.string({ required: true }),
    role: t.field({ type: MembershipRoleEnum, required: true }),
  }),
});

const Invitation = builder.objectRef<PendingInvitation>('Invitation').implement({
  description: 'An invitation sent by email; the link in it works once.',
  fields: (t) => ({
    id: t.id({ resolve: (invitation) => Buffer.from(`Invitation:${invitation.id}`).toString('base64') }),
    email: t.exposeString('email'),
    role: t.expose('role', { type: MembershipRoleEnum }),
    invitedAt: t.expose('invitedAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

builder.objectField(OrganisationRef, 'invitations', (t) =>
  t.loadableList({
    type: Invitation,
    description: 'Invitations sent and not yet accepted or expired, newest first. Owners and admins only.',
    authScopes: (organisation) => ({ owner: organisation.id }),
    load: (organisationIds: string[], ctx) => loadOpenInvitationsOfOrganisations(ctx.db, organisationIds),
    resolve: (organisation) => organisation.id,
  }),
);

const MemberInput = builder.inputType('MemberInput', {
  description: 'One member of an organisation, by the email they sign in with.',
  fields: (t) => ({
    organisationId: t.id({ required: true }),
    email: t.string({ required: true }),
  }),
});

const ChangeMemberRoleInput = builder.inputType('ChangeMemberRoleInput', {
  fields: (t) => ({
    organisationId: t.id({ required: true }),
    email: t.string({ required: true }),
    role: t.field({ type: MembershipRoleEnum, required: true }),
  }),
});

const RevokeInvitationInput = builder.inputType('RevokeInvitationInput', {
  fields: (t) => ({
    organisationId: t.id({ required: true }),
    invitationId: t.id({ required: true }),
  }),
});

const MEMBER_ERRORS = [ValidationError, NotFoundError, ForbiddenError, InvalidStateError];

builder.mutationFields((t) => ({
  changeMemberRole: t.field({
    type: MemberRef,
    description:
      'Gives a member another role. Owners of the organisation and admins; the organisation keeps at least one owner.',
    authScopes: { signedIn: true },
    errors: { types: MEMBER_ERRORS, directResult: true, union: { name: 'ChangeMemberRoleResult' } },
    args: { input: t.arg({ type: ChangeMemberRoleInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, (tx) =>
        changeMemberRole(tx, {
          ...input,
          organisationId: decodeIdOf('Organisation', String(input.organisationId)),
        }),
      ),
  }),
  removeMember: t.field({
    type: MemberRef,
    description:
      'Takes someone out of an organisation (their account stays). Owners of the organisation and admins; the last owner stays.',
    authScopes: { signedIn: true },
    errors: { types: MEMBER_ERRORS, directResult: true, union: { name: 'RemoveMemberResult' } },
    args: { input: t.arg({ type: MemberInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, (tx) =>
        removeMember(tx, {
          ...input,
          organisationId: decodeIdOf('Organisation', String(input.organisationId)),
        }),
      ),
  }),
  revokeInvitation: t.field({
    type: Invitation,
    description: 'Withdraws an invitation: its link stops working. Owners of the organisation and admins.',
    authScopes: { signedIn: true },
    errors: { types: MEMBER_ERRORS, directResult: true, union: { name: 'RevokeInvitationResult' } },
    args: { input: t.arg({ type: RevokeInvitationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, (tx) =>
        revokeInvitation(tx, {
          organisationId: decodeIdOf('Organisation', String(input.organisationId)),
          invitationId: decodeIdOf('Invitation', String(input.invitationId)),
        }),
      ),
  }),
}));

builder.mutationField('inviteMember', (t) =>
  t.field({
    type: Invitation,
    description: 'Invites someone by email to an organisation. Owners of the organisation and admins.',
    authScopes: { signedIn: true },
    errors: {
      types: [ValidationError, NotFoundError, ForbiddenError],
      directResult: true,
      union: { name: 'InviteMemberResult' },
    },
    args: { input: t.arg({ type: InviteMemberInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inviteMember(
        ctx,
        { ...input, organisationId: decodeIdOf('Organisation', input.organisationId) },
        ctx.publicUrl,
      ),
  }),
);

const AcceptInvitationInput = builder.inputType('AcceptInvitationInput', {
  fields: (t) => ({
    token: t.string({ required: true, description: 'The code from the invitation email.' }),
    name: t.string({ required: false, description: 'Your name, when you do not have an account yet.' }),
    password: t.string({
      required: true,
      description: 'A new password, or the password of your existing account.',
    }),
  }),
});

const AcceptInvitationSuccess = builder
  .objectRef<{ user: User; organisationId: string; role: Member['role'] }>('AcceptInvitationSuccess')
  .implement({
    fields: (t) => ({
      user: t.field({ type: UserRef, resolve: (accepted) => accepted.user }),
      organisation: t.field({ type: OrganisationRef, resolve: (accepted) => accepted.organisationId }),
      role: t.expose('role', { type: MembershipRoleEnum }),
    }),
  });

builder.mutationField('acceptInvitation', (t) =>
  t.field({
    type: AcceptInvitationSuccess,
    description:
      'Joins the organisation an invitation is for, creating your account if needed. Then sign in.',
    errors: {
      types: [ValidationError, InvalidStateError],
      directResult: true,
      union: { name: 'AcceptInvitationResult' },
    },
    args: { input: t.arg({ type: AcceptInvitationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      acceptInvitation(ctx.db, { token: input.token, name: input.name ?? null, password: input.password }),
  }),
);
