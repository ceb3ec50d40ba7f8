// The read side of the domain: organisations, campaigns, partnerships, appeals and events.
import { type Kysely, sql } from 'kysely';

function inList(values: readonly string[]) {
  return sql.join(values.map((value) => sql.lit(value)));
}

// Kysely<any> on purpose: a migration must not change when database.ts does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('website', 'text')
    .addColumn('country', 'char(2)')
    .addColumn('description', 'text')
    .addColumn('logo_url', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in (${inList(['draft', 'active', 'paused', 'closed', 'archived'])})`),
    )
    .addColumn('starts_at', 'timestamptz')
    .addColumn('ends_at', 'timestamptz')
    .addColumn('lead_organisation_id', 'uuid', (col) => col.notNull().references('organisations.id'))
    .addColumn('default_locale', 'text', (col) => col.notNull())
    .addColumn('translations', 'jsonb', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'campaigns_ends_after_start',
      sql`ends_at is null or starts_at is null or ends_at > starts_at`,
    )
    .execute();
  // The public campaign list pages newest first by (created_at, id).
  await db.schema
    .createIndex('campaigns_created_idx')
    .on('campaigns')
    .columns(['created_at', 'id'])
    .execute();

  await db.schema
    .createTable('partnerships')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('campaign_id', 'uuid', (col) => col.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (col) => col.notNull().references('organisations.id'))
    .addColumn('role', 'text', (col) =>
      col.notNull().check(sql`role in (${inList(['lead', 'partner', 'supporter'])})`),
    )
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in (${inList(['invited', 'active', 'left'])})`),
    )
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('partnerships_campaign_organisation_key', ['campaign_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('partnerships_organisation_idx')
    .on('partnerships')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('appeals')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('campaign_id', 'uuid', (col) => col.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in (${inList(['draft', 'open', 'closed'])})`),
    )
    .addColumn('goal', 'integer', (col) => col.check(sql`goal is null or goal > 0`))
    .addColumn('opens_at', 'timestamptz')
    .addColumn('closes_at', 'timestamptz')
    .addColumn('consent_version', 'text', (col) => col.notNull())
    .addColumn('default_locale', 'text', (col) => col.notNull())
    .addColumn('translations', 'jsonb', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'appeals_closes_after_open',
      sql`closes_at is null or opens_at is null or closes_at > opens_at`,
    )
    .execute();
  await db.schema
    .createIndex('appeals_campaign_idx')
    .on('appeals')
    .columns(['campaign_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('campaign_id', 'uuid', (col) => col.notNull().references('campaigns.id').onDelete('cascade'))
    .addColumn('host_organisation_id', 'uuid', (col) => col.notNull().references('organisations.id'))
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in (${inList(['scheduled', 'cancelled', 'completed'])})`),
    )
    .addColumn('format', 'text', (col) =>
      col.notNull().check(sql`format in (${inList(['in_person', 'online', 'hybrid'])})`),
    )
    .addColumn('starts_at', 'timestamptz', (col) => col.notNull())
    .addColumn('ends_at', 'timestamptz', (col) => col.notNull())
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('venue', 'text')
    .addColumn('address', 'text')
    .addColumn('capacity', 'integer', (col) => col.check(sql`capacity is null or capacity > 0`))
    .addColumn('default_locale', 'text', (col) => col.notNull())
    .addColumn('translations', 'jsonb', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('events_ends_after_start', sql`ends_at > starts_at`)
    .execute();
  await db.schema
    .createIndex('events_campaign_idx')
    .on('events')
    .columns(['campaign_id', 'starts_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['events', 'appeals', 'partnerships', 'campaigns', 'organisations']) {
    await db.schema.dropTable(table).execute();
  }
}
