// The admins' signature table pages an appeal's signatures newest first by id: with this index a
// page is read straight off the index however many signatures the appeal has.
import type { Kysely } from 'kysely';

// Kysely<any> on purpose: a migration must not change when database.ts does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('signatures_appeal_id_idx')
    .on('signatures')
    .columns(['appeal_id', 'id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('signatures_appeal_id_idx').execute();
}
