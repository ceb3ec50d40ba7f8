import { problem } from '@chorus/domain';
import type { PartnershipRole, PartnershipStatus } from '@chorus/domain';
import type { Kysely } from 'kysely';
import type { Database, PartnershipRow } from '../../db/database.js';
import { hasOrganisationRole, visibilityFor } from '../access/viewer.js';
import { changedFields, recordAudit } from '../audit/audit.service.js';
import { campaignToRunBySlug, canRunCampaign, loadCampaigns } from '../campaigns/campaigns.service.js';
import {
  ConflictError,
  fieldProblem,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  ValidationError,
} from '../errors.js';
import { findUsers } from '../accounts/accounts.service.js';
import { findOrganisationBySlug } from '../organisations/organisations.service.js';
import { groupInKeyOrder, indexInKeyOrder, toPage, type OffsetPage, type Page } from '../paging.js';
import type { ServiceContext } from '../service-context.js';
import * as repository from './partnerships.repository.js';

/** An organisation's part in a campaign. */
export interface Partnership {
  id: string;
  campaignId: string;
  organisationId: string;
  role: PartnershipRole;
  status: PartnershipStatus;
  /** The user who sent the (latest) invitation, when known. */
  invitedBy: string | null;
  createdAt: Date;
}

export function toPartnership(row: PartnershipRow): Partnership {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    organisationId: row.organisation_id,
    role: row.role,
    status: row.status,
    invitedBy: row.invited_by,
    createdAt: row.created_at,
  };
}

export async function loadPartnerships(
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<(Partnership | null)[]> {
  const rows = await repository.findPartnershipsByIds(ctx.db, ids, visibilityFor(ctx.viewer));
  return indexInKeyOrder(ids, rows.map(toPartnership), (partnership) => partnership.id);
}

/** The partners of each (already visible) campaign, one page per campaign, in key order. */
export async function loadPartnershipsOfCampaigns(
  ctx: ServiceContext,
  campaignIds: readonly string[],
  page: OffsetPage & { role: PartnershipRole | null },
): Promise<Page<Partnership>[]> {
  const rows = await repository.listPartnershipsOfCampaigns(ctx.db, campaignIds, {
    visibility: visibilityFor(ctx.viewer),
    role: page.role,
    offset: page.offset,
    limit: page.limit + 1,
  });
  return groupInKeyOrder(campaignIds, rows, (row) => row.campaign_id).map((group) =>
    toPage(group.map(toPartnership), page),
  );
}

/**
 * The invitations into campaigns that each organisation has not yet answered, newest first, in
 * key order. For its owners and admins, who see those campaigns anyway (an invited organisation's
 * members see the campaign, drafts and all), so no row visibility applies.
 */
export async function loadPendingPartnershipsOfOrganisations(
  ctx: ServiceContext,
  organisationIds: readonly string[],
): Promise<Partnership[][]> {
  const rows = await repository.listInvitedPartnershipsOfOrganisations(ctx.db, organisationIds);
  return groupInKeyOrder(organisationIds, rows, (row) => row.organisation_id).map((group) =>
    group.map(toPartnership),
  );
}

/** The names of the people who sent invitations, in key order; null where the account is gone. */
export async function inviterNames(
  ctx: ServiceContext,
  userIds: readonly string[],
): Promise<(string | null)[]> {
  const users = await findUsers(ctx.db, userIds);
  return indexInKeyOrder(userIds, users, (user) => user.id).map((user) => user?.name ?? null);
}

export async function addPartnership(
  db: Kysely<Database>,
  partnership: {
    campaignId: string;
    organisationId: string;
    role: PartnershipRole;
    status: PartnershipStatus;
  },
): Promise<Partnership> {
  const row = await repository.insertPartnership(db, {
    campaign_id: partnership.campaignId,
    organisation_id: partnership.organisationId,
    role: partnership.role,
    status: partnership.status,
  });
  return toPartnership(row);
}

const PARTNERSHIP_FIELDS = ['role', 'status'] as const;

/**
 * Invites an organisation into a campaign the viewer runs, as partner or supporter. An
 * organisation that left can be invited again.
 */
export async function invitePartner(
  ctx: ServiceContext,
  input: { campaignSlug: string; organisationSlug: string; role: PartnershipRole },
): Promise<Partnership> {
  const campaign = await campaignToRunBySlug(ctx, input.campaignSlug);
  if (campaign.status === 'archived')
    throw new InvalidStateError('The campaign is archived: restore it before you invite partners');
  if (input.role === 'lead') {
    throw new ValidationError([fieldProblem(['role'], problem('leadNotInvitable'))]);
  }
  const organisation = await findOrganisationBySlug(ctx.db, input.organisationSlug);
  if (!organisation) {
    throw new ValidationError([
      fieldProblem(['organisationSlug'], problem('unknownOrganisation', { slug: input.organisationSlug })),
    ]);
  }
  const existing = await repository.findPartnership(ctx.db, campaign.id, organisation.id);
  if (existing && existing.status !== 'left') {
    throw new ConflictError(
      problem(existing.status === 'invited' ? 'alreadyInvited' : 'alreadyPartner', {
        organisation: organisation.name,
      }),
      ['organisationSlug'],
    );
  }
  const invitedBy = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
  const row = existing
    ? await repository.updatePartnershipRow(ctx.db, existing.id, {
        role: input.role,
        status: 'invited',
        invited_by: invitedBy,
      })
    : await repository.insertPartnership(ctx.db, {
        campaign_id: campaign.id,
        organisation_id: organisation.id,
        role: input.role,
        status: 'invited',
        invited_by: invitedBy,
      });
  const invited = toPartnership(row);
  for (const organisationId of new Set([campaign.leadOrganisationId, organisation.id])) {
    await recordAudit(ctx, {
      action: 'partnership.invited',
      organisationId,
      targetType: 'Partnership',
      targetId: invited.id,
      changes: changedFields(existing ? toPartnership(existing) : null, invited, PARTNERSHIP_FIELDS),
    });
  }
  return invited;
}

async function partnershipFor(ctx: ServiceContext, id: string): Promise<Partnership> {
  const [partnership] = await loadPartnerships(ctx, [id]);
  if (!partnership) throw new NotFoundError('Partnership', id);
  return partnership;
}

/** The invited organisation's owners (or an admin) accept, making the partnership active. */
export async function acceptPartnership(ctx: ServiceContext, id: string): Promise<Partnership> {
  const current = await partnershipFor(ctx, id);
  if (!hasOrganisationRole(ctx.viewer, current.organisationId, 'owner')) {
    throw new ForbiddenError('Only owners of the invited organisation, and admins, may accept');
  }
  if (current.status !== 'invited')
    throw new InvalidStateError(`The partnership is ${current.status}, not invited`);
  const accepted = toPartnership(await repository.updatePartnershipRow(ctx.db, id, { status: 'active' }));
  await recordAudit(ctx, {
    action: 'partnership.accepted',
    organisationId: current.organisationId,
    targetType: 'Partnership',
    targetId: id,
    changes: changedFields(current, accepted, PARTNERSHIP_FIELDS),
  });
  return accepted;
}

/**
 * Ends a partnership: the campaign's runners remove a partner, or the partner's owners leave.
 * The lead cannot leave its own campaign.
 */
export async function removePartner(ctx: ServiceContext, id: string): Promise<Partnership> {
  const current = await partnershipFor(ctx, id);
  const [campaign] = await loadCampaigns(ctx, [current.campaignId]);
  if (!campaign) throw new NotFoundError('Partnership', id);
  if (!canRunCampaign(ctx, campaign) && !hasOrganisationRole(ctx.viewer, current.organisationId, 'owner')) {
    throw new ForbiddenError(
      "Only the campaign's runners, and owners of the partner organisation, may end a partnership",
    );
  }
  if (current.role === 'lead') throw new InvalidStateError('The lead organisation cannot leave its campaign');
  if (current.status === 'left')
    throw new InvalidStateError('The organisation has already left the campaign');
  const removed = toPartnership(await repository.updatePartnershipRow(ctx.db, id, { status: 'left' }));
  for (const organisationId of new Set([campaign.leadOrganisationId, current.organisationId])) {
    await recordAudit(ctx, {
      action: 'partnership.ended',
      organisationId,
      targetType: 'Partnership',
      targetId: id,
      changes: changedFields(current, removed, PARTNERSHIP_FIELDS),
    });
  }
  return removed;
}

/** The organisation with this slug if it is an active partner (or the lead) of the campaign; else null. */
export async function activePartnerId(
  db: Kysely<Database>,
  campaignId: string,
  organisationSlug: string,
): Promise<string | null> {
  const [id] = await activePartnerIds(db, [{ campaignId, organisationSlug }]);
  return id ?? null;
}

/** activePartnerId for many campaigns and slugs at once, in the order asked; one statement. */
export async function activePartnerIds(
  db: Kysely<Database>,
  keys: readonly { campaignId: string; organisationSlug: string }[],
): Promise<(string | null)[]> {
  const rows = await repository.findActivePartners(db, keys);
  const found = new Map(rows.map((row) => [`${row.campaign_id} ${row.slug}`, row.organisation_id]));
  return keys.map((key) => found.get(`${key.campaignId} ${key.organisationSlug}`) ?? null);
}
