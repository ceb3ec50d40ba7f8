// Registering for events: one registration per person per event, seats up to capacity and then a
// waitlist, a private link to see or cancel, and the first person waiting promoted when a seat
// frees up; and what registrants hear when their event changes or is called off. Mails go through
// the outbox in the same transaction. The organisers' side is in attendees.service.ts.
import { canonicalEmail, problem, rsvpInputSchema, type Locale } from '@chorus/domain';
import type { Kysely } from 'kysely';
import type { Database, RsvpRow } from '../../db/database.js';
import { hashToken, newToken } from '../access/tokens.js';
import { systemViewer } from '../access/viewer.js';
import { fieldProblem, parseInput, ValidationError } from '../errors.js';
import { formatLocal } from '../events/local-time.js';
import {
  cancelEvent,
  loadEvents,
  updateEvent,
  type CampaignEvent,
  type EventPatch,
} from '../events/events.service.js';
import { queueMail } from '../mail/mail.service.js';
import { rsvpMail, type RsvpMailKind } from '../mail/templates.js';
import { activePartnerId } from '../partnerships/partnerships.service.js';
import type { Secrets } from '../privacy/secrets.js';
import type { ServiceContext } from '../service-context.js';
import { translate } from '../translations.js';
import { EventCancelledError, EventNotFoundError, EventPastError } from './rsvps.errors.js';
import * as repository from './rsvps.repository.js';

export interface RsvpEnvironment {
  db: Kysely<Database>;
  secrets: Secrets;
  publicUrl: string;
  ip: string | null;
  now?: Date;
}

function manageLink(publicUrl: string, token: string): string {
  return `${publicUrl}/rsvp?token=${token}`;
}

function describeTime(event: CampaignEvent, locale: Locale, zone: string): string {
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: zone,
  }).formatRange(event.startsAt, event.endsAt);
  return `${when} (${zone})`;
}

async function mailFor(
  db: Kysely<Database>,
  secrets: Secrets,
  publicUrl: string,
  kind: RsvpMailKind,
  rsvp: RsvpRow,
  event: CampaignEvent,
): Promise<void> {
  const locale = rsvp.locale;
  const readerZone = rsvp.time_zone && rsvp.time_zone !== event.timeZone ? rsvp.time_zone : null;
  const mail = rsvpMail(kind, locale, {
    name: secrets.open(rsvp.name_sealed),
    eventTitle: translate(event, locale).title,
    eventTime: describeTime(event, locale, event.timeZone),
    readerTime: readerZone ? describeTime(event, locale, readerZone) : null,
    place: [event.venue, event.address].filter(Boolean).join(', ') || null,
    joinUrl: rsvp.status === 'registered' ? event.joinUrl : null,
    link: manageLink(publicUrl, secrets.open(rsvp.manage_token_sealed)),
  });
  await queueMail(db, { kind: `rsvp-${kind}`, to: secrets.open(rsvp.email_sealed), ...mail });
}

async function eventOpenForRegistration(
  db: Kysely<Database>,
  eventId: string,
  now: Date,
): Promise<CampaignEvent> {
  // Public visibility: an event of an unpublished campaign does not exist for registrants.
  const [event] = await loadEvents({ db, viewer: { kind: 'anonymous' }, requestId: null }, [eventId]);
  if (!event) throw new EventNotFoundError();
  if (event.status === 'cancelled') throw new EventCancelledError();
  if (event.status === 'completed' || event.endsAt <= now) throw new EventPastError();
  return event;
}

export type RsvpOutcome = 'registered' | 'waitlisted';

/**
 * Registers a person. Registering again answers as the first time did and mails the person; a
 * full event puts newcomers on the waitlist. Seats are taken under a lock on the event row.
 */
export async function rsvpEvent(env: RsvpEnvironment, input: unknown): Promise<{ status: RsvpOutcome }> {
  const now = env.now ?? new Date();
  const rsvp = parseInput(rsvpInputSchema, input);
  const event = await eventOpenForRegistration(env.db, rsvp.eventId, now);
  const partnerId = rsvp.partnerSlug
    ? await activePartnerId(env.db, event.campaignId, rsvp.partnerSlug)
    : null;
  const { secrets } = env;
  const emailIndex = secrets.emailIndex(canonicalEmail(rsvp.email));
  return env.db.transaction().execute(async (trx) => {
    await repository.lockEvent(trx, event.id);
    const existing = await repository.findRsvp(trx, event.id, emailIndex);
    if (existing && existing.status !== 'cancelled') {
      await mailFor(trx, secrets, env.publicUrl, 'already', existing, event);
      return { status: existing.status === 'registered' ? 'registered' : 'waitlisted' };
    }
    const full =
      event.capacity !== null && (await repository.countRegistered(trx, event.id)) >= event.capacity;
    const status = full ? 'waitlisted' : 'registered';
    const token = newToken();
    const values = {
      email_sealed: secrets.seal(rsvp.email),
      name_sealed: secrets.seal(rsvp.name),
      country: rsvp.country,
      locale: rsvp.locale,
      time_zone: rsvp.timeZone,
      status,
      consent_to_lead: rsvp.consentToLead,
      consent_to_partner: partnerId ? rsvp.consentToPartner : false,
      partner_organisation_id: partnerId,
      manage_token_hash: hashToken(token),
      manage_token_sealed: secrets.seal(token),
      ip_hash: env.ip ? secrets.ipHash(env.ip) : null,
    } as const;
    // Someone who cancelled and comes back registers afresh, in the same row.
    const row = existing
      ? await repository.registerAgain(trx, existing.id, { ...values, registeredAt: now })
      : await repository.insertRsvpOnce(trx, { event_id: event.id, email_index: emailIndex, ...values });
    if (!row) throw new Error('unreachable: the event row lock keeps registrations of one person apart');
    await mailFor(trx, secrets, env.publicUrl, status, row, event);
    return { status };
  });
}

export interface ManagedRsvp {
  status: 'registered' | 'waitlisted' | 'cancelled';
  /** How to join online, for someone with a seat. */
  joinUrl: string | null;
  eventTitle: string;
  eventTime: string;
  locale: Locale;
}

async function managed(
  db: Kysely<Database>,
  token: string,
): Promise<{ rsvp: RsvpRow; event: CampaignEvent } | null> {
  const rsvp = await repository.findByManageToken(db, hashToken(token.trim()));
  if (!rsvp || rsvp.erased_at) return null;
  const [event] = await loadEvents({ db, viewer: systemViewer('rsvp'), requestId: null }, [rsvp.event_id]);
  return event ? { rsvp, event } : null;
}

/** What a private link shows: the registration's state and the event. */
export async function viewRsvp(db: Kysely<Database>, token: string): Promise<ManagedRsvp | null> {
  const found = await managed(db, token);
  if (!found) return null;
  return {
    status: found.rsvp.status,
    joinUrl: found.rsvp.status === 'registered' ? found.event.joinUrl : null,
    eventTitle: translate(found.event, found.rsvp.locale).title,
    eventTime: formatLocal(found.event.startsAt, found.event.timeZone),
    locale: found.rsvp.locale,
  };
}

/** Cancels through the private link; a freed seat goes to the first person waiting, who is told. */
export async function cancelRsvp(env: RsvpEnvironment, token: string): Promise<ManagedRsvp | null> {
  const now = env.now ?? new Date();
  const found = await managed(env.db, token);
  if (!found) return null;
  const { event } = found;
  await env.db.transaction().execute(async (trx) => {
    await repository.lockEvent(trx, event.id);
    const current = await repository.findByManageToken(trx, hashToken(token.trim()));
    if (!current || current.status === 'cancelled') return;
    const cancelled = await repository.setStatus(trx, current.id, { status: 'cancelled', cancelled_at: now });
    await mailFor(trx, env.secrets, env.publicUrl, 'cancelled', cancelled, event);
    if (current.status !== 'registered') return;
    const next = await repository.firstWaiting(trx, event.id);
    if (!next) return;
    const promoted = await repository.setStatus(trx, next.id, { status: 'registered', promoted_at: now });
    await mailFor(trx, env.secrets, env.publicUrl, 'promoted', promoted, event);
  });
  return viewRsvp(env.db, token);
}

/** Capacity, registered and waitlisted people per event, in key order. */
export async function loadRsvpCounts(
  db: Kysely<Database>,
  eventIds: readonly string[],
): Promise<{ registered: number; waitlisted: number; capacity: number | null }[]> {
  const rows = await repository.registrationCounts(db, eventIds);
  return eventIds.map((id) => {
    const row = rows.find((candidate) => candidate.event_id === id);
    return {
      registered: row?.registered ?? 0,
      waitlisted: row?.waitlisted ?? 0,
      capacity: row?.capacity ?? null,
    };
  });
}

/** The registrations made with an email whose keyed index is this (for export and erasure). */
export function registrationsWithEmailIndex(db: Kysely<Database>, emailIndex: string) {
  return repository.findByEmailIndex(db, emailIndex);
}

/** Replaces the personal data of these registrations with an erased marker. */
export function eraseRegistrations(
  db: Kysely<Database>,
  secrets: Secrets,
  ids: readonly number[],
  now: Date,
): Promise<void> {
  return repository.eraseRsvps(db, ids, {
    emailIndexOf: () => `erased:${newToken(16)}`,
    sealedMarker: secrets.seal('(erased)'),
    now,
  });
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Sends the reminders that are due: one a day before an event starts, one an hour before, to
 * each registered person, in their language. Returns how many were queued.
 */
export async function remindRegistrants(
  db: Kysely<Database>,
  secrets: Secrets,
  publicUrl: string,
  now = new Date(),
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let sent = 0;
    // The hour-before step first, so someone registering 30 minutes ahead gets one reminder, not two.
    for (const [step, within] of [
      ['hour', HOUR_MS],
      ['day', 24 * HOUR_MS],
    ] as const) {
      const due = await repository.claimDueReminders(trx, { step, now, within, limit: 500 });
      const events = await loadEvents({ db: trx, viewer: systemViewer('reminders'), requestId: null }, [
        ...new Set(due.map((rsvp) => rsvp.event_id)),
      ]);
      const byId = new Map(events.flatMap((event) => (event ? [[event.id, event] as const] : [])));
      for (const rsvp of due) {
        const event = byId.get(rsvp.event_id);
        // An hour-before reminder makes the day-before one pointless.
        if (step === 'day' && rsvp.reminded_hour_before_at) continue;
        if (!event) continue;
        await mailFor(trx, secrets, publicUrl, 'reminder', rsvp, event);
        sent += 1;
      }
    }
    return sent;
  });
}

/** What changing an event needs beyond the request: sealing keys and the address for links. */
export interface MailEnvironment {
  secrets: Secrets;
  publicUrl: string;
}

/** Gives freed seats to the people waiting longest, and tells each of them. Returns how many. */
async function fillFreedSeats(
  db: Kysely<Database>,
  env: MailEnvironment,
  event: CampaignEvent,
  now: Date,
): Promise<number> {
  let promoted = 0;
  for (;;) {
    if (event.capacity !== null && (await repository.countRegistered(db, event.id)) >= event.capacity) break;
    const next = await repository.firstWaiting(db, event.id);
    if (!next) break;
    const row = await repository.setStatus(db, next.id, { status: 'registered', promoted_at: now });
    await mailFor(db, env.secrets, env.publicUrl, 'promoted', row, event);
    promoted += 1;
  }
  return promoted;
}

/** What registrants need to hear about: when and where it is, and how to join. */
function movedOrChanged(before: CampaignEvent, after: CampaignEvent): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.timeZone !== after.timeZone ||
    before.format !== after.format ||
    before.venue !== after.venue ||
    before.address !== after.address ||
    before.joinUrl !== after.joinUrl
  );
}

/**
 * Changes an event (see events.service `updateEvent`), keeping its registrations right: the
 * capacity cannot go below the people already registered, a larger one promotes people waiting,
 * and everyone registered or waiting is told when the time, place or join link changes. Runs in
 * the caller's transaction, under the event's lock, so no registration slips in between.
 */
export async function changeEvent(
  ctx: ServiceContext,
  env: MailEnvironment,
  id: string,
  patch: EventPatch,
): Promise<CampaignEvent> {
  const now = new Date();
  await repository.lockEvent(ctx.db, id);
  const [before] = await loadEvents(ctx, [id]);
  if (before && patch.capacity !== undefined && patch.capacity !== null) {
    const registered = await repository.countRegistered(ctx.db, id);
    if (patch.capacity < registered) {
      throw new ValidationError([
        fieldProblem(['capacity'], problem('capacityBelowRegistered', { registered })),
      ]);
    }
  }
  const after = await updateEvent(ctx, id, patch);
  if (!before) return after;
  if (movedOrChanged(before, after)) {
    for (const rsvp of await repository.activeRegistrations(ctx.db, id)) {
      await mailFor(ctx.db, env.secrets, env.publicUrl, 'changed', rsvp, after);
    }
  }
  await fillFreedSeats(ctx.db, env, after, now);
  return after;
}

/** Cancels an event and tells everyone registered or waiting. */
export async function callOffEvent(
  ctx: ServiceContext,
  env: MailEnvironment,
  id: string,
): Promise<CampaignEvent> {
  await repository.lockEvent(ctx.db, id);
  const cancelled = await cancelEvent(ctx, id);
  for (const rsvp of await repository.activeRegistrations(ctx.db, id)) {
    await mailFor(ctx.db, env.secrets, env.publicUrl, 'called-off', rsvp, cancelled);
  }
  return cancelled;
}
