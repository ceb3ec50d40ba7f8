import { eventStatusSchema } from '@chorus/domain';
import { builder } from '../../graphql/builder.js';
import { EventFormatEnum, EventStatusEnum } from '../../graphql/enums.js';
import { nodesOrNotFound, uuidIdParser } from '../../graphql/ids.js';
import { offsetConnection, offsetPageFrom, pageArgs } from '../../graphql/pagination.js';
import { localeArgs } from '../../graphql/translations.js';
import { CampaignRef } from '../campaigns/campaigns.schema.js';
import { OrganisationRef } from '../organisations/organisations.schema.js';
import { availableLocales, translate } from '../translations.js';
import { loadEvents, loadEventsOfCampaigns, type CampaignEvent } from './events.service.js';

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
