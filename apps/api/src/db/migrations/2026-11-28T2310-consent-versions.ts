// Every version of an appeal's consent text, so each signature can point at the words its signer
// agreed to even after the text changes.
import { type Kysely, sql } from 'kysely';

// Kysely<any> on purpose: a migration must not change when database.ts does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('appeal_consent_versions')
    .addColumn('appeal_id', 'uuid', (col) => col.notNull().references('appeals.id').onDelete('cascade'))
    .addColumn('version', 'text', (col) => col.notNull())
    // { "<locale>": "<consent text>" }
    .addColumn('texts', 'jsonb', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('appeal_consent_versions_pkey', ['appeal_id', 'version'])
    .execute();
  // Appeals created before this migration keep their current text as their current version.
  await sql`
    insert into appeal_consent_versions (appeal_id, version, texts)
    select a.id, a.consent_version, coalesce(
      (select jsonb_object_agg(t.key, t.value -> 'consentText') from jsonb_each(a.translations) as t),
      '{}'::jsonb)
    from appeals as a`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('appeal_consent_versions').execute();
}
