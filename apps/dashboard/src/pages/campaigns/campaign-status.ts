// Which status a campaign may move to next, as the API allows (campaigns.service.ts), so only
// possible moves are offered.
import type { CampaignStatus } from '../../graphql/generated/graphql';

export const CAMPAIGN_STATUSES: CampaignStatus[] = ['DRAFT', 'ACTIVE', 'PAUSED', 'CLOSED', 'ARCHIVED'];

export const CAMPAIGN_TRANSITIONS: Record<CampaignStatus, CampaignStatus[]> = {
  DRAFT: ['ACTIVE', 'ARCHIVED'],
  ACTIVE: ['PAUSED', 'CLOSED', 'ARCHIVED'],
  PAUSED: ['ACTIVE', 'CLOSED', 'ARCHIVED'],
  CLOSED: ['ACTIVE', 'ARCHIVED'],
  ARCHIVED: ['DRAFT'],
};
