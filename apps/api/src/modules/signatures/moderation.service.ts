// What admins do about abuse: block addresses and mail domains, and invalidate signatures in
// bulk. Counts follow at once. Every action is audited.
import { isAdmin } from '../access/viewer.js';
import { findAppealBySlug } from '../appeals/appeals.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import type { Secrets } from '../privacy/secrets.js';
import type { ServiceContext } from '../service-context.js';
import * as repository from './signatures.repository.js';
import { recountAppeal } from './signatures.service.js';

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
      {
        path: ['value'],
        message:
          kind === 'email_domain'
            ? 'Give a mail domain, like spam.example'
            : 'Give an address hash: 32 hex characters',
      },
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
  if (!entry.reason.trim())
    throw new ValidationError([{ path: ['reason'], message: 'Say why, for the audit log' }]);
  await repository.addBlock(ctx.db, {
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
  const removed = await repository.removeBlock(ctx.db, entry.kind, value);
  if (removed)
    await recordAudit(ctx, {
      action: 'blocklist.removed',
      organisationId: null,
      targetType: entry.kind,
      targetId: value,
    });
  return removed;
}

/**
 * Marks an appeal's signatures invalid by address hash, mail domain and/or time window (at least
 * one filter), and recounts the appeal. Returns how many signatures were invalidated.
 */
export async function invalidateSignatures(
  ctx: ServiceContext,
  secrets: Secrets,
  input: {
    appealSlug: string;
    ipHash: string | null;
    emailDomain: string | null;
    signedAfter: Date | null;
    signedBefore: Date | null;
    reason: string;
  },
): Promise<number> {
  requireAdmin(ctx);
  const appeal = await findAppealBySlug(ctx, input.appealSlug);
  if (!appeal) throw new NotFoundError('Appeal', `"${input.appealSlug}"`);
  if (!input.ipHash && !input.emailDomain && !input.signedAfter && !input.signedBefore) {
    throw new ValidationError([
      { path: [], message: 'Give at least one of ipHash, emailDomain, signedAfter, signedBefore' },
    ]);
  }
  if (!input.reason.trim())
    throw new ValidationError([{ path: ['reason'], message: 'Say why, for the audit log' }]);
  const invalidated = await repository.invalidateMatching(ctx.db, appeal.id, {
    ipHash: input.ipHash ? checkEntry('ip_hash', input.ipHash) : null,
    emailDomainHash: input.emailDomain
      ? secrets.domainHash(checkEntry('email_domain', input.emailDomain))
      : null,
    signedAfter: input.signedAfter,
    signedBefore: input.signedBefore,
  });
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
    ...(!Number.isInteger(input.count) || input.count === 0 || Math.abs(input.count) > 10_000_000
      ? [
          {
            path: ['count'],
            message: 'Give a whole number of signatures, not 0, at most 10,000,000 either way',
          },
        ]
      : []),
    ...(!input.note.trim()
      ? [{ path: ['note'], message: 'Say where they come from, like "paper forms, Seoul rally"' }]
      : []),
  ];
  if (problems.length) throw new ValidationError(problems);
  await repository.insertOfflineBatch(ctx.db, {
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
