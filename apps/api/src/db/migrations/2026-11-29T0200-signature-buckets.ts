// Confirmed signatures per appeal, partner, country and hour, kept by the background aggregator,
// so statistics over a million signatures read a few thousand small rows instead of scanning them.
import { type Kysely, sql } from 'kysely';

// Kysely<any> on purpose: a migration must not change when database.ts does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('signature_buckets')
    .addColumn('appeal_id', 'uuid', (col) => col.notNull().references('appeals.id').onDelete('cascade'))
    // No foreign key: a bucket is a figure, not a link, and must survive a partner leaving.
    .addColumn('partner_organisation_id', 'uuid')
    .addColumn('country', 'char(2)', (col) => col.notNull())
    .addColumn('hour', 'timestamptz', (col) => col.notNull())
    .addColumn('confirmed', 'integer', (col) => col.notNull().check(sql`confirmed > 0`))
    .execute();
  await db.schema
    .createIndex('signature_buckets_appeal_hour_idx')
    .on('signature_buckets')
    .columns(['appeal_id', 'hour'])
    .execute();
  // The opt-in funnel counts the signatures not (yet) confirmed per appeal and partner.
  await db.schema
    .createIndex('signatures_unconfirmed_idx')
    .on('signatures')
    .columns(['appeal_id', 'status', 'partner_organisation_id'])
    .where(sql.ref('status'), '<>', 'confirmed')
    .execute();
  // Fill from what is already there, so statistics are right from the first start after upgrading.
  await sql`
    insert into signature_buckets (appeal_id, partner_organisation_id, country, hour, confirmed)
    select appeal_id, partner_organisation_id, country,
      date_trunc('hour', confirmed_at at time zone 'UTC') at time zone 'UTC', count(*)
    from signatures where status = 'confirmed'
    group by 1, 2, 3, 4`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('signatures_unconfirmed_idx').execute();
  await db.schema.dropTable('signature_buckets').execute();
}
