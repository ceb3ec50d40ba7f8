// Signatures gathered on paper, added to an appeal's count in batches by admins.
import { type Kysely, sql } from 'kysely';

// Kysely<any> on purpose: a migration must not change when database.ts does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('offline_signature_batches')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('appeal_id', 'uuid', (col) => col.notNull().references('appeals.id').onDelete('cascade'))
    .addColumn('count', 'integer', (col) => col.notNull().check(sql`count <> 0`))
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('created_by', 'uuid', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('offline_batches_appeal_idx')
    .on('offline_signature_batches')
    .column('appeal_id')
    .execute();
  await db.schema
    .alterTable('appeal_counts')
    .addColumn('offline', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('appeal_counts').dropColumn('offline').execute();
  await db.schema.dropTable('offline_signature_batches').execute();
}
