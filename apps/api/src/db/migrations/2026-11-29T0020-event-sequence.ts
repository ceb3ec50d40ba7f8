// A revision number for each event, so calendars that imported it replace their copy on change.
import type { Kysely } from 'kysely';

// Kysely<any> on purpose: a migration must not change when database.ts does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('events')
    .addColumn('sequence', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').dropColumn('sequence').execute();
}
