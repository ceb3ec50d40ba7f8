// Every migration, in order. Listed by hand (not read from the file system) so the same list
// works from TypeScript sources under tests and from compiled dist/ in production.
import type { Migration } from 'kysely/migration';
import * as readSide from './2026-11-28T2200-read-side.js';
import * as identityAndAccess from './2026-11-28T2300-identity-and-access.js';
import * as consentVersions from './2026-11-28T2310-consent-versions.js';
import * as signatures from './2026-11-28T2330-signatures.js';
import * as mailDelivery from './2026-11-28T2340-mail-delivery.js';
import * as blocklist from './2026-11-28T2350-blocklist.js';
import * as erasure from './2026-11-29T0000-erasure.js';
import * as offlineSignatures from './2026-11-29T0010-offline-signatures.js';
import * as eventSequence from './2026-11-29T0020-event-sequence.js';
import * as rsvps from './2026-11-29T0030-rsvps.js';
import * as appealEmbedOrigins from './2026-11-29T0100-appeal-embed-origins.js';
import * as signatureBuckets from './2026-11-29T0200-signature-buckets.js';
import * as signaturesByAppeal from './2026-11-29T0310-signatures-by-appeal.js';
import * as appealFormFields from './2026-11-29T0400-appeal-form-fields.js';
import * as partnershipInviter from './2026-11-29T0510-partnership-inviter.js';

export const migrations: Record<string, Migration> = {
  '2026-11-28T2200-read-side': readSide,
  '2026-11-28T2300-identity-and-access': identityAndAccess,
  '2026-11-28T2310-consent-versions': consentVersions,
  '2026-11-28T2330-signatures': signatures,
  '2026-11-28T2340-mail-delivery': mailDelivery,
  '2026-11-28T2350-blocklist': blocklist,
  '2026-11-29T0000-erasure': erasure,
  '2026-11-29T0010-offline-signatures': offlineSignatures,
  '2026-11-29T0020-event-sequence': eventSequence,
  '2026-11-29T0030-rsvps': rsvps,
  '2026-11-29T0100-appeal-embed-origins': appealEmbedOrigins,
  '2026-11-29T0200-signature-buckets': signatureBuckets,
  '2026-11-29T0310-signatures-by-appeal': signaturesByAppeal,
  '2026-11-29T0400-appeal-form-fields': appealFormFields,
  '2026-11-29T0510-partnership-inviter': partnershipInviter,
};
