import type { Kysely } from 'kysely';
import type { Database, NewOrganisationRow, OrganisationRow } from '../../db/database.js';

export async function findOrganisationsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('organisations').selectAll().where('id', 'in', ids).execute();
}

export async function findOrganisationBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<OrganisationRow | null> {
  return (
    (await db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst()) ?? null
  );
}

/** Organisations by name, limit + 1 rows from offset, optionally those whose name or slug contains `search`. */
export async function listOrganisationRows(
  db: Kysely<Database>,
  options: { offset: number; limit: number; search: string | null },
): Promise<OrganisationRow[]> {
  let query = db.selectFrom('organisations').selectAll();
  if (options.search) {
    const pattern = `%${options.search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query = query.where((eb) => eb.or([eb('name', 'ilike', pattern), eb('slug', 'ilike', pattern)]));
  }
  return query
    .orderBy('name')
    .orderBy('id')
    .offset(options.offset)
    .limit(options.limit + 1)
    .execute();
}

export async function countOrganisations(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return count;
}

export async function insertOrganisation(
  db: Kysely<Database>,
  organisation: NewOrganisationRow,
): Promise<OrganisationRow> {
  return db.insertInto('organisations').values(organisation).returningAll().executeTakeFirstOrThrow();
}

export async function updateOrganisationRow(
  db: Kysely<Database>,
  id: string,
  changes: Omit<Partial<NewOrganisationRow>, 'id' | 'created_at'>,
): Promise<OrganisationRow> {
  return db
    .updateTable('organisations')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
