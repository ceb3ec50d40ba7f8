// What partners see of the people who signed: only the signatures their organisation brought in
// or leads, and only where the signer agreed to hear from that organisation. Every read is audited.
import type { CountryCode, Locale } from '@chorus/domain';
import { hasOrganisationRole, isAdmin, type Viewer } from '../access/viewer.js';
import { recordAudit } from '../audit/audit.service.js';
import { ForbiddenError } from '../errors.js';
import type { Secrets } from '../privacy/secrets.js';
import type { ServiceContext } from '../service-context.js';
import * as repository from './signatures.repository.js';

export interface Supporter {
  /** The signature's public id. */
  id: string;
  name: string;
  email: string;
  country: CountryCode;
  postcode: string | null;
  locale: Locale;
  appealSlug: string;
  /** Whether the organisation sees this signer as the campaign's lead or as the partner that brought them. */
  via: 'lead' | 'partner';
  status: 'pending' | 'confirmed';
  consentVersion: string;
  signedAt: Date;
  confirmedAt: Date | null;
  utm: Record<string, string | null> | null;
  referrer: string | null;
  cursorId: number;
}

/** Admins; owners of the organisation; the organisation's own API keys holding supporters:read. */
export function maySeeSupporters(viewer: Viewer, organisationId: string): boolean {
  if (isAdmin(viewer)) return true;
  if (viewer.kind === 'apiKey')
    return viewer.organisationId === organisationId && viewer.scopes.has('supporters:read');
  return hasOrganisationRole(viewer, organisationId, 'owner');
}

export async function listSupporters(
  ctx: ServiceContext,
  secrets: Secrets,
  organisationId: string,
  options: {
    appealSlug: string | null;
    since: Date | null;
    confirmedOnly: boolean;
    afterId: number | null;
    limit: number;
  },
): Promise<{ items: Supporter[]; hasNextPage: boolean }> {
  if (!maySeeSupporters(ctx.viewer, organisationId)) {
    throw new ForbiddenError(
      "Only admins, the organisation's owners and its API keys with supporters:read may read its supporters",
    );
  }
  const rows = await repository.listSupportersOf(ctx.db, organisationId, {
    ...options,
    limit: options.limit + 1,
  });
  const items = rows.slice(0, options.limit).map((row): Supporter => ({
    id: row.public_id,
    name: secrets.open(row.name_sealed),
    email: secrets.open(row.email_sealed),
    country: row.country as CountryCode,
    postcode: row.postcode_sealed ? secrets.open(row.postcode_sealed) : null,
    locale: row.locale,
    appealSlug: row.appeal_slug,
    via: row.via,
    status: row.status === 'confirmed' ? 'confirmed' : 'pending',
    consentVersion: row.consent_version,
    signedAt: row.created_at,
    confirmedAt: row.confirmed_at,
    utm: row.utm,
    referrer: row.referrer,
    cursorId: row.id,
  }));
  await recordAudit(ctx, {
    action: 'supporters.read',
    organisationId,
    targetType: 'Organisation',
    targetId: organisationId,
    changes: {
      records: { before: null, after: items.length },
      filters: {
        before: null,
        after: { appeal: options.appealSlug, since: options.since, confirmedOnly: options.confirmedOnly },
      },
    },
  });
  return { items, hasNextPage: rows.length > options.limit };
}
