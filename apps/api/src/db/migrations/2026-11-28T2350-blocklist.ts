// Addresses and mail domains whose signatures are taken quietly but never counted or mailed.
import { type Kysely, sql } from 'kysely';

// Kysely<any> on purpose: a migration must not change when database.ts does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('blocklist')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('ip_hash', 'email_domain')`))
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('created_by', 'uuid', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('blocklist_kind_value_key', ['kind', 'value'])
    .execute();
  await db.schema
    .alterTable('signatures')
    .addColumn('suspect_reason', 'text')
    // Keyed hash of the email's domain, so admins can find (and invalidate) a domain's signatures.
    .addColumn('email_domain_hash', 'text')
    .execute();
  await db.schema
    .createIndex('signatures_email_domain_idx')
    .on('signatures')
    .column('email_domain_hash')
    .execute();
  await db.schema.createIndex('signatures_ip_hash_idx').on('signatures').column('ip_hash').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('signatures_ip_hash_idx').execute();
  await db.schema.dropIndex('signatures_email_domain_idx').execute();
  await db.schema
    .alterTable('signatures')
    .dropColumn('suspect_reason')
    .dropColumn('email_domain_hash')
    .execute();
  await db.schema.dropTable('blocklist').execute();
}
