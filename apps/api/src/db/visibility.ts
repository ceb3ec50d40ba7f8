// Row visibility as SQL. A viewer sees what is published, plus everything in the campaigns their
// organisations take part in; admins see everything. Services decide the Visibility; every
// repository that reads campaigns, appeals, partnerships or events applies it through here.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { AppealStatus, CampaignStatus, PartnershipStatus } from '@chorus/domain';

export interface Visibility {
  /** Everything, whatever its status (platform admins). */
  all: boolean;
  /** Statuses visible in any campaign. */
  campaignStatuses: readonly CampaignStatus[];
  appealStatuses: readonly AppealStatus[];
  partnershipStatuses: readonly PartnershipStatus[];
  /** Organisations whose campaigns (drafts included) the viewer sees in full. */
  organisationIds: readonly string[];
}

function list(values: readonly string[]): RawBuilder<unknown> {
  return sql.join(values.map((value) => sql`${value}`));
}

/** `<campaignIdColumn> in (campaigns the viewer's organisations take part in)`, or false. */
export function inOwnCampaigns(visibility: Visibility, campaignIdColumn: string): RawBuilder<SqlBool> {
  if (visibility.organisationIds.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`${sql.ref(campaignIdColumn)} in (
    select own.campaign_id from partnerships as own
    where own.organisation_id in (${list(visibility.organisationIds)}) and own.status <> 'left')`;
}

function statusIn(column: string, statuses: readonly string[]): RawBuilder<SqlBool> {
  return statuses.length === 0
    ? sql<SqlBool>`false`
    : sql<SqlBool>`${sql.ref(column)} in (${list(statuses)})`;
}

/** A campaign row is visible: published, or one of the viewer's organisations' campaigns. */
export function campaignVisible(visibility: Visibility, table = 'campaigns'): RawBuilder<SqlBool> {
  if (visibility.all) return sql<SqlBool>`true`;
  return sql<SqlBool>`(${statusIn(`${table}.status`, visibility.campaignStatuses)} or ${inOwnCampaigns(visibility, `${table}.id`)})`;
}

/**
 * A row that belongs to a campaign (appeal, partnership, event) is visible: its own status is
 * published (when it has one) and its campaign is visible, or it is in one of the viewer's
 * organisations' campaigns.
 */
export function childVisible(
  visibility: Visibility,
  child: { campaignIdColumn: string; statusColumn?: string; statuses?: readonly string[] },
): RawBuilder<SqlBool> {
  if (visibility.all) return sql<SqlBool>`true`;
  const ownStatus =
    child.statusColumn && child.statuses ? statusIn(child.statusColumn, child.statuses) : sql<SqlBool>`true`;
  return sql<SqlBool>`((${ownStatus} and ${sql.ref(child.campaignIdColumn)} in (
      select id from campaigns where ${statusIn('campaigns.status', visibility.campaignStatuses)}))
    or ${inOwnCampaigns(visibility, child.campaignIdColumn)})`;
}
