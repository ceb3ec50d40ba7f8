import type { Kysely } from 'kysely';
import type { AuditActorType, AuditChanges, AuditEventRow, Database } from '../../db/database.js';

export async function insertAuditEvent(
  db: Kysely<Database>,
  event: {
    actorType: AuditActorType;
    actorId: string | null;
    actorLabel: string;
    organisationId: string | null;
    action: string;
    targetType: string | null;
    targetId: string | null;
    changes: AuditChanges | null;
    requestId: string | null;
  },
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      actor_type: event.actorType,
      actor_id: event.actorId,
      actor_label: event.actorLabel,
      organisation_id: event.organisationId,
      action: event.action,
      target_type: event.targetType,
      target_id: event.targetId,
      changes: event.changes === null ? null : JSON.stringify(event.changes),
      request_id: event.requestId,
    })
    .execute();
}

/** Newest first, before the event with id `before` when given. */
export async function listAuditEvents(
  db: Kysely<Database>,
  options: { organisationIds: readonly string[] | null; before: number | null; limit: number },
): Promise<AuditEventRow[]> {
  let query = db.selectFrom('audit_events').selectAll();
  if (options.organisationIds) {
    if (options.organisationIds.length === 0) return [];
    query = query.where('organisation_id', 'in', options.organisationIds);
  }
  if (options.before !== null) query = query.where('id', '<', options.before);
  return query.orderBy('id', 'desc').limit(options.limit).execute();
}
