// The organisers' side of registrations: who is registered (everyone for the event's organisers,
// a partner's consenting share for the partner), check-in at the door, CSV, and the figures.
import { canonicalEmail, problem, type CountryCode, type Locale } from '@chorus/domain';
import type { RsvpRow } from '../../db/database.js';
import { hasOrganisationRole, isAdmin, type Viewer } from '../access/viewer.js';
import { recordAudit } from '../audit/audit.service.js';
import { canRunCampaign, loadCampaigns } from '../campaigns/campaigns.service.js';
import { fieldProblem, ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import { loadEvents, type CampaignEvent } from '../events/events.service.js';
import { findOrganisationById } from '../organisations/organisations.service.js';
import { byIdPages } from '../paging.js';
import type { Secrets } from '../privacy/secrets.js';
import type { ServiceContext } from '../service-context.js';
import { csvLine } from '../signatures/csv.js';
import * as repository from './rsvps.repository.js';

/** A registration as the event's organisers see it. */
export interface Attendee {
  /** The registration's public id. */
  id: string;
  eventId: string;
  name: string;
  email: string;
  country: CountryCode | null;
  locale: Locale;
  timeZone: string | null;
  status: 'registered' | 'waitlisted' | 'cancelled';
  partnerOrganisationId: string | null;
  consentToLead: boolean;
  consentToPartner: boolean;
  registeredAt: Date;
  promotedAt: Date | null;
  cancelledAt: Date | null;
  attendedAt: Date | null;
  erased: boolean;
  cursorId: number;
}

function toAttendee(row: RsvpRow, secrets: Secrets): Attendee {
  return {
    id: row.public_id,
    eventId: row.event_id,
    name: secrets.open(row.name_sealed),
    email: row.erased_at ? '' : secrets.open(row.email_sealed),
    country: row.country as CountryCode | null,
    locale: row.locale,
    timeZone: row.time_zone,
    status: row.status,
    partnerOrganisationId: row.partner_organisation_id,
    consentToLead: row.consent_to_lead,
    consentToPartner: row.consent_to_partner,
    registeredAt: row.created_at,
    promotedAt: row.promoted_at,
    cancelledAt: row.cancelled_at,
    attendedAt: row.attended_at,
    erased: row.erased_at !== null,
    cursorId: row.id,
  };
}

/** The event's organisers: admins, the campaign's runners, and editors of the hosting organisation. */
async function organisesEvent(ctx: ServiceContext, event: CampaignEvent): Promise<boolean> {
  if (isAdmin(ctx.viewer) || hasOrganisationRole(ctx.viewer, event.hostOrganisationId, 'editor')) return true;
  const [campaign] = await loadCampaigns(ctx, [event.campaignId]);
  return campaign !== undefined && campaign !== null && canRunCampaign(ctx, campaign);
}

/** A partner reading its own share: its owners, and its API keys with events:read and supporters:read. */
function readsForPartner(viewer: Viewer, organisationId: string): boolean {
  if (viewer.kind === 'apiKey') {
    return (
      viewer.organisationId === organisationId &&
      viewer.scopes.has('events:read') &&
      viewer.scopes.has('supporters:read')
    );
  }
  return hasOrganisationRole(viewer, organisationId, 'owner');
}

/**
 * Whose registrations the viewer may read: everyone's (null) for the event's organisers without
 * `organisationId`; a partner's (its id) for the organisers or the partner itself. An API key
 * always reads for its own organisation.
 */
export async function attendeeScope(
  ctx: ServiceContext,
  event: CampaignEvent,
  organisationId: string | null,
): Promise<string | null> {
  const partner = organisationId ?? (ctx.viewer.kind === 'apiKey' ? ctx.viewer.organisationId : null);
  if (partner === null) {
    if (await organisesEvent(ctx, event)) return null;
    throw new ForbiddenError(
      "Only admins, the campaign's runners and the hosting organisation's editors see everyone registered; partners give their organisation",
    );
  }
  if (readsForPartner(ctx.viewer, partner) || (await organisesEvent(ctx, event))) return partner;
  throw new ForbiddenError(
    "Only the organisation's owners and its API keys with events:read and supporters:read see the people it brought in",
  );
}

export interface AttendeeQuery {
  organisationId: string | null;
  status: 'registered' | 'waitlisted' | 'cancelled' | null;
  attended: boolean | null;
  email: string | null;
}

function filterFor(
  secrets: Secrets,
  query: AttendeeQuery,
  partnerOrganisationId: string | null,
): repository.AttendeeFilter {
  return {
    status: query.status,
    attended: query.attended,
    emailIndex: query.email ? secrets.emailIndex(canonicalEmail(query.email)) : null,
    partnerOrganisationId,
  };
}

/**
 * A page of the event's registrations, oldest first. Organisers see everyone; a partner only the
 * people it brought in who agreed to hear from it. Every read is recorded in the audit log.
 */
export async function listAttendees(
  ctx: ServiceContext,
  secrets: Secrets,
  event: CampaignEvent,
  query: AttendeeQuery,
  page: { afterId: number | null; limit: number },
): Promise<{ items: Attendee[]; hasNextPage: boolean }> {
  const partner = await attendeeScope(ctx, event, query.organisationId);
  const rows = await repository.listAttendees(ctx.db, event.id, filterFor(secrets, query, partner), {
    afterId: page.afterId,
    limit: page.limit + 1,
  });
  const items = rows.slice(0, page.limit).map((row) => toAttendee(row, secrets));
  await recordAudit(ctx, {
    action: 'attendees.read',
    organisationId: partner ?? event.hostOrganisationId,
    targetType: 'Event',
    targetId: event.id,
    changes: {
      records: { before: null, after: items.length },
      filters: { before: null, after: { partner, status: query.status, attended: query.attended } },
    },
  });
  return { items, hasNextPage: rows.length > page.limit };
}

export const ATTENDEE_CSV_COLUMNS = [
  'id',
  'status',
  'name',
  'email',
  'country',
  'locale',
  'time_zone',
  'partner',
  'consent_to_lead',
  'consent_to_partner',
  'registered_at',
  'promoted_at',
  'cancelled_at',
  'attended_at',
] as const;

/**
 * The registrations as CSV lines, a page at a time, so memory stays flat however many there are.
 * Audited once, with the number of rows, when complete.
 */
export async function* attendeesCsv(
  ctx: ServiceContext,
  secrets: Secrets,
  event: CampaignEvent,
  query: AttendeeQuery,
): AsyncGenerator<string> {
  const partner = await attendeeScope(ctx, event, query.organisationId);
  const filter = filterFor(secrets, query, partner);
  const partnerSlugs = new Map<string, string>();
  async function slugOf(organisationId: string | null): Promise<string | null> {
    if (!organisationId) return null;
    let slug = partnerSlugs.get(organisationId);
    if (slug === undefined) {
      slug = (await findOrganisationById(ctx.db, organisationId))?.slug ?? '';
      partnerSlugs.set(organisationId, slug);
    }
    return slug;
  }
  yield csvLine(ATTENDEE_CSV_COLUMNS);
  let count = 0;
  const pages = byIdPages((afterId, limit) =>
    repository.listAttendees(ctx.db, event.id, filter, { afterId, limit }),
  );
  for await (const page of pages) {
    const lines: string[] = [];
    for (const row of page) {
      const attendee = toAttendee(row, secrets);
      lines.push(
        csvLine([
          attendee.id,
          attendee.status,
          attendee.name,
          attendee.email,
          attendee.country,
          attendee.locale,
          attendee.timeZone,
          await slugOf(attendee.partnerOrganisationId),
          attendee.consentToLead,
          attendee.consentToPartner,
          attendee.registeredAt.toISOString(),
          attendee.promotedAt?.toISOString() ?? null,
          attendee.cancelledAt?.toISOString() ?? null,
          attendee.attendedAt?.toISOString() ?? null,
        ]),
      );
    }
    yield lines.join('');
    count += page.length;
  }
  await recordAudit(ctx, {
    action: 'attendees.exported',
    organisationId: partner ?? event.hostOrganisationId,
    targetType: 'Event',
    targetId: event.id,
    changes: { records: { before: null, after: count }, filters: { before: null, after: { partner } } },
  });
}

/** Marks someone registered as there (or not, to undo a mistake). For the event's organisers. */
export async function checkIn(
  ctx: ServiceContext,
  secrets: Secrets,
  attendeeId: string,
  attended: boolean,
  now = new Date(),
): Promise<Attendee> {
  const row = await repository.findByPublicId(ctx.db, attendeeId);
  const [event] = row ? await loadEvents(ctx, [row.event_id]) : [];
  if (!row || !event) throw new NotFoundError('Registration', attendeeId);
  if (!(await organisesEvent(ctx, event))) {
    throw new ForbiddenError(
      "Only admins, the campaign's runners and the hosting organisation's editors check people in",
    );
  }
  if (row.status !== 'registered') {
    throw new ValidationError([
      fieldProblem(['attendeeId'], problem('notRegistered', { status: row.status })),
    ]);
  }
  const updated = await repository.setAttended(ctx.db, row.id, attended ? (row.attended_at ?? now) : null);
  await recordAudit(ctx, {
    action: attended ? 'attendee.checked_in' : 'attendee.check_in_undone',
    organisationId: event.hostOrganisationId,
    targetType: 'Event',
    targetId: event.id,
    changes: { attendedAt: { before: row.attended_at, after: updated.attended_at } },
  });
  return toAttendee(updated, secrets);
}

export interface RegistrationStats {
  registered: number;
  waitlisted: number;
  cancelled: number;
  attended: number;
  /** Checked in ÷ registered; null while nobody is registered. */
  attendanceRate: number | null;
  perDay: { day: Date; count: number }[];
}

/** Registration figures of an event, for its organisers or, limited to its own people, a partner. */
export async function registrationStats(
  ctx: ServiceContext,
  event: CampaignEvent,
  organisationId: string | null,
): Promise<RegistrationStats> {
  const partner = await attendeeScope(ctx, event, organisationId);
  const [counts, perDay] = await Promise.all([
    repository.attendanceCounts(ctx.db, event.id, partner),
    repository.registrationsPerDay(ctx.db, event.id, partner),
  ]);
  return {
    ...counts,
    attendanceRate: counts.registered > 0 ? counts.attended / counts.registered : null,
    perDay,
  };
}
