// Signatures, with personal data sealed (AES-256-GCM) and found again only through keyed hashes;
// and per-appeal counts kept by a background aggregator, so signing never updates a shared row.
import { type Kysely, sql } from 'kysely';

// Kysely<any> on purpose: a migration must not change when database.ts does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('appeals')
    .addColumn('double_opt_in', 'boolean', (col) => col.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('signatures')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('public_id', 'uuid', (col) =>
      col
        .notNull()
        .unique()
        .defaultTo(sql`gen_random_uuid()`),
    )
    .addColumn('appeal_id', 'uuid', (col) => col.notNull().references('appeals.id').onDelete('cascade'))
    // HMAC of the canonical email: finds the same person again without storing the address in clear.
    .addColumn('email_index', 'text', (col) => col.notNull())
    .addColumn('email_sealed', 'text', (col) => col.notNull())
    .addColumn('name_sealed', 'text', (col) => col.notNull())
    .addColumn('postcode_sealed', 'text')
    .addColumn('comment_sealed', 'text')
    .addColumn('country', 'char(2)', (col) => col.notNull())
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('pending', 'confirmed', 'suspect', 'invalid')`),
    )
    .addColumn('consent_version', 'text', (col) => col.notNull())
    .addColumn('consent_to_lead', 'boolean', (col) => col.notNull())
    .addColumn('consent_to_partner', 'boolean', (col) => col.notNull())
    .addColumn('partner_organisation_id', 'uuid', (col) => col.references('organisations.id'))
    .addColumn('utm', 'jsonb')
    .addColumn('referrer', 'text')
    .addColumn('ip_hash', 'text')
    .addColumn('confirm_token_hash', 'text', (col) => col.unique())
    // The same token, sealed, so the reminder can repeat the link of the first mail.
    .addColumn('confirm_token_sealed', 'text')
    .addColumn('confirm_expires_at', 'timestamptz')
    .addColumn('reminded_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('confirmed_at', 'timestamptz')
    // One signature per person per appeal, even when the same person submits twice at once.
    .addUniqueConstraint('signatures_appeal_email_key', ['appeal_id', 'email_index'])
    .execute();
  await db.schema
    .createIndex('signatures_confirmed_idx')
    .on('signatures')
    .columns(['confirmed_at', 'appeal_id'])
    .where(sql.ref('status'), '=', 'confirmed')
    .execute();
  await db.schema
    .createIndex('signatures_pending_idx')
    .on('signatures')
    .column('created_at')
    .where(sql.ref('status'), '=', 'pending')
    .execute();
  await db.schema
    .createIndex('signatures_partner_idx')
    .on('signatures')
    .columns(['partner_organisation_id', 'appeal_id', 'id'])
    .execute();

  await db.schema
    .createTable('appeal_counts')
    .addColumn('appeal_id', 'uuid', (col) => col.primaryKey().references('appeals.id').onDelete('cascade'))
    .addColumn('confirmed', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('appeal_counts').execute();
  await db.schema.dropTable('signatures').execute();
  await db.schema.alterTable('appeals').dropColumn('double_opt_in').execute();
}
