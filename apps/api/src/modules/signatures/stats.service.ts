// Statistics of an appeal: over time, by country, by partner, and the opt-in funnel. Admins and
// the campaign's runners see everything; a partner sees only the signatures it brought in; the
// public sees the daily count of confirmations, which contains no personal data.
import { hasScope, type Viewer } from '../access/viewer.js';
import { findAppealBySlug, type Appeal } from '../appeals/appeals.service.js';
import { canRunCampaign, loadCampaigns } from '../campaigns/campaigns.service.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { hasOrganisationRole } from '../access/viewer.js';
import type { ServiceContext } from '../service-context.js';
import { systemViewer } from '../access/viewer.js';
import * as repository from './stats.repository.js';

export type { Interval } from './stats.repository.js';

export interface Funnel {
  submitted: number;
  confirmed: number;
  pending: number;
  suspect: number;
  invalid: number;
}

export interface AppealStats {
  appeal: Appeal;
  /** The partner organisation these figures are limited to, or null for the whole appeal. */
  partnerOrganisationId: string | null;
  overTime: { bucket: Date; count: number }[];
  byCountry: { country: string; count: number }[];
  /** Null when the figures are limited to one partner. */
  byPartner: { organisationId: string | null; count: number }[] | null;
  funnel: Funnel;
  /** The interval and hours asked for, for the series computed only when asked for. */
  period: { interval: repository.Interval; range: repository.HourRange };
}

/** Confirmations over time brought in by one partner; organisationId is null for no partner. */
export interface PartnerSeries {
  organisationId: string | null;
  buckets: { bucket: Date; count: number }[];
}

/** A partner's view: its owners, and its API keys with stats:read. */
function maySeePartnerStats(viewer: Viewer, organisationId: string): boolean {
  if (viewer.kind === 'apiKey')
    return viewer.organisationId === organisationId && hasScope(viewer, 'stats:read');
  return hasOrganisationRole(viewer, organisationId, 'viewer');
}

export async function appealStats(
  ctx: ServiceContext,
  input: {
    appealSlug: string;
    partnerOrganisationId: string | null;
    interval: repository.Interval;
    from: Date | null;
    to: Date | null;
  },
): Promise<AppealStats> {
  const appeal = await findAppealBySlug(ctx, input.appealSlug);
  if (!appeal) throw new NotFoundError('Appeal', `"${input.appealSlug}"`);
  const [campaign] = await loadCampaigns({ ...ctx, viewer: systemViewer('stats') }, [appeal.campaignId]);
  const whole = campaign !== undefined && campaign !== null && canRunCampaign(ctx, campaign);
  const partner = input.partnerOrganisationId;
  if (partner === null && !whole) {
    throw new ForbiddenError(
      "Only admins and the campaign's runners see a whole appeal's statistics; partners give their organisation",
    );
  }
  if (partner !== null && !whole && !maySeePartnerStats(ctx.viewer, partner)) {
    throw new ForbiddenError(
      'Only the organisation’s members and its API keys with stats:read see its statistics',
    );
  }
  const scope = { appealId: appeal.id, partnerOrganisationId: partner };
  const range = { from: input.from, to: input.to };
  const [overTime, byCountry, byPartner, statuses] = await Promise.all([
    repository.confirmedOverTime(ctx.db, scope, input.interval, range),
    repository.confirmedByCountry(ctx.db, scope),
    partner === null ? repository.confirmedByPartner(ctx.db, appeal.id) : Promise.resolve(null),
    repository.countByStatus(ctx.db, scope),
  ]);
  const count = (status: string) => statuses.find((row) => row.status === status)?.count ?? 0;
  return {
    appeal,
    partnerOrganisationId: partner,
    overTime,
    byCountry,
    byPartner: byPartner?.map((row) => ({ organisationId: row.organisation_id, count: row.count })) ?? null,
    funnel: {
      submitted: count('pending') + count('confirmed'),
      confirmed: count('confirmed'),
      pending: count('pending'),
      suspect: count('suspect'),
      invalid: count('invalid'),
    },
    period: { interval: input.interval, range },
  };
}

/**
 * The over-time series split by partner, in the statistics' interval and range. Whoever sees the
 * whole appeal (and so every partner's total in byPartner) sees every partner's series; figures
 * limited to one partner have none, as they have no byPartner.
 */
export async function overTimeByPartner(
  ctx: ServiceContext,
  stats: AppealStats,
): Promise<PartnerSeries[] | null> {
  if (stats.partnerOrganisationId !== null) return null;
  const rows = await repository.confirmedOverTimeByPartner(
    ctx.db,
    stats.appeal.id,
    stats.period.interval,
    stats.period.range,
  );
  // Rows come grouped by partner, so a new series starts wherever the partner changes.
  const series: PartnerSeries[] = [];
  for (const row of rows) {
    const last = series.at(-1);
    const bucket = { bucket: row.bucket, count: row.count };
    if (last && last.organisationId === row.organisation_id) last.buckets.push(bucket);
    else series.push({ organisationId: row.organisation_id, buckets: [bucket] });
  }
  return series;
}

/** Confirmations per UTC day of a published appeal, for anyone: no personal data. */
export async function publicDailySeries(
  ctx: ServiceContext,
  appealSlug: string,
): Promise<{ date: string; count: number }[] | null> {
  const appeal = await findAppealBySlug({ ...ctx, viewer: { kind: 'anonymous' } }, appealSlug);
  if (!appeal) return null;
  const rows = await repository.confirmedOverTime(
    ctx.db,
    { appealId: appeal.id, partnerOrganisationId: null },
    'day',
    { from: null, to: null },
  );
  return rows.map((row) => ({ date: row.bucket.toISOString().slice(0, 10), count: row.count }));
}
