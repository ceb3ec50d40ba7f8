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

export interface AuditFilter {
  /** Actions starting with this, like "api_key." or "campaign.created". */
  actionPrefix: string | null;
  /** Actors whose label (an email, a key's name) contains this, case aside. */
  actor: string | null;
  since: Date | null;
  until: Date | null;
}

function likePattern(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Newest first, before the event with id `before` when given. */
export async function listAuditEvents(
  db: Kysely<Database>,
  options: { organisationIds: readonly string[] | null; before: number | null; limit: number } & AuditFilter,
): Promise<AuditEventRow[]> {
  let query = db.selectFrom('audit_events').selectAll();
  if (options.organisationIds) {
    if (options.organisationIds.length === 0) return [];
    query = query.where('organisation_id', 'in', options.organisationIds);
  }
  if (options.before !== null) query = query.where('id', '<', options.before);
  if (options.actionPrefix) query = query.where('action', 'like', `${likePattern(options.actionPrefix)}%`);
  if (options.actor) query = query.where('actor_label', 'ilike', `%${likePattern(options.actor)}%`);
  if (options.since) query = query.where('occurred_at', '>=', options.since);
  if (options.until) query = query.where('occurred_at', '<', options.until);
  return query.orderBy('id', 'desc').limit(options.limit).execute();
}
