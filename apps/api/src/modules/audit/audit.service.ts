// The audit trail: who did what to which object, with the fields they changed. Written in the
// same transaction as the change it records; never updated (a database trigger refuses it).
import type { AuditChanges, AuditEventRow } from '../../db/database.js';
import { describeViewer, hasOrganisationRole, isAdmin } from '../access/viewer.js';
import { ForbiddenError } from '../errors.js';
import type { ServiceContext } from '../service-context.js';
import * as repository from './audit.repository.js';

export interface AuditEvent {
  id: number;
  occurredAt: Date;
  actorType: 'user' | 'api_key' | 'system';
  actorId: string | null;
  actorLabel: string;
  organisationId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  changes: AuditChanges | null;
  requestId: string | null;
}

function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    organisationId: row.organisation_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    changes: row.changes,
    requestId: row.request_id,
  };
}

/** The fields whose values differ between before and after (compared as JSON). */
export function changedFields<T extends object>(
  before: T | null,
  after: T | null,
  fields: readonly (keyof T & string)[],
): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const was = before ? before[field] : null;
    const now = after ? after[field] : null;
    if (JSON.stringify(was) !== JSON.stringify(now))
      changes[field] = { before: was ?? null, after: now ?? null };
  }
  return changes;
}

export async function recordAudit(
  ctx: ServiceContext,
  event: {
    action: string;
    organisationId: string | null;
    targetType: string | null;
    targetId: string | null;
    changes?: AuditChanges | null;
  },
  actor = describeViewer(ctx.viewer),
): Promise<void> {
  await repository.insertAuditEvent(ctx.db, {
    actorType: actor.type,
    actorId: actor.id,
    actorLabel: actor.label,
    organisationId: event.organisationId,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    changes: event.changes ?? null,
    requestId: ctx.requestId,
  });
}

/**
 * Admins read the whole trail; an organisation's owners read what concerns their organisation.
 * `organisationId` narrows an admin's view; owners must give it.
 */
export async function listAuditEvents(
  ctx: ServiceContext,
  options: { organisationId: string | null; before: number | null; limit: number } & repository.AuditFilter,
): Promise<{ items: AuditEvent[]; hasNextPage: boolean }> {
  let organisationIds: string[] | null;
  if (isAdmin(ctx.viewer)) {
    organisationIds = options.organisationId ? [options.organisationId] : null;
  } else if (options.organisationId && hasOrganisationRole(ctx.viewer, options.organisationId, 'owner')) {
    organisationIds = [options.organisationId];
  } else {
    throw new ForbiddenError('Only admins, and owners of the organisation, may read its audit log');
  }
  const rows = await repository.listAuditEvents(ctx.db, {
    ...options,
    organisationIds,
    limit: options.limit + 1,
  });
  return { items: rows.slice(0, options.limit).map(toAuditEvent), hasNextPage: rows.length > options.limit };
}
