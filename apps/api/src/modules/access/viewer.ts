// Who is calling, and how far that lets them see. Only anonymous callers exist so far; signed-in
// admins, organisation members and partner API keys extend this union.
import {
  APPEAL_STATUSES,
  CAMPAIGN_STATUSES,
  PARTNERSHIP_STATUSES,
  PUBLIC_APPEAL_STATUSES,
  PUBLIC_CAMPAIGN_STATUSES,
  type AppealStatus,
  type CampaignStatus,
  type PartnershipStatus,
} from '@chorus/domain';

export interface AnonymousViewer {
  kind: 'anonymous';
}

export type Viewer = AnonymousViewer;

export const ANONYMOUS: AnonymousViewer = { kind: 'anonymous' };

/** The statuses a viewer may see, applied in every query that reads these tables. */
export interface Visibility {
  campaignStatuses: readonly CampaignStatus[];
  appealStatuses: readonly AppealStatus[];
  partnershipStatuses: readonly PartnershipStatus[];
}

/** Drafts, archived campaigns and invited or departed partners are not published. */
export const PUBLIC_VISIBILITY: Visibility = {
  campaignStatuses: PUBLIC_CAMPAIGN_STATUSES,
  appealStatuses: PUBLIC_APPEAL_STATUSES,
  partnershipStatuses: ['active'],
};

export const FULL_VISIBILITY: Visibility = {
  campaignStatuses: CAMPAIGN_STATUSES,
  appealStatuses: APPEAL_STATUSES,
  partnershipStatuses: PARTNERSHIP_STATUSES,
};

export function visibilityFor(viewer: Viewer): Visibility {
  switch (viewer.kind) {
    case 'anonymous':
      return PUBLIC_VISIBILITY;
  }
}
