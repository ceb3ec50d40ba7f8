import { slugSchema } from '@chorus/domain';
import { builder } from '../../graphql/builder.js';
import { decodeIdOf } from '../../graphql/ids.js';
import { AppealRef } from '../appeals/appeals.schema.js';
import { OrganisationRef } from '../organisations/organisations.schema.js';
import {
  appealStats,
  overTimeByPartner,
  type AppealStats,
  type Funnel,
  type PartnerSeries,
} from './stats.service.js';

const IntervalEnum = builder.enumType('StatsInterval', {
  values: { HOUR: { value: 'hour' }, DAY: { value: 'day' } } as const,
});

const BucketRef = builder.objectRef<{ bucket: Date; count: number }>('StatsBucket').implement({
  description: 'Confirmations in one hour or day (UTC), by confirmation time.',
  fields: (t) => ({ start: t.expose('bucket', { type: 'DateTime' }), count: t.exposeInt('count') }),
});

const CountryCountRef = builder.objectRef<{ country: string; count: number }>('CountryCount').implement({
  fields: (t) => ({ country: t.exposeString('country'), count: t.exposeInt('count') }),
});

const PartnerCountRef = builder
  .objectRef<{ organisationId: string | null; count: number }>('PartnerCount')
  .implement({
    description:
      'Confirmed signatures brought in by one partner; organisation is null for those no partner brought.',
    fields: (t) => ({
      organisation: t.field({ type: OrganisationRef, nullable: true, resolve: (row) => row.organisationId }),
      count: t.exposeInt('count'),
    }),
  });

const PartnerSeriesRef = builder.objectRef<PartnerSeries>('PartnerSeries').implement({
  description:
    'Confirmations over time brought in by one partner; organisation is null for those no partner brought.',
  fields: (t) => ({
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      resolve: (series) => series.organisationId,
    }),
    buckets: t.field({
      type: [BucketRef],
      description: 'Only the hours or days with confirmations, oldest first.',
      resolve: (series) => series.buckets,
    }),
  }),
});

const FunnelRef = builder.objectRef<Funnel>('OptInFunnel').implement({
  description:
    'Signatures by state: submitted (pending + confirmed) → confirmed; suspect and invalid ones are set apart.',
  fields: (t) => ({
    submitted: t.exposeInt('submitted'),
    confirmed: t.exposeInt('confirmed'),
    pending: t.exposeInt('pending'),
    suspect: t.exposeInt('suspect'),
    invalid: t.exposeInt('invalid'),
  }),
});

const AppealStatsRef = builder.objectRef<AppealStats>('AppealStats').implement({
  fields: (t) => ({
    appeal: t.field({ type: AppealRef, resolve: (stats) => stats.appeal }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The partner these figures are limited to; null for the whole appeal.',
      resolve: (stats) => stats.partnerOrganisationId,
    }),
    overTime: t.field({ type: [BucketRef], resolve: (stats) => stats.overTime }),
    overTimeByPartner: t.field({
      type: [PartnerSeriesRef],
      nullable: true,
      description:
        'overTime split by the partner that brought the signatures in, in the same interval and range, from one query: partners with the most confirmations in the range first, signatures no partner brought in last; partners with none in the range are left out. Null when the figures are limited to one partner, like byPartner.',
      resolve: (stats, _args, ctx) => overTimeByPartner(ctx, stats),
    }),
    byCountry: t.field({ type: [CountryCountRef], resolve: (stats) => stats.byCountry }),
    byPartner: t.field({ type: [PartnerCountRef], nullable: true, resolve: (stats) => stats.byPartner }),
    funnel: t.field({ type: FunnelRef, resolve: (stats) => stats.funnel }),
  }),
});

builder.queryField('appealStats', (t) =>
  t.field({
    type: AppealStatsRef,
    description:
      "An appeal's statistics. Without organisationId: the whole appeal (admins and the campaign's runners). With it: only the signatures that organisation brought in (its members, and its API keys with stats:read).",
    authScopes: { $any: { signedIn: true, keyScope: 'stats:read' } },
    args: {
      appealSlug: t.arg.string({ required: true, validate: slugSchema }),
      organisationId: t.arg.id({ required: false }),
      interval: t.arg({ type: IntervalEnum, required: false, defaultValue: 'day' }),
      from: t.arg({ type: 'DateTime', required: false }),
      to: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: (_root, args, ctx) =>
      appealStats(ctx, {
        appealSlug: args.appealSlug,
        partnerOrganisationId: args.organisationId ? decodeIdOf('Organisation', args.organisationId) : null,
        interval: args.interval ?? 'day',
        from: args.from ?? null,
        to: args.to ?? null,
      }),
  }),
);
