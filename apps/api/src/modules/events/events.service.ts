import {
  eventInputSchema,
  type EventInput,
  type EventFormat,
  type EventStatus,
  type EventText,
  type Locale,
  type Translations,
  problem,
} from '@chorus/domain';
import type { EventRow } from '../../db/database.js';
import { changedFields, recordAudit } from '../audit/audit.service.js';
import {
  campaignToRun,
  campaignToRunBySlug,
  canRunCampaign,
  loadCampaigns,
  type Campaign,
} from '../campaigns/campaigns.service.js';
import { fieldProblem, InvalidStateError, NotFoundError, parseInput, ValidationError } from '../errors.js';
import { pick, definedOnly } from '../objects.js';
import { findOrganisationById, findOrganisationBySlug } from '../organisations/organisations.service.js';
import { visibilityFor } from '../access/viewer.js';
import { groupInKeyOrder, indexInKeyOrder, toPage, type OffsetPage, type Page } from '../paging.js';
import type { ServiceContext } from '../service-context.js';
import { mergeTranslations } from '../translations.js';
import * as repository from './events.repository.js';

/** A campaign event. Start and end are instants; `timeZone` says where they are local time. */
export interface CampaignEvent {
  id: string;
  campaignId: string;
  hostOrganisationId: string;
  status: EventStatus;
  format: EventFormat;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string | null;
  address: string | null;
  capacity: number | null;
  /** How to join online; only registrants and the campaign's runners see it. */
  joinUrl: string | null;
  /** Revision, bumped on every change; calendars use it to replace their copy. */
  sequence: number;
  defaultLocale: Locale;
  translations: Translations<EventText>;
  createdAt: Date;
}

export function toCampaignEvent(row: EventRow): CampaignEvent {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    hostOrganisationId: row.host_organisation_id,
    status: row.status,
    format: row.format,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    venue: row.venue,
    address: row.address,
    capacity: row.capacity,
    joinUrl: row.join_url,
    sequence: row.sequence,
    defaultLocale: row.default_locale,
    translations: row.translations,
    createdAt: row.created_at,
  };
}

export async function loadEvents(
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<(CampaignEvent | null)[]> {
  const rows = await repository.findEventsByIds(ctx.db, ids, visibilityFor(ctx.viewer));
  return indexInKeyOrder(ids, rows.map(toCampaignEvent), (event) => event.id);
}

/** The events of each (already visible) campaign, one page per campaign, in key order. */
export async function loadEventsOfCampaigns(
  ctx: ServiceContext,
  campaignIds: readonly string[],
  page: OffsetPage & { status: EventStatus | null },
): Promise<Page<CampaignEvent>[]> {
  const rows = await repository.listEventsOfCampaigns(ctx.db, campaignIds, {
    status: page.status,
    offset: page.offset,
    limit: page.limit + 1,
  });
  return groupInKeyOrder(campaignIds, rows, (row) => row.campaign_id).map((group) =>
    toPage(group.map(toCampaignEvent), page),
  );
}

/** The visible events each organisation hosts, one page per organisation, in key order. */
export async function loadEventsHostedBy(
  ctx: ServiceContext,
  organisationIds: readonly string[],
  page: OffsetPage & { status: EventStatus | null },
): Promise<Page<CampaignEvent>[]> {
  const rows = await repository.listEventsHostedBy(ctx.db, organisationIds, {
    visibility: visibilityFor(ctx.viewer),
    status: page.status,
    offset: page.offset,
    limit: page.limit + 1,
  });
  return groupInKeyOrder(organisationIds, rows, (row) => row.host_organisation_id).map((group) =>
    toPage(group.map(toCampaignEvent), page),
  );
}

const EVENT_FIELDS = [
  'status',
  'format',
  'startsAt',
  'endsAt',
  'timeZone',
  'venue',
  'address',
  'capacity',
  'joinUrl',
  'hostOrganisationId',
  'defaultLocale',
  'translations',
] as const;

function eventColumns(event: EventInput, hostId: string) {
  return {
    host_organisation_id: hostId,
    format: event.format,
    starts_at: event.startsAt,
    ends_at: event.endsAt,
    time_zone: event.timeZone,
    venue: event.venue,
    address: event.address,
    capacity: event.capacity,
    join_url: event.joinUrl,
    default_locale: event.defaultLocale,
    translations: JSON.stringify(event.translations),
  };
}

async function hostBySlug(ctx: ServiceContext, slug: string): Promise<string> {
  const host = await findOrganisationBySlug(ctx.db, slug);
  if (!host)
    throw new ValidationError([
      fieldProblem(['hostOrganisationSlug'], problem('unknownOrganisation', { slug })),
    ]);
  return host.id;
}

/** Creates an event in a campaign the viewer runs. */
export async function createEvent(ctx: ServiceContext, input: unknown): Promise<CampaignEvent> {
  const event = parseInput(eventInputSchema, input);
  const campaign = await campaignToRunBySlug(ctx, event.campaignSlug);
  if (campaign.status === 'archived')
    throw new InvalidStateError('The campaign is archived: restore it before you add an event');
  const hostId = await hostBySlug(ctx, event.hostOrganisationSlug);
  const row = await repository.insertEvent(ctx.db, {
    campaign_id: campaign.id,
    status: event.status,
    ...eventColumns(event, hostId),
  });
  const created = toCampaignEvent(row);
  await recordAudit(ctx, {
    action: 'event.created',
    organisationId: campaign.leadOrganisationId,
    targetType: 'Event',
    targetId: created.id,
    changes: changedFields(null, created, EVENT_FIELDS),
  });
  return created;
}

export interface EventPatch {
  format?: string;
  startsAt?: Date;
  endsAt?: Date;
  timeZone?: string;
  venue?: string | null;
  address?: string | null;
  capacity?: number | null;
  joinUrl?: string | null;
  hostOrganisationSlug?: string;
  defaultLocale?: string;
  translations?: Partial<Record<string, unknown>>;
  removeLocales?: string[];
}

async function eventToRun(
  ctx: ServiceContext,
  id: string,
): Promise<{ event: CampaignEvent; campaign: Campaign }> {
  const [event] = await loadEvents(ctx, [id]);
  if (!event) throw new NotFoundError('Event', id);
  return { event, campaign: await campaignToRun(ctx, event.campaignId) };
}

export async function updateEvent(
  ctx: ServiceContext,
  id: string,
  patch: EventPatch,
): Promise<CampaignEvent> {
  const { event: current, campaign } = await eventToRun(ctx, id);
  if (current.status === 'cancelled')
    throw new InvalidStateError('The event is cancelled and cannot be changed');
  const host = await findOrganisationById(ctx.db, current.hostOrganisationId);
  const { translations, fields } = mergeTranslations(current.translations, patch);
  const merged = parseInput(eventInputSchema, {
    ...pick(current, [
      'status',
      'format',
      'startsAt',
      'endsAt',
      'timeZone',
      'venue',
      'address',
      'capacity',
      'joinUrl',
      'defaultLocale',
    ]),
    campaignSlug: campaign.slug,
    hostOrganisationSlug: host?.slug,
    ...definedOnly(fields),
    translations,
  });
  const hostId = await hostBySlug(ctx, merged.hostOrganisationSlug);
  const updated = toCampaignEvent(await repository.updateEventRow(ctx.db, id, eventColumns(merged, hostId)));
  await recordAudit(ctx, {
    action: 'event.updated',
    organisationId: campaign.leadOrganisationId,
    targetType: 'Event',
    targetId: id,
    changes: changedFields(current, updated, EVENT_FIELDS),
  });
  return updated;
}

export async function cancelEvent(ctx: ServiceContext, id: string): Promise<CampaignEvent> {
  const { event: current, campaign } = await eventToRun(ctx, id);
  if (current.status !== 'scheduled')
    throw new InvalidStateError(`The event is ${current.status}, not scheduled`);
  const updated = toCampaignEvent(await repository.updateEventRow(ctx.db, id, { status: 'cancelled' }));
  await recordAudit(ctx, {
    action: 'event.cancelled',
    organisationId: campaign.leadOrganisationId,
    targetType: 'Event',
    targetId: id,
    changes: changedFields(current, updated, ['status']),
  });
  return updated;
}

/** The events a calendar feed lists: a campaign's, or those of an organisation's campaigns. */
export async function eventsForCalendar(
  ctx: ServiceContext,
  filter: { campaignId: string } | { organisationId: string },
): Promise<CampaignEvent[]> {
  const rows = await repository.listCalendarEvents(ctx.db, filter, visibilityFor(ctx.viewer));
  return rows.map(toCampaignEvent);
}

/** The join link, for the campaign's runners; null for everyone else. */
export async function joinUrlFor(ctx: ServiceContext, event: CampaignEvent): Promise<string | null> {
  if (!event.joinUrl) return null;
  const [campaign] = await loadCampaigns(ctx, [event.campaignId]);
  return campaign && canRunCampaign(ctx, campaign) ? event.joinUrl : null;
}
