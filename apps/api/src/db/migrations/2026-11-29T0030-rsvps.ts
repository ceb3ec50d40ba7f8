// Registrations for events, with personal data sealed as for signatures, a waitlist when an
// event is full, and a private link (hashed at rest) to see or cancel a registration.
import { type Kysely, sql } from 'kysely';

// Kysely<any> on purpose: a migration must not change when database.ts does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rsvps')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('public_id', 'uuid', (col) =>
      col
        .notNull()
        .unique()
        .defaultTo(sql`gen_random_uuid()`),
    )
    .addColumn('event_id', 'uuid', (col) => col.notNull().references('events.id').onDelete('cascade'))
    .addColumn('email_index', 'text', (col) => col.notNull())
    .addColumn('email_sealed', 'text', (col) => col.notNull())
    .addColumn('name_sealed', 'text', (col) => col.notNull())
    .addColumn('country', 'char(2)')
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('time_zone', 'text')
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('registered', 'waitlisted', 'cancelled')`),
    )
    .addColumn('consent_to_lead', 'boolean', (col) => col.notNull())
    .addColumn('consent_to_partner', 'boolean', (col) => col.notNull())
    .addColumn('partner_organisation_id', 'uuid', (col) => col.references('organisations.id'))
    .addColumn('manage_token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('manage_token_sealed', 'text', (col) => col.notNull())
    .addColumn('ip_hash', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('promoted_at', 'timestamptz')
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('attended_at', 'timestamptz')
    .addColumn('reminded_day_before_at', 'timestamptz')
    .addColumn('reminded_hour_before_at', 'timestamptz')
    .addColumn('erased_at', 'timestamptz')
    .addUniqueConstraint('rsvps_event_email_key', ['event_id', 'email_index'])
    .execute();
  await db.schema
    .createIndex('rsvps_event_status_idx')
    .on('rsvps')
    .columns(['event_id', 'status', 'id'])
    .execute();
  // How to join an online or hybrid event: given to registrants only, never in public data.
  await db.schema.alterTable('events').addColumn('join_url', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').dropColumn('join_url').execute();
  await db.schema.dropTable('rsvps').execute();
}
