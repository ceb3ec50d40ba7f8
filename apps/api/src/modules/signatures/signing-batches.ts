// The statements every signature makes, shared by the signatures arriving together: in a surge,
// the signers of one moment read their appeal in one statement, are checked against the block
// list in one, and are stored with their mails in one (see db/batcher.ts). One per process.
import type { Kysely } from 'kysely';
import { Batcher, DEFAULT_BATCHER_OPTIONS, type BatcherOptions } from '../../db/batcher.js';
import type { Database } from '../../db/database.js';
import { findAppealsForSigning, type AppealForSigning } from '../appeals/appeals.service.js';
import { activePartnerIds } from '../partnerships/partnerships.service.js';
import { areBlocked, insertSignaturesWithMail, type SignatureToInsert } from './signatures.repository.js';

export class SigningBatches {
  private readonly appeals: Batcher<string, AppealForSigning | null>;
  private readonly partners: Batcher<{ campaignId: string; organisationSlug: string }, string | null>;
  private readonly blocks: Batcher<{ ipHash: string | null; emailDomain: string }, boolean>;
  private readonly inserts: Batcher<SignatureToInsert, boolean>;

  /** `observeBatch` is told each batch's statement and size, for /metrics. */
  constructor(
    db: Kysely<Database>,
    observeBatch: (statement: string, size: number) => void = () => undefined,
    options: BatcherOptions = DEFAULT_BATCHER_OPTIONS,
  ) {
    const named = (statement: string): BatcherOptions => ({
      ...options,
      onBatch: (size) => observeBatch(statement, size),
    });
    this.appeals = new Batcher((slugs) => findAppealsForSigning(db, slugs), named('appeal'));
    this.partners = new Batcher((keys) => activePartnerIds(db, keys), named('partner'));
    this.blocks = new Batcher((entries) => areBlocked(db, entries), named('blocklist'));
    this.inserts = new Batcher((items) => insertSignaturesWithMail(db, items), named('insert'));
  }

  /** The appeal with this slug and its campaign's status, or null. */
  appeal(slug: string): Promise<AppealForSigning | null> {
    return this.appeals.submit(slug);
  }

  /** The organisation with this slug if it is an active partner of the campaign, or null. */
  activePartnerId(campaignId: string, organisationSlug: string): Promise<string | null> {
    return this.partners.submit({ campaignId, organisationSlug });
  }

  /** Whether the address or the email's domain is on the block list. */
  isBlocked(entry: { ipHash: string | null; emailDomain: string }): Promise<boolean> {
    return this.blocks.submit(entry);
  }

  /** Stores the signature unless its person had signed, with the mail for what happened; true if new. */
  insert(item: SignatureToInsert): Promise<boolean> {
    return this.inserts.submit(item);
  }
}
