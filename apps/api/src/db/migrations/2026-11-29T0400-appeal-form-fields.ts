// What each appeal's signing form asks for besides name, email and country: a postcode and a
// comment, each hidden, optional or required.
import { type Kysely, sql } from 'kysely';

// Kysely<any> on purpose: a migration must not change when database.ts does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('appeals')
    .addColumn('postcode_field', 'text', (col) =>
      col
        .notNull()
        .defaultTo('optional')
        .check(sql`postcode_field in ('hidden', 'optional', 'required')`),
    )
    .addColumn('comment_field', 'text', (col) =>
      col
        .notNull()
        .defaultTo('optional')
        .check(sql`comment_field in ('hidden', 'optional', 'required')`),
    )
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('appeals').dropColumn('postcode_field').dropColumn('comment_field').execute();
}
