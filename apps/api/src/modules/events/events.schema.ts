import { eventStatusSchema, timeZoneSchema } from '@chorus/domain';
import { formatLocal } from './local-time.js';
import { builder } from '../../graphql/builder.js';
import { EventFormatEnum, EventStatusEnum } from '../../graphql/enums.js';
import { COMMON_ERRORS } from '../../graphql/error-types.js';
import { decodeIdOf, nodesOrNotFound, uuidIdParser } from '../../graphql/ids.js';
import { inTransaction } from '../../graphql/transactions.js';
import { offsetConnection, offsetPageFrom, pageArgs } from '../../graphql/pagination.js';
import { localeArgs, translationsFromList } from '../../graphql/translations.js';
import { CampaignRef } from '../campaigns/campaigns.schema.js';
import { OrganisationRef } from '../organisations/organisations.schema.js';
import { availableLocales, translate } from '../translations.js';
import { callOffEvent, changeEvent } from '../rsvps/rsvps.service.js';
import {
  createEvent,
  loadEvents,
  joinUrlFor,
  loadEventsHostedBy,
  loadEventsOfCampaigns,
  type CampaignEvent,
} from './events.service.js';

const timeZoneArgs = builder.args((t) => ({
  timeZone: t.string({
    required: false,
    validate: timeZoneSchema,
    description: 'An IANA zone, like Asia/Tokyo.',
  }),
}));

export const EventRef = builder.loadableNodeRef<CampaignEvent | Error>('Event', {
  id: { resolve: (event) => event.id, parse: uuidIdParser('Event') },
  // Objects resolved by lists prime the loader, so a later lookup by id costs no query.
  cacheResolved: (event) => event.id,
  load: async (ids: string[], ctx) => nodesOrNotFound('Event', ids, await loadEvents(ctx, ids)),
});

export const EventConnection = builder.connectionObject({ type: EventRef, name: 'EventConnection' });

EventRef.implement({
  description: 'A campaign event: a press conference, a briefing, a vigil.',
  authScopes: { public: true },
  fields: (t) => ({
    title: t.string({ args: localeArgs, resolve: (event, args) => translate(event, args.locale).title }),
    description: t.string({
      args: localeArgs,
      resolve: (event, args) => translate(event, args.locale).description,
    }),
    status: t.expose('status', { type: EventStatusEnum }),
    format: t.expose('format', { type: EventFormatEnum }),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    startsAtLocal: t.string({
      description:
        "The start as local time with its offset, like 2027-03-14T01:30:00-05:00: in the event's zone, or in timeZone when given (the reader's).",
      args: timeZoneArgs,
      resolve: (event, args) => formatLocal(event.startsAt, args.timeZone ?? event.timeZone),
    }),
    endsAtLocal: t.string({
      description: 'The end as local time with its offset, like startsAtLocal.',
      args: timeZoneArgs,
      resolve: (event, args) => formatLocal(event.endsAt, args.timeZone ?? event.timeZone),
    }),
    joinUrl: t.string({
      nullable: true,
      description:
        "How to join online. Only the campaign's runners see it here; registrants get it in their mails and on their private page.",
      resolve: (event, _args, ctx) => joinUrlFor(ctx, event),
    }),
    calendarUrl: t.string({
      description: 'An iCalendar file of this event, to add it to a calendar.',
      resolve: (event, _args, ctx) => `${ctx.publicUrl}/events/${event.id}.ics`,
    }),
    timeZone: t.exposeString('timeZone', {
      description: 'The IANA time zone the event is local to, such as America/New_York.',
    }),
    venue: t.exposeString('venue', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    capacity: t.exposeInt('capacity', {
      nullable: true,
      description: 'How many people can attend; null for no limit.',
    }),
    defaultLocale: t.exposeString('defaultLocale'),
    availableLocales: t.stringList({ resolve: (event) => availableLocales(event.translations) }),
    campaign: t.field({ type: CampaignRef, resolve: (event) => event.campaignId }),
    host: t.field({
      type: OrganisationRef,
      description: 'The organisation hosting the event.',
      resolve: (event) => event.hostOrganisationId,
    }),
  }),
});

builder.queryField('event', (t) =>
  t.field({
    type: EventRef,
    nullable: true,
    description: 'An event by its global id; null when there is none you may see.',
    args: { id: t.arg.globalID({ required: true, for: EventRef }) },
    resolve: (_root, { id }) => id.id,
  }),
);

builder.objectField(CampaignRef, 'events', (t) =>
  t.loadable({
    type: EventConnection,
    description: "The campaign's events, soonest first.",
    byPath: true,
    args: {
      ...pageArgs,
      status: t.arg({ type: EventStatusEnum, required: false, description: 'Only events in this status.' }),
    },
    load: async (campaignIds: string[], ctx, args) => {
      const pages = await loadEventsOfCampaigns(ctx, campaignIds, {
        ...offsetPageFrom(args),
        status: args.status ? eventStatusSchema.parse(args.status) : null,
      });
      return pages.map(offsetConnection);
    },
    resolve: (campaign) => campaign.id,
  }),
);

builder.objectField(OrganisationRef, 'hostedEvents', (t) =>
  t.loadable({
    type: EventConnection,
    description: 'The events this organisation hosts, in campaigns you may see, soonest first.',
    byPath: true,
    args: {
      ...pageArgs,
      status: t.arg({ type: EventStatusEnum, required: false, description: 'Only events in this status.' }),
    },
    load: async (organisationIds: string[], ctx, args) => {
      const pages = await loadEventsHostedBy(ctx, organisationIds, {
        ...offsetPageFrom(args),
        status: args.status ? eventStatusSchema.parse(args.status) : null,
      });
      return pages.map(offsetConnection);
    },
    resolve: (organisation) => organisation.id,
  }),
);

const EventTranslationInput = builder.inputType('EventTranslationInput', {
  description: "An event's texts in one language.",
  fields: (t) => ({
    locale: t.string({ required: true }),
    title: t.string({ required: true }),
    description: t.string({ required: false, defaultValue: '' }),
  }),
});

const CreateEventInput = builder.inputType('CreateEventInput', {
  fields: (t) => ({
    campaignSlug: t.string({ required: true }),
    hostOrganisationSlug: t.string({ required: true }),
    format: t.field({ type: EventFormatEnum, required: true }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    timeZone: t.string({ required: true, description: 'IANA zone the event is local to, like Asia/Seoul.' }),
    venue: t.string({ required: false }),
    address: t.string({ required: false, description: 'Required for in-person and hybrid events.' }),
    capacity: t.int({ required: false }),
    joinUrl: t.string({ required: false, description: 'How to join online; shown to registrants only.' }),
    defaultLocale: t.string({ required: true }),
    translations: t.field({ type: [EventTranslationInput], required: true }),
  }),
});

const UpdateEventInput = builder.inputType('UpdateEventInput', {
  description: 'Fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true }),
    hostOrganisationSlug: t.string({ required: false }),
    format: t.field({ type: EventFormatEnum, required: false }),
    startsAt: t.field({ type: 'DateTime', required: false }),
    endsAt: t.field({ type: 'DateTime', required: false }),
    timeZone: t.string({ required: false }),
    venue: t.string({ required: false }),
    address: t.string({ required: false }),
    capacity: t.int({ required: false }),
    joinUrl: t.string({ required: false }),
    defaultLocale: t.string({ required: false }),
    translations: t.field({ type: [EventTranslationInput], required: false }),
    removeLocales: t.stringList({ required: false }),
  }),
});

builder.mutationFields((t) => ({
  createEvent: t.field({
    type: EventRef,
    description: 'Schedules an event in a campaign. Admins, and editors of the lead organisation.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'CreateEventResult' } },
    args: { input: t.arg({ type: CreateEventInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inTransaction(ctx, (tx) =>
        createEvent(tx, {
          ...input,
          status: 'scheduled',
          venue: input.venue ?? null,
          address: input.address ?? null,
          capacity: input.capacity ?? null,
          joinUrl: input.joinUrl ?? null,
          translations: translationsFromList(input.translations),
        }),
      ),
  }),
  updateEvent: t.field({
    type: EventRef,
    description:
      'Changes an event. Admins, and editors of the lead organisation. Everyone registered or waiting is mailed when the time, place or join link changes; a larger capacity gives places to people waiting; the capacity cannot go below the number registered.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'UpdateEventResult' } },
    args: { input: t.arg({ type: UpdateEventInput, required: true }) },
    resolve: (_root, { input: { id, translations, removeLocales, ...fields } }, ctx) =>
      inTransaction(ctx, (tx) =>
        changeEvent(tx, ctx, decodeIdOf('Event', id), {
          format: fields.format ?? undefined,
          startsAt: fields.startsAt ?? undefined,
          endsAt: fields.endsAt ?? undefined,
          timeZone: fields.timeZone ?? undefined,
          venue: fields.venue,
          address: fields.address,
          capacity: fields.capacity,
          joinUrl: fields.joinUrl,
          hostOrganisationSlug: fields.hostOrganisationSlug ?? undefined,
          defaultLocale: fields.defaultLocale ?? undefined,
          translations: translationsFromList(translations),
          removeLocales: removeLocales ?? [],
        }),
      ),
  }),
  cancelEvent: t.field({
    type: EventRef,
    description:
      'Cancels a scheduled event and mails everyone registered or waiting. Admins, and editors of the lead organisation.',
    authScopes: { signedIn: true },
    errors: { types: COMMON_ERRORS, directResult: true, union: { name: 'CancelEventResult' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) =>
      inTransaction(ctx, (tx) => callOffEvent(tx, ctx, decodeIdOf('Event', id))),
  }),
}));
