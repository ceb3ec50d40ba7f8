// Who is calling, and how far that lets them see.
import {
  APPEAL_STATUSES,
  CAMPAIGN_STATUSES,
  PARTNERSHIP_STATUSES,
  PUBLIC_APPEAL_STATUSES,
  PUBLIC_CAMPAIGN_STATUSES,
  roleAtLeast,
  type ApiKeyScope,
  type MembershipRole,
} from '@chorus/domain';
import type { Visibility } from '../../db/visibility.js';

export type { Visibility } from '../../db/visibility.js';

export interface AnonymousViewer {
  kind: 'anonymous';
}

/** A person signed in to the dashboard with a session cookie. */
export interface UserViewer {
  kind: 'user';
  userId: string;
  sessionId: string;
  email: string;
  name: string;
  isAdmin: boolean;
  /** Organisation id → role. */
  memberships: ReadonlyMap<string, MembershipRole>;
}

/** A partner organisation's program, calling with one of its API keys. */
export interface ApiKeyViewer {
  kind: 'apiKey';
  apiKeyId: string;
  keyId: string;
  name: string;
  organisationId: string;
  scopes: ReadonlySet<ApiKeyScope>;
}

/** Chorus itself, acting at start-up (the demo data) or from a background job. */
export interface SystemViewer {
  kind: 'system';
  label: string;
}

export type Viewer = AnonymousViewer | UserViewer | ApiKeyViewer | SystemViewer;

export function systemViewer(label: string): SystemViewer {
  return { kind: 'system', label };
}

export const ANONYMOUS: AnonymousViewer = { kind: 'anonymous' };

/** Platform admins, and Chorus itself, may do everything. */
export function isAdmin(viewer: Viewer): boolean {
  return (viewer.kind === 'user' && viewer.isAdmin) || viewer.kind === 'system';
}

/** The viewer is an admin, or a member of the organisation with at least this role. */
export function hasOrganisationRole(viewer: Viewer, organisationId: string, role: MembershipRole): boolean {
  if (isAdmin(viewer)) return true;
  if (viewer.kind !== 'user') return false;
  const held = viewer.memberships.get(organisationId);
  return held !== undefined && roleAtLeast(held, role);
}

export function hasScope(viewer: Viewer, scope: ApiKeyScope): boolean {
  return viewer.kind === 'apiKey' && viewer.scopes.has(scope);
}

/** A short description of the viewer for logs and the audit trail. */
export function describeViewer(viewer: Viewer): {
  type: 'user' | 'api_key' | 'system';
  id: string | null;
  label: string;
} {
  switch (viewer.kind) {
    case 'user':
      return { type: 'user', id: viewer.userId, label: viewer.email };
    case 'apiKey':
      return { type: 'api_key', id: viewer.apiKeyId, label: `key ${viewer.name} (${viewer.keyId})` };
    case 'system':
      return { type: 'system', id: null, label: viewer.label };
    case 'anonymous':
      return { type: 'system', id: null, label: 'anonymous' };
  }
}

/** Drafts, archived campaigns and invited or departed partners are not published. */
export const PUBLIC_VISIBILITY: Visibility = {
  all: false,
  campaignStatuses: PUBLIC_CAMPAIGN_STATUSES,
  appealStatuses: PUBLIC_APPEAL_STATUSES,
  partnershipStatuses: ['active'],
  organisationIds: [],
};

export const FULL_VISIBILITY: Visibility = {
  all: true,
  campaignStatuses: CAMPAIGN_STATUSES,
  appealStatuses: APPEAL_STATUSES,
  partnershipStatuses: PARTNERSHIP_STATUSES,
  organisationIds: [],
};

/**
 * Admins see everything. Members of an organisation, and its API keys with `campaigns:read`, also
 * see the campaigns that organisation takes part in, drafts and all, with everything in them.
 * Everyone sees what is published.
 */
export function visibilityFor(viewer: Viewer): Visibility {
  switch (viewer.kind) {
    case 'anonymous':
      return PUBLIC_VISIBILITY;
    case 'system':
      return FULL_VISIBILITY;
    case 'user':
      return viewer.isAdmin
        ? FULL_VISIBILITY
        : { ...PUBLIC_VISIBILITY, organisationIds: [...viewer.memberships.keys()] };
    case 'apiKey':
      return viewer.scopes.has('campaigns:read')
        ? { ...PUBLIC_VISIBILITY, organisationIds: [viewer.organisationId] }
        : PUBLIC_VISIBILITY;
  }
}
