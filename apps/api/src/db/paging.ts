// One page of a child list for many parents in one statement: the inner query numbers each
// parent's rows with `positionWithin`, and `pagePerParent` keeps positions offset+1 … offset+limit.
import { sql, type Compilable, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './database.js';

/** `row_number() over (partition by <parent> order by <order>) as position` */
export function positionWithin(parentColumn: string, order: RawBuilder<unknown>) {
  return sql<number>`row_number() over (partition by ${sql.ref(parentColumn)} order by ${order})`.as(
    'position',
  );
}

export async function pagePerParent<Row extends { position: number }>(
  db: Kysely<Database>,
  ranked: Compilable<Row>,
  parentColumn: string,
  page: { offset: number; limit: number },
): Promise<Row[]> {
  const { rows } = await sql<Row>`
    select * from (${ranked}) as ranked
    where position > ${page.offset} and position <= ${page.offset + page.limit}
    order by ${sql.ref(parentColumn)}, position`.execute(db);
  return rows;
}
