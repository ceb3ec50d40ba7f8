import type { Kysely } from 'kysely';
import type { MembershipRole } from '@chorus/domain';
import type { Database, InvitationRow, MembershipRow, SessionRow, UserRow } from '../../db/database.js';

export async function findUserByCanonicalEmail(
  db: Kysely<Database>,
  emailCanonical: string,
): Promise<UserRow | null> {
  return (
    (await db
      .selectFrom('users')
      .selectAll()
      .where('email_canonical', '=', emailCanonical)
      .executeTakeFirst()) ?? null
  );
}

export async function findUsersByIds(db: Kysely<Database>, ids: readonly string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('users').selectAll().where('id', 'in', ids).execute();
}

export async function countAdmins(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('is_admin', '=', true)
    .executeTakeFirstOrThrow();
  return count;
}

export async function insertUser(
  db: Kysely<Database>,
  user: { email: string; emailCanonical: string; name: string; passwordHash: string; isAdmin: boolean },
): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({
      email: user.email,
      email_canonical: user.emailCanonical,
      name: user.name,
      password_hash: user.passwordHash,
      is_admin: user.isAdmin,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updatePasswordHash(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
}

export async function insertSession(
  db: Kysely<Database>,
  session: {
    userId: string;
    tokenHash: string;
    expiresAt: Date;
    userAgent: string | null;
    ip: string | null;
  },
): Promise<SessionRow> {
  return db
    .insertInto('sessions')
    .values({
      user_id: session.userId,
      token_hash: session.tokenHash,
      expires_at: session.expiresAt,
      user_agent: session.userAgent,
      ip: session.ip,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type SessionWithUserRow = SessionRow & Pick<UserRow, 'email' | 'name' | 'is_admin'>;

/** The unrevoked, unexpired session with this token hash, with its user. */
export async function findLiveSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<SessionWithUserRow | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('sessions')
    .select(['users.email', 'users.name', 'users.is_admin'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  return row ?? null;
}

export async function touchSession(db: Kysely<Database>, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function revokeSession(db: Kysely<Database>, sessionId: string, now: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Revokes every live session of the user except `keepSessionId`; returns how many. */
export async function revokeSessionsOfUser(
  db: Kysely<Database>,
  userId: string,
  now: Date,
  keepSessionId: string | null,
): Promise<number> {
  let query = db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (keepSessionId) query = query.where('id', '<>', keepSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findMembershipsOfUser(db: Kysely<Database>, userId: string): Promise<MembershipRow[]> {
  return db.selectFrom('memberships').selectAll().where('user_id', '=', userId).execute();
}

export async function findMembershipsOfOrganisations(
  db: Kysely<Database>,
  organisationIds: readonly string[],
): Promise<(MembershipRow & Pick<UserRow, 'email' | 'name'>)[]> {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .selectAll('memberships')
    .select(['users.email', 'users.name'])
    .where('memberships.organisation_id', 'in', organisationIds)
    .orderBy('memberships.created_at')
    .execute();
}

export async function upsertMembership(
  db: Kysely<Database>,
  membership: { userId: string; organisationId: string; role: MembershipRole },
): Promise<MembershipRow> {
  return db
    .insertInto('memberships')
    .values({ user_id: membership.userId, organisation_id: membership.organisationId, role: membership.role })
    .onConflict((oc) => oc.columns(['user_id', 'organisation_id']).doUpdateSet({ role: membership.role }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertInvitation(
  db: Kysely<Database>,
  invitation: {
    organisationId: string;
    emailCanonical: string;
    role: MembershipRole;
    tokenHash: string;
    invitedBy: string | null;
    expiresAt: Date;
  },
): Promise<InvitationRow> {
  return db
    .insertInto('invitations')
    .values({
      organisation_id: invitation.organisationId,
      email_canonical: invitation.emailCanonical,
      role: invitation.role,
      token_hash: invitation.tokenHash,
      invited_by: invitation.invitedBy,
      expires_at: invitation.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Marks the invitation accepted if it is still open; returns it, or null when it was not. */
export async function acceptInvitationRow(
  db: Kysely<Database>,
  tokenHash: string,
  acceptedBy: string,
  now: Date,
): Promise<InvitationRow | null> {
  const row = await db
    .updateTable('invitations')
    .set({ accepted_at: now, accepted_by: acceptedBy })
    .where('token_hash', '=', tokenHash)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function findOpenInvitation(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<InvitationRow | null> {
  const row = await db
    .selectFrom('invitations')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row ?? null;
}

export async function updateMembershipRole(
  db: Kysely<Database>,
  membership: { userId: string; organisationId: string; role: MembershipRole },
): Promise<MembershipRow | null> {
  return (
    (await db
      .updateTable('memberships')
      .set({ role: membership.role })
      .where('user_id', '=', membership.userId)
      .where('organisation_id', '=', membership.organisationId)
      .returningAll()
      .executeTakeFirst()) ?? null
  );
}

export async function deleteMembership(
  db: Kysely<Database>,
  membership: { userId: string; organisationId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('memberships')
    .where('user_id', '=', membership.userId)
    .where('organisation_id', '=', membership.organisationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The organisation's owners, locked until the transaction ends, so two demotions cannot both pass. */
export async function lockOwners(db: Kysely<Database>, organisationId: string): Promise<MembershipRow[]> {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'owner')
    .forUpdate()
    .execute();
}

/** Invitations not yet accepted and not expired, newest first. */
export async function findOpenInvitationsOfOrganisations(
  db: Kysely<Database>,
  organisationIds: readonly string[],
  now: Date,
): Promise<InvitationRow[]> {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('organisation_id', 'in', organisationIds)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Ends an open invitation of the organisation by letting it expire now; null when none was open. */
export async function expireInvitation(
  db: Kysely<Database>,
  invitation: { id: string; organisationId: string },
  now: Date,
): Promise<InvitationRow | null> {
  return (
    (await db
      .updateTable('invitations')
      .set({ expires_at: now })
      .where('id', '=', invitation.id)
      .where('organisation_id', '=', invitation.organisationId)
      .where('accepted_at', 'is', null)
      .where('expires_at', '>', now)
      .returningAll()
      .executeTakeFirst()) ?? null
  );
}
