// What admins do about abuse: read an appeal's signatures, block addresses and mail domains, and
// invalidate signatures one by one or in bulk. Counts follow at once. Every action is audited.
import { canonicalEmail, emailDomain, problem, type CountryCode, type Locale } from '@chorus/domain';
import type { SignatureStatus } from '../../db/database.js';
import { isAdmin } from '../access/viewer.js';
import { findAppealBySlug } from '../appeals/appeals.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { findOrganisationBySlug } from '../organisations/organisations.service.js';
import {
  fieldProblem,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  ValidationError,
} from '../errors.js';
import type { Secrets } from '../privacy/secrets.js';
import type { ServiceContext } from '../service-context.js';
import * as appealPages from './signature-pages.repository.js';
import * as moderation from './moderation.repository.js';
import * as repository from './signatures.repository.js';
import { recountAppeal } from './signatures.service.js';

/** The most signatures one offline batch may add or take away. */
const OFFLINE_BATCH_MAX = 10_000_000;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,63}$/;
const IP_HASH = /^[0-9a-f]{32}$/;

function requireAdmin(ctx: ServiceContext): void {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only admins may moderate signatures');
}

function checkEntry(kind: 'ip_hash' | 'email_domain', value: string): string {
  const normalised = value.trim().toLowerCase();
  const valid = kind === 'email_domain' ? DOMAIN.test(normalised) : IP_HASH.test(normalised);
  if (!valid) {
    throw new ValidationError([
      fieldProblem(['value'], problem(kind === 'email_domain' ? 'invalidMailDomain' : 'invalidAddressHash')),
    ]);
  }
  return normalised;
}

export async function block(
  ctx: ServiceContext,
  entry: { kind: 'ip_hash' | 'email_domain'; value: string; reason: string },
): Promise<string> {
  requireAdmin(ctx);
  const value = checkEntry(entry.kind, entry.value);
  if (!entry.reason.trim()) throw new ValidationError([fieldProblem(['reason'], problem('reasonRequired'))]);
  await moderation.addBlock(ctx.db, {
    kind: entry.kind,
    value,
    reason: entry.reason.trim(),
    createdBy: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
  });
  await recordAudit(ctx, {
    action: 'blocklist.added',
    organisationId: null,
    targetType: entry.kind,
    targetId: value,
    changes: { reason: { before: null, after: entry.reason.trim() } },
  });
  return value;
}

export async function unblock(
  ctx: ServiceContext,
  entry: { kind: 'ip_hash' | 'email_domain'; value: string },
): Promise<boolean> {
  requireAdmin(ctx);
  const value = checkEntry(entry.kind, entry.value);
  const removed = await moderation.removeBlock(ctx.db, entry.kind, value);
  if (removed)
    await recordAudit(ctx, {
      action: 'blocklist.removed',
      organisationId: null,
      targetType: entry.kind,
      targetId: value,
    });
  return removed;
}

export interface InvalidationFilter {
  appealSlug: string;
  ipHash: string | null;
  emailDomain: string | null;
  signedAfter: Date | null;
  signedBefore: Date | null;
}

/** The appeal and the stored form of a bulk filter; refuses a filter that would take everything. */
async function bulkFilter(ctx: ServiceContext, secrets: Secrets, input: InvalidationFilter) {
  requireAdmin(ctx);
  const appeal = await findAppealBySlug(ctx, input.appealSlug);
  if (!appeal) throw new NotFoundError('Appeal', `"${input.appealSlug}"`);
  if (!input.ipHash && !input.emailDomain && !input.signedAfter && !input.signedBefore) {
    throw new ValidationError([fieldProblem([], problem('filterRequired'))]);
  }
  return {
    appeal,
    filter: {
      ipHash: input.ipHash ? checkEntry('ip_hash', input.ipHash) : null,
      emailDomainHash: input.emailDomain
        ? secrets.domainHash(checkEntry('email_domain', input.emailDomain))
        : null,
      signedAfter: input.signedAfter,
      signedBefore: input.signedBefore,
    },
  };
}

/** How many signatures invalidateSignatures would invalidate with this filter, changing nothing. */
export async function countInvalidation(
  ctx: ServiceContext,
  secrets: Secrets,
  input: InvalidationFilter,
): Promise<number> {
  const { appeal, filter } = await bulkFilter(ctx, secrets, input);
  return moderation.countMatching(ctx.db, appeal.id, filter);
}

/**
 * Marks an appeal's signatures invalid by address hash, mail domain and/or time window (at least
 * one filter), and recounts the appeal. Returns how many signatures were invalidated.
 */
export async function invalidateSignatures(
  ctx: ServiceContext,
  secrets: Secrets,
  input: InvalidationFilter & { reason: string },
): Promise<number> {
  const { appeal, filter } = await bulkFilter(ctx, secrets, input);
  if (!input.reason.trim()) throw new ValidationError([fieldProblem(['reason'], problem('reasonRequired'))]);
  const invalidated = await moderation.invalidateMatching(ctx.db, appeal.id, filter);
  await recountAppeal(ctx.db, appeal.id);
  await recordAudit(ctx, {
    action: 'signatures.invalidated',
    organisationId: null,
    targetType: 'Appeal',
    targetId: appeal.id,
    changes: {
      invalidated: { before: null, after: invalidated },
      filter: {
        before: null,
        after: {
          ipHash: input.ipHash,
          emailDomain: input.emailDomain,
          signedAfter: input.signedAfter,
          signedBefore: input.signedBefore,
          reason: input.reason.trim(),
        },
      },
    },
  });
  return invalidated;
}

/** One signature as admins see it to moderate: everything the signer gave, opened. */
export interface ModeratedSignature {
  /** The signature's public id. */
  id: string;
  cursorId: number;
  appealId: string;
  name: string;
  email: string;
  emailDomain: string | null;
  country: CountryCode;
  postcode: string | null;
  comment: string | null;
  locale: Locale;
  status: SignatureStatus;
  suspectReason: string | null;
  partnerSlug: string | null;
  consentToLead: boolean;
  consentToPartner: boolean;
  consentVersion: string;
  signedAt: Date;
  confirmedAt: Date | null;
  erasedAt: Date | null;
  /** The hashed client address, as bulk invalidation and blocking take it. */
  ipHash: string | null;
  utm: Record<string, string | null> | null;
  referrer: string | null;
}

function toModeratedSignature(row: repository.SignatureWithPartner, secrets: Secrets): ModeratedSignature {
  const open = (sealed: string | null) => (sealed ? secrets.open(sealed) : null);
  const email = secrets.open(row.email_sealed);
  return {
    id: row.public_id,
    cursorId: row.id,
    appealId: row.appeal_id,
    name: secrets.open(row.name_sealed),
    email,
    emailDomain: row.erased_at || !email.includes('@') ? null : emailDomain(email),
    country: row.country as CountryCode,
    postcode: open(row.postcode_sealed),
    comment: open(row.comment_sealed),
    locale: row.locale,
    status: row.status,
    suspectReason: row.suspect_reason,
    partnerSlug: row.partner_slug,
    consentToLead: row.consent_to_lead,
    consentToPartner: row.consent_to_partner,
    consentVersion: row.consent_version,
    signedAt: row.created_at,
    confirmedAt: row.confirmed_at,
    erasedAt: row.erased_at,
    ipHash: row.ip_hash,
    utm: row.utm,
    referrer: row.referrer,
  };
}

export interface SignatureListInput {
  appealSlug: string;
  status: SignatureStatus | null;
  partnerSlug: string | null;
  country: string | null;
  /** A whole address: addresses are stored sealed and found only through their keyed index. */
  email: string | null;
  ipHash: string | null;
  beforeId: number | null;
  limit: number;
}

/** An appeal's signatures, newest first, for admins to moderate. Every read is audited. */
export async function listSignaturesForModeration(
  ctx: ServiceContext,
  secrets: Secrets,
  input: SignatureListInput,
): Promise<{ items: ModeratedSignature[]; hasNextPage: boolean }> {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only admins may read all signatures of an appeal');
  const appeal = await findAppealBySlug(ctx, input.appealSlug);
  if (!appeal) throw new NotFoundError('Appeal', `"${input.appealSlug}"`);
  const email = input.email?.trim() || null;
  if (email !== null && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    throw new ValidationError([fieldProblem(['email'], problem('wholeEmailRequired'))]);
  }
  let partnerOrganisationId: string | null = null;
  if (input.partnerSlug) {
    const partner = await findOrganisationBySlug(ctx.db, input.partnerSlug);
    if (!partner) return { items: [], hasNextPage: false };
    partnerOrganisationId = partner.id;
  }
  const rows = await appealPages.listSignaturesForAdmin(
    ctx.db,
    appeal.id,
    {
      status: input.status,
      partnerOrganisationId,
      country: input.country?.trim().toUpperCase() || null,
      emailIndex: email ? secrets.emailIndex(canonicalEmail(email)) : null,
      ipHash: input.ipHash?.trim().toLowerCase() || null,
    },
    { beforeId: input.beforeId, limit: input.limit + 1 },
  );
  const items = rows.slice(0, input.limit).map((row) => toModeratedSignature(row, secrets));
  await recordAudit(ctx, {
    action: 'signatures.read',
    organisationId: null,
    targetType: 'Appeal',
    targetId: appeal.id,
    changes: {
      records: { before: null, after: items.length },
      filters: {
        before: null,
        after: {
          status: input.status,
          partner: input.partnerSlug,
          country: input.country,
          email: email ? 'given' : null,
          ipHash: input.ipHash,
        },
      },
    },
  });
  return { items, hasNextPage: rows.length > input.limit };
}

/** Marks one signature invalid, with the reason in the audit log; the count follows at once. */
export async function invalidateSignature(
  ctx: ServiceContext,
  secrets: Secrets,
  input: { id: string; reason: string },
): Promise<ModeratedSignature> {
  requireAdmin(ctx);
  if (!input.reason.trim()) throw new ValidationError([fieldProblem(['reason'], problem('reasonRequired'))]);
  const current = /^[0-9a-f-]{36}$/i.test(input.id)
    ? await moderation.findByPublicId(ctx.db, input.id)
    : null;
  if (!current) throw new NotFoundError('Signature', `"${input.id}"`);
  if (current.status === 'invalid') throw new InvalidStateError('This signature is invalid already');
  await moderation.invalidateByPublicId(ctx.db, input.id);
  await recountAppeal(ctx.db, current.appeal_id);
  await recordAudit(ctx, {
    action: 'signatures.invalidated',
    organisationId: null,
    targetType: 'Signature',
    targetId: current.public_id,
    changes: {
      status: { before: current.status, after: 'invalid' },
      reason: { before: null, after: input.reason.trim() },
    },
  });
  return toModeratedSignature({ ...current, status: 'invalid' }, secrets);
}

/**
 * Adds signatures gathered on paper to an appeal's count (a negative number corrects an earlier
 * batch). The count follows at once.
 */
export async function addOfflineSignatures(
  ctx: ServiceContext,
  input: { appealSlug: string; count: number; note: string },
): Promise<void> {
  requireAdmin(ctx);
  const appeal = await findAppealBySlug(ctx, input.appealSlug);
  if (!appeal) throw new NotFoundError('Appeal', `"${input.appealSlug}"`);
  const problems = [
    ...(!Number.isInteger(input.count) || input.count === 0 || Math.abs(input.count) > OFFLINE_BATCH_MAX
      ? [fieldProblem(['count'], problem('offlineCountOutOfRange', { max: OFFLINE_BATCH_MAX }))]
      : []),
    ...(!input.note.trim() ? [fieldProblem(['note'], problem('offlineSourceRequired'))] : []),
  ];
  if (problems.length) throw new ValidationError(problems);
  await moderation.insertOfflineBatch(ctx.db, {
    appealId: appeal.id,
    count: input.count,
    note: input.note.trim(),
    createdBy: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
  });
  await repository.recountAppeal(ctx.db, appeal.id);
  await recordAudit(ctx, {
    action: 'signatures.offline_added',
    organisationId: null,
    targetType: 'Appeal',
    targetId: appeal.id,
    changes: {
      count: { before: null, after: input.count },
      note: { before: null, after: input.note.trim() },
    },
  });
}
