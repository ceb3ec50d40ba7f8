import type { Kysely } from 'kysely';
import type { EventFormat, EventInput, EventStatus, EventText, Locale, Translations } from '@chorus/domain';
import type { Database, EventRow } from '../../db/database.js';
import { findCampaignIdBySlug, UnknownOrganisationError } from '../campaigns/campaigns.service.js';
import { findOrganisationBySlug } from '../organisations/organisations.service.js';
import { visibilityFor } from '../access/viewer.js';
import { groupInKeyOrder, indexInKeyOrder, toPage, type OffsetPage, type Page } from '../paging.js';
import type { ServiceContext } from '../service-context.js';
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

/** Creates an event from input already checked against eventInputSchema. */
export async function createEvent(db: Kysely<Database>, input: EventInput): Promise<CampaignEvent> {
  const campaignId = await findCampaignIdBySlug(db, input.campaignSlug);
  const host = await findOrganisationBySlug(db, input.hostOrganisationSlug);
  if (!host) throw new UnknownOrganisationError(input.hostOrganisationSlug);
  const row = await repository.insertEvent(db, {
    campaign_id: campaignId,
    host_organisation_id: host.id,
    status: input.status,
    format: input.format,
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    time_zone: input.timeZone,
    venue: input.venue,
    address: input.address,
    capacity: input.capacity,
    default_locale: input.defaultLocale,
    translations: JSON.stringify(input.translations),
  });
  return toCampaignEvent(row);
}
