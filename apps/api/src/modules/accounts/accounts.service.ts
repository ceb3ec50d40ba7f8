// People and their access: passwords, sessions, organisation memberships and invitations.
import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import {
  emailSchema,
  isStorableText,
  memberInvitationSchema,
  membershipRoleSchema,
  passwordSchema,
  TEXT_LIMITS,
  boundedText,
  type MembershipRole,
  problem,
} from '@chorus/domain';
import { z } from 'zod';
import type { Database, UserRow } from '../../db/database.js';
import { hashToken, newToken } from '../access/tokens.js';
import { ANONYMOUS, hasOrganisationRole, type UserViewer } from '../access/viewer.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  fieldProblem,
  ForbiddenError,
  InvalidCredentialsError,
  InvalidStateError,
  NotFoundError,
  parseInput,
  ValidationError,
} from '../errors.js';
import { queueMail } from '../mail/mail.service.js';
import { findOrganisationById } from '../organisations/organisations.service.js';
import type { ServiceContext } from '../service-context.js';
import * as repository from './accounts.repository.js';
import type { SignInThrottle } from './sign-in-throttle.js';

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first configuration: 19 MiB of memory,
 * 2 iterations, 1 lane. About 25 ms per hash on one core of a small server.
 */
export const PASSWORD_HASHING = {
  // Algorithm is a const enum, which verbatimModuleSyntax cannot import as a value; 2 is Argon2id.
  algorithm: 2 as Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is refreshed at most this often, so reading does not write on every request. */
const SESSION_TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export function canonicalEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASHING);
}

// Verified when the email is unknown, so a miss costs as much time as a wrong password.
let decoyHash: Promise<string> | null = null;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return decoyHash;
}

export interface User {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  createdAt: Date;
}

function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, isAdmin: row.is_admin, createdAt: row.created_at };
}

export async function findUsers(db: Kysely<Database>, ids: readonly string[]): Promise<User[]> {
  return (await repository.findUsersByIds(db, ids)).map(toUser);
}

export async function createUser(
  db: Kysely<Database>,
  user: { email: string; name: string; password: string; isAdmin: boolean },
): Promise<User> {
  const row = await repository.insertUser(db, {
    email: user.email.trim(),
    emailCanonical: canonicalEmail(user.email),
    name: user.name,
    passwordHash: await hashPassword(user.password),
    isAdmin: user.isAdmin,
  });
  return toUser(row);
}

/**
 * The first admin: from CHORUS_ADMIN_EMAIL / CHORUS_ADMIN_PASSWORD, or, when those are unset, a
 * generated password returned once for printing. Does nothing once any admin exists.
 */
export async function ensureFirstAdmin(
  db: Kysely<Database>,
  configured: { email: string | null; password: string | null },
): Promise<{ email: string; generatedPassword: string | null } | null> {
  if ((await repository.countAdmins(db)) > 0) return null;
  const email = configured.email ?? 'admin@chorus.local';
  const generatedPassword = configured.password ? null : randomBytes(15).toString('base64url');
  const password = configured.password ?? generatedPassword;
  if (!password) throw new Error('unreachable: a password is either configured or generated');
  const existing = await repository.findUserByCanonicalEmail(db, canonicalEmail(email));
  if (existing)
    throw new Error(`A user ${email} exists but there is no admin; make them admin in the database`);
  await createUser(db, { email, name: 'Administrator', password, isAdmin: true });
  return { email, generatedPassword };
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: User;
}

export async function signIn(
  db: Kysely<Database>,
  throttle: SignInThrottle,
  attempt: { email: string; password: string; ip: string | null; userAgent: string | null },
  now = new Date(),
): Promise<SignedIn> {
  const account = canonicalEmail(attempt.email);
  await throttle.check(account, attempt.ip);
  // No account's email holds a NUL or half a surrogate pair, and the database refuses to look one up.
  const user = isStorableText(account) ? await repository.findUserByCanonicalEmail(db, account) : null;
  const matches = await verify(user?.password_hash ?? (await decoy()), attempt.password).catch(() => false);
  if (!user || !matches) {
    await throttle.failed(account, attempt.ip);
    throw new InvalidCredentialsError();
  }
  await throttle.succeeded(account);
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await repository.insertSession(db, {
    userId: user.id,
    tokenHash: hashToken(token),
    expiresAt,
    userAgent: attempt.userAgent?.slice(0, 500) ?? null,
    ip: attempt.ip,
  });
  return { token, expiresAt, user: toUser(user) };
}

/** The signed-in viewer for a session cookie's token, or null when it is unknown, expired or revoked. */
export async function viewerForSession(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<UserViewer | null> {
  const session = await repository.findLiveSession(db, hashToken(token), now);
  if (!session) return null;
  const [memberships] = await Promise.all([
    repository.findMembershipsOfUser(db, session.user_id),
    now.getTime() - session.last_seen_at.getTime() > SESSION_TOUCH_INTERVAL_MS
      ? repository.touchSession(db, session.id, now)
      : Promise.resolve(),
  ]);
  return {
    kind: 'user',
    userId: session.user_id,
    sessionId: session.id,
    email: session.email,
    name: session.name,
    isAdmin: session.is_admin,
    memberships: new Map(memberships.map((membership) => [membership.organisation_id, membership.role])),
  };
}

export async function signOut(db: Kysely<Database>, viewer: UserViewer, now = new Date()): Promise<void> {
  await repository.revokeSession(db, viewer.sessionId, now);
}

/** Ends every session of the viewer, this one included; returns how many were ended. */
export async function signOutEverywhere(
  db: Kysely<Database>,
  viewer: UserViewer,
  now = new Date(),
): Promise<number> {
  return repository.revokeSessionsOfUser(db, viewer.userId, now, null);
}

/** Changes the password and ends the viewer's other sessions. */
export async function changePassword(
  ctx: ServiceContext & { viewer: UserViewer },
  input: { currentPassword: string; newPassword: string },
  now = new Date(),
): Promise<void> {
  const newPassword = parseInput(z.object({ newPassword: passwordSchema }), input).newPassword;
  const user = await repository.findUserByCanonicalEmail(ctx.db, canonicalEmail(ctx.viewer.email));
  if (!user || !(await verify(user.password_hash, input.currentPassword).catch(() => false))) {
    throw new ValidationError([fieldProblem(['currentPassword'], problem('currentPasswordWrong'))]);
  }
  await repository.updatePasswordHash(ctx.db, user.id, await hashPassword(newPassword));
  await repository.revokeSessionsOfUser(ctx.db, user.id, now, ctx.viewer.sessionId);
  await recordAudit(ctx, {
    action: 'user.password_changed',
    organisationId: null,
    targetType: 'User',
    targetId: user.id,
  });
}

export interface Member {
  userId: string;
  organisationId: string;
  email: string;
  name: string;
  role: MembershipRole;
  since: Date;
}

export async function loadMembersOfOrganisations(
  db: Kysely<Database>,
  organisationIds: readonly string[],
): Promise<Member[][]> {
  const rows = await repository.findMembershipsOfOrganisations(db, organisationIds);
  return organisationIds.map((id) =>
    rows
      .filter((row) => row.organisation_id === id)
      .map((row) => ({
        userId: row.user_id,
        organisationId: row.organisation_id,
        email: row.email,
        name: row.name,
        role: row.role,
        since: row.created_at,
      })),
  );
}

/** Owners (and admins) invite people by email; the mail carries a single-use link. */
export async function inviteMember(
  ctx: ServiceContext,
  input: { organisationId: string; email: string; role: string },
  publicUrl: string,
  now = new Date(),
): Promise<PendingInvitation> {
  const organisation = await findOrganisationById(ctx.db, input.organisationId);
  if (!organisation) throw new NotFoundError('Organisation', input.organisationId);
  if (!hasOrganisationRole(ctx.viewer, organisation.id, 'owner')) {
    throw new ForbiddenError('Only owners of the organisation, and admins, may invite members');
  }
  const invitation = parseInput(memberInvitationSchema, { email: input.email, role: input.role });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  const row = await repository.insertInvitation(ctx.db, {
    organisationId: organisation.id,
    emailCanonical: canonicalEmail(invitation.email),
    role: invitation.role,
    tokenHash: hashToken(token),
    invitedBy: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
    expiresAt,
  });
  const link = `${publicUrl}/admin/accept-invitation?token=${token}`;
  await queueMail(ctx.db, {
    kind: 'member-invitation',
    to: invitation.email,
    subject: `You are invited to ${organisation.name} on Chorus`,
    text: [
      `You have been invited to join ${organisation.name} on Chorus as ${invitation.role}.`,
      '',
      `Accept the invitation here (the link works once, until ${expiresAt.toUTCString()}):`,
      link,
      '',
      `Invitation code: ${token}`,
    ].join('\n'),
  });
  await recordAudit(ctx, {
    action: 'membership.invited',
    organisationId: organisation.id,
    targetType: 'Invitation',
    targetId: row.id,
    changes: {
      email: { before: null, after: invitation.email },
      role: { before: null, after: invitation.role },
    },
  });
  return { id: row.id, email: invitation.email, role: invitation.role, expiresAt, invitedAt: row.created_at };
}

const acceptanceSchema = z.object({
  name: boundedText(TEXT_LIMITS.name),
  password: passwordSchema,
});

/**
 * Accepts an invitation with its code. A newcomer chooses a name and password; someone who
 * already has an account gives their password instead. Returns the new member's user.
 */
export async function acceptInvitation(
  db: Kysely<Database>,
  input: { token: string; name: string | null; password: string },
  now = new Date(),
): Promise<{ user: User; organisationId: string; role: MembershipRole }> {
  const tokenHash = hashToken(input.token.trim());
  const invitation = await repository.findOpenInvitation(db, tokenHash, now);
  if (!invitation) throw new InvalidStateError('This invitation is unknown, already used or expired');
  const existing = await repository.findUserByCanonicalEmail(db, invitation.email_canonical);
  let user: User;
  if (existing) {
    if (!(await verify(existing.password_hash, input.password).catch(() => false))) {
      throw new ValidationError([fieldProblem(['password'], problem('existingPasswordWrong'))]);
    }
    user = toUser(existing);
  } else {
    const details = parseInput(acceptanceSchema, { name: input.name ?? '', password: input.password });
    user = await createUser(db, {
      email: parseInput(emailSchema, invitation.email_canonical),
      ...details,
      isAdmin: false,
    });
  }
  // Single use even when two acceptances race: only one update finds the invitation still open.
  const accepted = await repository.acceptInvitationRow(db, tokenHash, user.id, now);
  if (!accepted) throw new InvalidStateError('This invitation is unknown, already used or expired');
  await repository.upsertMembership(db, {
    userId: user.id,
    organisationId: invitation.organisation_id,
    role: invitation.role,
  });
  await recordAudit(
    { db, viewer: ANONYMOUS, requestId: null },
    {
      action: 'membership.accepted',
      organisationId: invitation.organisation_id,
      targetType: 'User',
      targetId: user.id,
      changes: { role: { before: null, after: invitation.role } },
    },
    // The newcomer acts here, before they have a session.
    { type: 'user', id: user.id, label: user.email },
  );
  return { user, organisationId: invitation.organisation_id, role: invitation.role };
}

/** An invitation sent and not yet accepted. */
export interface PendingInvitation {
  id: string;
  email: string;
  role: MembershipRole;
  invitedAt: Date;
  expiresAt: Date;
}

export async function loadOpenInvitationsOfOrganisations(
  db: Kysely<Database>,
  organisationIds: readonly string[],
  now = new Date(),
): Promise<PendingInvitation[][]> {
  const rows = await repository.findOpenInvitationsOfOrganisations(db, organisationIds, now);
  return organisationIds.map((id) =>
    rows
      .filter((row) => row.organisation_id === id)
      .map((row) => ({
        id: row.id,
        email: row.email_canonical,
        role: row.role,
        invitedAt: row.created_at,
        expiresAt: row.expires_at,
      })),
  );
}

/** The organisation, when the viewer may manage its members: its owners, and admins. */
async function organisationToManage(ctx: ServiceContext, organisationId: string) {
  const organisation = await findOrganisationById(ctx.db, organisationId);
  if (!organisation) throw new NotFoundError('Organisation', organisationId);
  if (!hasOrganisationRole(ctx.viewer, organisation.id, 'owner')) {
    throw new ForbiddenError('Only owners of the organisation, and admins, may manage its members');
  }
  return organisation;
}

async function memberToManage(ctx: ServiceContext, organisationId: string, email: string): Promise<Member> {
  const organisation = await organisationToManage(ctx, organisationId);
  const user = await repository.findUserByCanonicalEmail(ctx.db, canonicalEmail(email));
  const membership = user
    ? (await repository.findMembershipsOfUser(ctx.db, user.id)).find(
        (row) => row.organisation_id === organisation.id,
      )
    : undefined;
  if (!user || !membership) throw new NotFoundError('Member', `"${email}" of this organisation`);
  return {
    userId: user.id,
    organisationId: organisation.id,
    email: user.email,
    name: user.name,
    role: membership.role,
    since: membership.created_at,
  };
}

/** Refuses a change that would leave the organisation without an owner. */
async function keepAnOwner(ctx: ServiceContext, member: Member): Promise<void> {
  if (member.role !== 'owner') return;
  const owners = await repository.lockOwners(ctx.db, member.organisationId);
  if (owners.filter((owner) => owner.user_id !== member.userId).length === 0) {
    throw new InvalidStateError(
      `${member.email} is the organisation's only owner: make someone else owner first`,
    );
  }
}

/** Gives a member another role. Owners and admins; an organisation keeps at least one owner. */
export async function changeMemberRole(
  ctx: ServiceContext,
  input: { organisationId: string; email: string; role: string },
): Promise<Member> {
  const role = parseInput(membershipRoleSchema, input.role);
  const member = await memberToManage(ctx, input.organisationId, input.email);
  if (member.role === role) return member;
  if (role !== 'owner') await keepAnOwner(ctx, member);
  await repository.updateMembershipRole(ctx.db, { ...member, role });
  await recordAudit(ctx, {
    action: 'membership.role_changed',
    organisationId: member.organisationId,
    targetType: 'User',
    targetId: member.userId,
    changes: { email: { before: null, after: member.email }, role: { before: member.role, after: role } },
  });
  return { ...member, role };
}

/** Takes someone out of the organisation; their account stays. Owners and admins. */
export async function removeMember(
  ctx: ServiceContext,
  input: { organisationId: string; email: string },
): Promise<Member> {
  const member = await memberToManage(ctx, input.organisationId, input.email);
  await keepAnOwner(ctx, member);
  await repository.deleteMembership(ctx.db, member);
  await recordAudit(ctx, {
    action: 'membership.removed',
    organisationId: member.organisationId,
    targetType: 'User',
    targetId: member.userId,
    changes: { email: { before: member.email, after: null }, role: { before: member.role, after: null } },
  });
  return member;
}

/** Withdraws an invitation: its link stops working. Owners and admins. */
export async function revokeInvitation(
  ctx: ServiceContext,
  input: { organisationId: string; invitationId: string },
  now = new Date(),
): Promise<PendingInvitation> {
  const organisation = await organisationToManage(ctx, input.organisationId);
  const row = /^[0-9a-f-]{36}$/i.test(input.invitationId)
    ? await repository.expireInvitation(
        ctx.db,
        { id: input.invitationId, organisationId: organisation.id },
        now,
      )
    : null;
  if (!row) throw new NotFoundError('Invitation', `"${input.invitationId}" still open`);
  await recordAudit(ctx, {
    action: 'membership.invitation_revoked',
    organisationId: organisation.id,
    targetType: 'Invitation',
    targetId: row.id,
    changes: { email: { before: row.email_canonical, after: null } },
  });
  return {
    id: row.id,
    email: row.email_canonical,
    role: row.role,
    invitedAt: row.created_at,
    expiresAt: now,
  };
}
