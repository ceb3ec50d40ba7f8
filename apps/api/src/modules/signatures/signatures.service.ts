// Signing an appeal: one signature per person, confirmed by email, counted by a background
// aggregator so that signing never waits on a shared counter row.
import {
  canonicalEmail,
  emailDomain,
  embeddingAllowed,
  signatureInputSchema,
  type Locale,
  type SignatureInput,
  problem,
} from '@chorus/domain';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { hashToken, newToken } from '../access/tokens.js';
import { systemViewer } from '../access/viewer.js';
import { loadAppeals, type Appeal, type AppealForSigning } from '../appeals/appeals.service.js';
import { fieldProblem, parseInput, ValidationError } from '../errors.js';
import { outboxRow, queueMail } from '../mail/mail.service.js';
import { alreadySignedMail, confirmSignatureMail, type Mail } from '../mail/templates.js';
import type { Secrets } from '../privacy/secrets.js';
import { translate } from '../translations.js';
import {
  AppealClosedError,
  AppealNotFoundError,
  AppealNotOpenError,
  EmbedOriginNotAllowedError,
} from './signatures.errors.js';
import type { SigningBatches } from './signing-batches.js';
import type { SigningGuard } from './signing-guard.js';
import * as repository from './signatures.repository.js';
import * as statsRepository from './stats.repository.js';

export const CONFIRMATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface SigningEnvironment {
  /** The statements signing makes, shared by the signatures arriving together. */
  batches: SigningBatches;
  secrets: Secrets;
  guard: SigningGuard;
  /** Where the confirmation link points. */
  publicUrl: string;
  /** The signer's address, kept only as a keyed hash. */
  ip: string | null;
  /** The Origin header of the page the signature was sent from; absent for callers that are not browsers. */
  origin?: string | null;
  now?: Date;
}

function confirmationLink(publicUrl: string, token: string, locale: Locale): string {
  return `${publicUrl}/confirm?token=${token}&lang=${locale}`;
}

/** Why a submission looks like abuse, or null when it does not. */
async function suspicion(
  env: SigningEnvironment,
  signature: SignatureInput,
  facts: { appealId: string; ipHash: string | null; blocked: boolean },
): Promise<string | null> {
  // Every submission counts against the address's limits, whatever else is wrong with it.
  const limited = await env.guard.overLimit(facts.ipHash, facts.appealId);
  if (signature.honeypot) return 'honeypot';
  if (signature.fillMs !== null && signature.fillMs < env.guard.limits.minFillMs) return 'filled too fast';
  if (facts.blocked) return 'block list';
  return limited;
}

/** The appeal, if it takes signatures now; the matching error otherwise. */
function appealOpenForSigning(found: AppealForSigning | null, slug: string, now: Date): Appeal {
  if (!found) throw new AppealNotFoundError(slug);
  const { appeal, campaignStatus } = found;
  if (campaignStatus === 'draft' || campaignStatus === 'archived' || appeal.status === 'draft') {
    // Unpublished appeals do not exist for the public.
    throw new AppealNotFoundError(slug);
  }
  if (
    appeal.status === 'closed' ||
    campaignStatus === 'closed' ||
    (appeal.closesAt && appeal.closesAt <= now)
  ) {
    throw new AppealClosedError();
  }
  if (campaignStatus === 'paused' || (appeal.opensAt && appeal.opensAt > now))
    throw new AppealNotOpenError(appeal.opensAt);
  return appeal;
}

/** The postcode and comment as the appeal's form asks for them: required ones given, hidden ones not. */
function requireFormFields(appeal: Appeal, signature: SignatureInput): void {
  const problems = (
    [
      ['postcode', appeal.postcodeField, signature.postcode],
      ['comment', appeal.commentField, signature.comment],
    ] as const
  ).flatMap(([field, mode, value]) => {
    if (mode === 'required' && !value) return [fieldProblem([field], problem('required'))];
    if (mode === 'hidden' && value) return [fieldProblem([field], problem('notAskedByAppeal'))];
    return [];
  });
  if (problems.length > 0) throw new ValidationError(problems);
}

/**
 * Records a signature. Signing again with the same email (in its canonical form) answers exactly
 * as the first time, so the answer never tells whether an address has signed; the person gets a
 * mail saying they already have. The mail is queued in the same statement as the signature, which
 * stores the signatures arriving at the same moment together (signing-batches.ts).
 */
export async function signAppeal(
  env: SigningEnvironment,
  input: unknown,
): Promise<{ confirmationRequired: boolean }> {
  const now = env.now ?? new Date();
  const signature = parseInput(signatureInputSchema, input);
  const { secrets } = env;
  const ipHash = env.ip ? secrets.ipHash(env.ip) : null;
  const domain = emailDomain(signature.email);
  // The block list does not depend on the appeal, so both are read at once.
  const [found, blocked] = await Promise.all([
    env.batches.appeal(signature.appealSlug),
    env.batches.isBlocked({ ipHash, emailDomain: domain }),
  ]);
  const appeal = appealOpenForSigning(found, signature.appealSlug, now);
  // Browsers always name the page's origin on a cross-site POST, so a site the campaign has not
  // listed cannot have visitors sign through its copy of the widget.
  const ownOrigin = URL.parse(env.publicUrl)?.origin ?? null;
  if (env.origin && !embeddingAllowed(appeal.allowedEmbedOrigins, env.origin, ownOrigin))
    throw new EmbedOriginNotAllowedError(env.origin);
  if (signature.consentVersion !== appeal.consentVersion) {
    throw new ValidationError([
      fieldProblem(['consentVersion'], problem('consentChanged', { version: appeal.consentVersion })),
    ]);
  }
  requireFormFields(appeal, signature);
  const [partnerId, suspectReason] = await Promise.all([
    signature.partnerSlug ? env.batches.activePartnerId(appeal.campaignId, signature.partnerSlug) : null,
    suspicion(env, signature, { appealId: appeal.id, ipHash, blocked }),
  ]);
  const title = translate(appeal, signature.locale).title;
  // A suspect signature is answered like any other, but never mailed or counted.
  const token = appeal.doubleOptIn && !suspectReason ? newToken() : null;
  const status = suspectReason ? 'suspect' : token ? 'pending' : 'confirmed';
  const expiresAt = new Date(now.getTime() + CONFIRMATION_LIFETIME_MS);
  const confirmation = token
    ? confirmSignatureMail(signature.locale, {
        name: signature.name,
        appealTitle: title,
        link: confirmationLink(env.publicUrl, token, signature.locale),
        expiresAt,
      })
    : null;
  // A suspect signature gets no mail; otherwise the confirmation (none with single opt-in) if the
  // signature is new, and a note saying they had signed already if it is not.
  const mail = (kind: string, words: Mail | null) =>
    words && !suspectReason ? outboxRow({ kind, to: signature.email, ...words }) : null;
  await env.batches.insert({
    signature: {
      public_id: randomUUID(),
      appeal_id: appeal.id,
      email_index: secrets.emailIndex(canonicalEmail(signature.email)),
      email_sealed: secrets.seal(signature.email),
      name_sealed: secrets.seal(signature.name),
      postcode_sealed: signature.postcode ? secrets.seal(signature.postcode) : null,
      comment_sealed: signature.comment ? secrets.seal(signature.comment) : null,
      country: signature.country,
      locale: signature.locale,
      status,
      suspect_reason: suspectReason,
      email_domain_hash: secrets.domainHash(domain),
      consent_version: appeal.consentVersion,
      consent_to_lead: signature.consentToLead,
      consent_to_partner: partnerId ? signature.consentToPartner : false,
      partner_organisation_id: partnerId,
      utm: signature.utm ? JSON.stringify(signature.utm) : null,
      referrer: signature.referrer,
      ip_hash: ipHash,
      confirm_token_hash: token ? hashToken(token) : null,
      confirm_token_sealed: token ? secrets.seal(token) : null,
      confirm_expires_at: token ? expiresAt : null,
      confirmed_at: status === 'confirmed' ? now : null,
    },
    mail: {
      ifNew: mail('signature-confirmation', confirmation),
      ifAlreadySigned: mail(
        'signature-duplicate',
        alreadySignedMail(signature.locale, { appealTitle: title }),
      ),
    },
  });
  return { confirmationRequired: appeal.doubleOptIn };
}

export type ConfirmationOutcome =
  { outcome: 'confirmed'; locale: Locale; appealTitle: string } | { outcome: 'expired' | 'unknown' };

/** Confirms the signature a link's token belongs to. The token works once. */
export async function confirmSignature(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<ConfirmationOutcome> {
  const tokenHash = hashToken(token.trim());
  const confirmed = await repository.confirmByToken(db, tokenHash, now);
  if (!confirmed) {
    const pending = await repository.findByTokenHash(db, tokenHash);
    return { outcome: pending && pending.status === 'pending' ? 'expired' : 'unknown' };
  }
  const [appeal] = await loadAppeals({ db, viewer: systemViewer('signing'), requestId: null }, [
    confirmed.appeal_id,
  ]);
  return {
    outcome: 'confirmed',
    locale: confirmed.locale,
    appealTitle: appeal ? translate(appeal, confirmed.locale).title : '',
  };
}

/**
 * Brings appeal_counts and the hourly statistics buckets up to date: the appeals with confirmations
 * since `since`, or all when null. Returns how many appeal counts changed.
 */
export async function recountSignatures(db: Kysely<Database>, since: Date | null): Promise<number> {
  // Buckets first: the counts are their sums, a few thousand rows rather than every signature.
  await statsRepository.rebuildBuckets(db, since ? { since } : 'all');
  return repository.recountAppeals(db, since);
}

/** Recounts one appeal entirely, after signatures of any age changed state (moderation). */
export async function recountAppeal(db: Kysely<Database>, appealId: string): Promise<void> {
  await statsRepository.rebuildBuckets(db, { appealId });
  await repository.recountAppeal(db, appealId);
}

/** Confirmed and offline signatures per appeal, as last counted, in key order. */
export async function loadSignatureCounts(
  db: Kysely<Database>,
  appealIds: readonly string[],
): Promise<number[]> {
  const rows = await repository.findCounts(db, appealIds);
  const byAppeal = new Map(rows.map((row) => [row.appeal_id, row.confirmed + row.offline]));
  return appealIds.map((id) => byAppeal.get(id) ?? 0);
}

export const REMINDER_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Sends one reminder to each signer who has not confirmed 24 hours after signing while the link
 * still works, repeating the link of the first mail. Returns how many reminders were queued.
 */
export async function remindUnconfirmed(
  db: Kysely<Database>,
  secrets: Secrets,
  publicUrl: string,
  now = new Date(),
  limit = 200,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const due = await repository.claimReminders(trx, {
      signedBefore: new Date(now.getTime() - REMINDER_AFTER_MS),
      now,
      limit,
    });
    const appeals = await loadAppeals({ db: trx, viewer: systemViewer('reminders'), requestId: null }, [
      ...new Set(due.map((signature) => signature.appeal_id)),
    ]);
    const byId = new Map(appeals.flatMap((appeal) => (appeal ? [[appeal.id, appeal] as const] : [])));
    for (const signature of due) {
      const appeal = byId.get(signature.appeal_id);
      if (!appeal || !signature.confirm_token_sealed || !signature.confirm_expires_at) continue;
      const mail = confirmSignatureMail(signature.locale, {
        name: secrets.open(signature.name_sealed),
        appealTitle: translate(appeal, signature.locale).title,
        link: confirmationLink(publicUrl, secrets.open(signature.confirm_token_sealed), signature.locale),
        expiresAt: signature.confirm_expires_at,
        reminder: true,
      });
      await queueMail(trx, { kind: 'signature-reminder', to: secrets.open(signature.email_sealed), ...mail });
    }
    return due.length;
  });
}

/** The signatures made with an email whose keyed index is this (for export and erasure). */
export function signaturesWithEmailIndex(db: Kysely<Database>, emailIndex: string) {
  return repository.findByEmailIndex(db, emailIndex);
}

/** Replaces the personal data of these signatures with an erased marker; they keep counting. */
export function erasePersonalData(
  db: Kysely<Database>,
  secrets: Secrets,
  ids: readonly number[],
  now: Date,
): Promise<void> {
  return repository.eraseSignatures(db, ids, {
    // A random index: the erased row matches nobody, and the person may sign again.
    emailIndexOf: () => `erased:${newToken(16)}`,
    sealedMarker: secrets.seal('(erased)'),
    now,
  });
}

/** Signatures of appeals closed before `closedBefore` whose personal data is still kept. */
export function signaturesPastRetention(
  db: Kysely<Database>,
  closedBefore: Date,
  limit: number,
): Promise<number[]> {
  return repository.findExpiredForErasure(db, closedBefore, limit);
}
