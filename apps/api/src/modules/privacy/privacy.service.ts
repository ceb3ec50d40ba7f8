// A supporter's rights over their data: everything Chorus holds on them, and erasure. Erasure
// keeps what the counts and statistics need (status, country, dates) and nothing that identifies.
import { canonicalEmail, emailSchema } from '@chorus/domain';
import { z } from 'zod';
import { isAdmin } from '../access/viewer.js';
import { recordAudit } from '../audit/audit.service.js';
import { ForbiddenError, parseInput } from '../errors.js';
import { eraseMailTo, mailTo } from '../mail/mail.service.js';
import {
  erasePersonalData,
  signaturesPastRetention,
  signaturesWithEmailIndex,
} from '../signatures/signatures.service.js';
import { eraseRegistrations, registrationsWithEmailIndex } from '../rsvps/rsvps.service.js';
import type { ServiceContext } from '../service-context.js';
import type { Secrets } from './secrets.js';

export interface SupporterExport {
  email: string;
  signatures: {
    appeal: string;
    name: string;
    email: string;
    country: string;
    postcode: string | null;
    comment: string | null;
    locale: string;
    status: string;
    consentVersion: string;
    consentToLead: boolean;
    consentToPartner: boolean;
    partnerOrganisationId: string | null;
    utm: Record<string, string | null> | null;
    referrer: string | null;
    signedAt: string;
    confirmedAt: string | null;
  }[];
  registrations: {
    eventId: string;
    eventStartsAt: string;
    name: string;
    email: string;
    country: string | null;
    locale: string;
    timeZone: string | null;
    status: string;
    consentToLead: boolean;
    consentToPartner: boolean;
    registeredAt: string;
    cancelledAt: string | null;
  }[];
  mail: { subject: string; text: string; createdAt: string; sentAt: string | null }[];
}

function requireAdmin(ctx: ServiceContext): void {
  if (!isAdmin(ctx.viewer)) throw new ForbiddenError('Only admins may export or erase a supporter’s data');
}

const emailInput = z.object({ email: emailSchema });

/** Everything Chorus holds on the person with this email (any spelling Chorus treats as the same). */
export async function exportSupporter(
  ctx: ServiceContext,
  secrets: Secrets,
  email: string,
): Promise<SupporterExport> {
  requireAdmin(ctx);
  const { email: address } = parseInput(emailInput, { email });
  const index = secrets.emailIndex(canonicalEmail(address));
  const rows = await signaturesWithEmailIndex(ctx.db, index);
  const registrations = await registrationsWithEmailIndex(ctx.db, index);
  const open = (sealed: string | null) => (sealed ? secrets.open(sealed) : null);
  const addresses = [
    ...new Set([
      address,
      ...rows.map((row) => secrets.open(row.email_sealed)),
      ...registrations.map((row) => secrets.open(row.email_sealed)),
    ]),
  ];
  const mails = await mailTo(ctx.db, addresses);
  await recordAudit(ctx, {
    action: 'supporter.exported',
    organisationId: null,
    targetType: 'Supporter',
    targetId: secrets.emailIndex(canonicalEmail(address)).slice(0, 16),
  });
  return {
    email: address,
    signatures: rows.map((row) => ({
      appeal: row.appeal_slug,
      name: secrets.open(row.name_sealed),
      email: secrets.open(row.email_sealed),
      country: row.country,
      postcode: open(row.postcode_sealed),
      comment: open(row.comment_sealed),
      locale: row.locale,
      status: row.status,
      consentVersion: row.consent_version,
      consentToLead: row.consent_to_lead,
      consentToPartner: row.consent_to_partner,
      partnerOrganisationId: row.partner_organisation_id,
      utm: row.utm,
      referrer: row.referrer,
      signedAt: row.created_at.toISOString(),
      confirmedAt: row.confirmed_at?.toISOString() ?? null,
    })),
    registrations: registrations.map((row) => ({
      eventId: row.event_id,
      eventStartsAt: row.event_starts_at.toISOString(),
      name: secrets.open(row.name_sealed),
      email: secrets.open(row.email_sealed),
      country: row.country,
      locale: row.locale,
      timeZone: row.time_zone,
      status: row.status,
      consentToLead: row.consent_to_lead,
      consentToPartner: row.consent_to_partner,
      registeredAt: row.created_at.toISOString(),
      cancelledAt: row.cancelled_at?.toISOString() ?? null,
    })),
    mail: mails.map((mail) => ({
      subject: mail.subject,
      text: mail.text,
      createdAt: mail.createdAt.toISOString(),
      sentAt: mail.sentAt?.toISOString() ?? null,
    })),
  };
}

/**
 * Anonymises every record of the person with this email: their signatures (which still count)
 * and the mail written to them. Returns how many signatures and messages were erased.
 */
export async function eraseSupporter(
  ctx: ServiceContext,
  secrets: Secrets,
  email: string,
  now = new Date(),
): Promise<{ signatures: number; registrations: number; messages: number }> {
  requireAdmin(ctx);
  const { email: address } = parseInput(emailInput, { email });
  const index = secrets.emailIndex(canonicalEmail(address));
  const rows = await signaturesWithEmailIndex(ctx.db, index);
  const registrations = await registrationsWithEmailIndex(ctx.db, index);
  const addresses = [
    ...new Set([
      address,
      ...rows.map((row) => secrets.open(row.email_sealed)),
      ...registrations.map((row) => secrets.open(row.email_sealed)),
    ]),
  ];
  await erasePersonalData(
    ctx.db,
    secrets,
    rows.map((row) => row.id),
    now,
  );
  await eraseRegistrations(
    ctx.db,
    secrets,
    registrations.map((row) => row.id),
    now,
  );
  const messages = await eraseMailTo(ctx.db, addresses, now);
  await recordAudit(ctx, {
    action: 'supporter.erased',
    organisationId: null,
    targetType: 'Supporter',
    targetId: index.slice(0, 16),
    changes: {
      signatures: { before: null, after: rows.length },
      registrations: { before: null, after: registrations.length },
      messages: { before: null, after: messages },
    },
  });
  return { signatures: rows.length, registrations: registrations.length, messages };
}

/** Erases the personal data of signatures whose appeal closed more than `months` ago. */
export async function eraseAfterRetention(
  ctx: ServiceContext,
  secrets: Secrets,
  months: number,
  now = new Date(),
): Promise<number> {
  const closedBefore = new Date(now);
  closedBefore.setUTCMonth(closedBefore.getUTCMonth() - months);
  const ids = await signaturesPastRetention(ctx.db, closedBefore, 1000);
  if (ids.length === 0) return 0;
  await erasePersonalData(ctx.db, secrets, ids, now);
  await recordAudit(ctx, {
    action: 'signatures.retention_erased',
    organisationId: null,
    targetType: null,
    targetId: null,
    changes: {
      signatures: { before: null, after: ids.length },
      closedBefore: { before: null, after: closedBefore },
    },
  });
  return ids.length;
}
