// Who invited an organisation into a campaign, so its owners see who is asking before they accept.
import type { Kysely } from 'kysely';

// Kysely<any> on purpose: a migration must not change when database.ts does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('partnerships')
    .addColumn('invited_by', 'uuid', (col) => col.references('users.id').onDelete('set null'))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('partnerships').dropColumn('invited_by').execute();
}
