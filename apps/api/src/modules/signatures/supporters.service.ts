// What partners see of the people who signed: only the signatures their organisation brought in
// or leads, and only where the signer agreed to hear from that organisation. Every read is audited.
import type { CountryCode, Locale } from '@chorus/domain';
import { hasOrganisationRole, isAdmin, type Viewer } from '../access/viewer.js';
import { recordAudit } from '../audit/audit.service.js';
import { ForbiddenError } from '../errors.js';
import type { Secrets } from '../privacy/secrets.js';
import type { ServiceContext } from '../service-context.js';
import { byIdPages } from '../paging.js';
import { csvLine } from './csv.js';
import * as appealPages from './signature-pages.repository.js';
import * as repository from './supporters.repository.js';

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

function toSupporter(row: repository.SupporterRow, secrets: Secrets): Supporter {
  return {
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
  };
}

export async function listSupporters(
  ctx: ServiceContext,
  secrets: Secrets,
  organisationId: string,
  options: repository.SupporterQuery,
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
  const items = rows.slice(0, options.limit).map((row) => toSupporter(row, secrets));
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

export const SUPPORTER_CSV_COLUMNS = [
  'id',
  'appeal',
  'name',
  'email',
  'country',
  'postcode',
  'locale',
  'via',
  'confirmed',
  'consent_version',
  'signed_at',
  'confirmed_at',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'referrer',
] as const;

function csvRow(supporter: Supporter): (string | boolean | null)[] {
  return [
    supporter.id,
    supporter.appealSlug,
    supporter.name,
    supporter.email,
    supporter.country,
    supporter.postcode,
    supporter.locale,
    supporter.via,
    supporter.status === 'confirmed',
    supporter.consentVersion,
    supporter.signedAt.toISOString(),
    supporter.confirmedAt?.toISOString() ?? null,
    supporter.utm?.source ?? null,
    supporter.utm?.medium ?? null,
    supporter.utm?.campaign ?? null,
    supporter.referrer,
  ];
}

/**
 * The organisation's supporters as CSV lines, a page at a time: memory stays constant however
 * many there are. The export is audited once, with the number of rows, when it is complete.
 */
export async function* supportersCsv(
  ctx: ServiceContext,
  secrets: Secrets,
  organisationId: string,
  filter: { appealSlug: string | null; confirmedOnly: boolean },
): AsyncGenerator<string> {
  if (!maySeeSupporters(ctx.viewer, organisationId)) {
    throw new ForbiddenError(
      "Only admins, the organisation's owners and its API keys with supporters:read may export its supporters",
    );
  }
  yield csvLine(SUPPORTER_CSV_COLUMNS);
  let rows = 0;
  const pages = byIdPages((afterId, limit) =>
    repository.listSupportersOf(ctx.db, organisationId, { ...filter, since: null, afterId, limit }),
  );
  for await (const page of pages) {
    yield page.map((row) => csvLine(csvRow(toSupporter(row, secrets)))).join('');
    rows += page.length;
  }
  await recordAudit(ctx, {
    action: 'supporters.exported',
    organisationId,
    targetType: 'Organisation',
    targetId: organisationId,
    changes: { records: { before: null, after: rows }, filters: { before: null, after: filter } },
  });
}

export const SIGNATURE_CSV_COLUMNS = [
  'id',
  'status',
  'suspect_reason',
  'name',
  'email',
  'country',
  'postcode',
  'comment',
  'locale',
  'partner',
  'consent_to_lead',
  'consent_to_partner',
  'consent_version',
  'signed_at',
  'confirmed_at',
  'erased_at',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'referrer',
] as const;

/** Every signature of an appeal, whatever its state, as CSV lines. Admins only; audited. */
export async function* appealSignaturesCsv(
  ctx: ServiceContext,
  secrets: Secrets,
  appeal: { id: string; slug: string },
): AsyncGenerator<string> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only admins may export all signatures of an appeal');
  yield csvLine(SIGNATURE_CSV_COLUMNS);
  let rows = 0;
  const open = (sealed: string | null) => (sealed ? secrets.open(sealed) : null);
  const pages = byIdPages((afterId, limit) =>
    appealPages.listSignaturesForExport(ctx.db, appeal.id, { afterId, limit }),
  );
  for await (const page of pages) {
    yield page
      .map((row) =>
        csvLine([
          row.public_id,
          row.status,
          row.suspect_reason,
          secrets.open(row.name_sealed),
          secrets.open(row.email_sealed),
          row.country,
          open(row.postcode_sealed),
          open(row.comment_sealed),
          row.locale,
          row.partner_slug,
          row.consent_to_lead,
          row.consent_to_partner,
          row.consent_version,
          row.signed_at,
          row.confirmed_at,
          row.erased_at,
          row.utm_source,
          row.utm_medium,
          row.utm_campaign,
          row.referrer,
        ]),
      )
      .join('');
    rows += page.length;
  }
  await recordAudit(ctx, {
    action: 'signatures.exported',
    organisationId: null,
    targetType: 'Appeal',
    targetId: appeal.id,
    changes: { records: { before: null, after: rows } },
  });
}
