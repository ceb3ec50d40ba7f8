// Statements run again and again are prepared once per connection on Postgres: which ones are, that
// the rest are not, and what happens when a table changes under a prepared statement.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../src/db/connect.js';
import { preparingClient, StatementNames } from '../src/db/prepared-statements.js';
import { cloneTemplate, type TestDatabase } from './databases.js';

describe.skipIf(process.env.DATABASE_URL === undefined)('prepared statements on Postgres', () => {
  let database: TestDatabase;
  let names: StatementNames;
  let db: Kysely<Record<string, never>>;

  beforeAll(async () => {
    database = await cloneTemplate(inject('databaseTemplate'));
    if (!('databaseUrl' in database.connection)) throw new Error('Postgres only');
    names = new StatementNames({ maxStatements: 3, maxParameters: 4, namedFromRun: 2 });
    // One connection, so that every statement below runs on the same one.
    const pool = new pg.Pool({
      connectionString: database.connection.databaseUrl,
      max: 1,
      Client: preparingClient(names),
    });
    db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  });
  afterAll(async () => {
    await db.destroy();
    await database.dispose();
  });

  let asked = 0;
  /** The statements prepared on the connection, by their text; each asks in a text of its own, run once. */
  async function prepared(): Promise<string[]> {
    asked += 1;
    const { rows } = await sql
      .raw<{ statement: string }>(`select statement from pg_prepared_statements -- ${asked}`)
      .execute(db);
    return rows.map((row) => row.statement);
  }

  it('names a text from its second run, and gives the same answers', async () => {
    const once = await sql<{ n: number }>`select ${1}::int + 1 as n`.execute(db);
    expect(once.rows).toEqual([{ n: 2 }]);
    expect(await prepared()).toEqual([]);
    const twice = await sql<{ n: number }>`select ${2}::int + 1 as n`.execute(db);
    const thrice = await sql<{ n: number }>`select ${3}::int + 1 as n`.execute(db);
    expect([twice.rows, thrice.rows]).toEqual([[{ n: 3 }], [{ n: 4 }]]);
    expect(await prepared()).toEqual(['select $1::int + 1 as n']);
    expect(names.size).toBe(1);
  });

  it('never names a text with more parameters than allowed, or with a list of them', async () => {
    for (let run = 0; run < 3; run += 1) {
      await sql`select ${1}::int, ${2}::int, ${3}::int, ${4}::int, ${5}::int`.execute(db);
      const list = await sql<{
        n: number;
      }>`select n from generate_series(1, 5) n where n in (${sql.join([2, 4])})`.execute(db);
      expect(list.rows).toEqual([{ n: 2 }, { n: 4 }]);
    }
    expect(await prepared()).toEqual(['select $1::int + 1 as n']);
  });

  it('names a bounded number of texts, and runs the others without a name', async () => {
    for (const text of ['select 1 as a', 'select 2 as b', 'select 3 as c', 'select 4 as d']) {
      for (let run = 0; run < 2; run += 1) await sql.raw(text).execute(db);
    }
    // One was named above; the bound of three leaves room for two of these four.
    expect(names.size).toBe(3);
    expect(await prepared()).toEqual(
      expect.arrayContaining(['select $1::int + 1 as n', 'select 1 as a', 'select 2 as b']),
    );
    expect(await prepared()).toHaveLength(3);
    expect((await sql.raw<{ d: number }>('select 4 as d').execute(db)).rows).toEqual([{ d: 4 }]);
  });

  it('runs a prepared text without a name once its table has changed columns', async () => {
    const fresh = new StatementNames();
    const pool = new pg.Pool({
      connectionString: (database.connection as { databaseUrl: string }).databaseUrl,
      max: 1,
      Client: preparingClient(fresh),
    });
    const own = new Kysely<Record<string, never>>({ dialect: new PostgresDialect({ pool }) });
    try {
      await sql`create table prepared_probe (id int primary key)`.execute(own);
      await sql`insert into prepared_probe values (1)`.execute(own);
      const read = () =>
        sql<Record<string, unknown>>`select * from prepared_probe where id = ${1}`.execute(own);
      await read();
      await read();
      expect(fresh.size).toBe(1);
      await sql`alter table prepared_probe add column note text default 'added'`.execute(own);
      // Postgres refuses the prepared plan ("cached plan must not change result type"): the read
      // goes again without a name, and gets the new column.
      expect((await read()).rows).toEqual([{ id: 1, note: 'added' }]);
      expect((await read()).rows).toEqual([{ id: 1, note: 'added' }]);
    } finally {
      await own.destroy();
    }
  });

  it("is on for Chorus's pool unless CHORUS_PREPARED_STATEMENTS=off turned it off", async () => {
    const databaseUrl = (database.connection as { databaseUrl: string }).databaseUrl;
    const preparedBy = async (preparedStatements: boolean | undefined) => {
      const opened = await openDatabase({
        databaseUrl,
        dataDir: '',
        maxConnections: 1,
        ...(preparedStatements === undefined ? {} : { preparedStatements }),
      });
      try {
        for (let run = 0; run < 3; run += 1) await sql`select ${run}::int as run`.execute(opened.db);
        const { rows } = await sql<{
          statement: string;
        }>`select statement from pg_prepared_statements`.execute(opened.db);
        return rows.map((row) => row.statement);
      } finally {
        await opened.close();
      }
    };
    expect(await preparedBy(undefined)).toEqual(['select $1::int as run']);
    expect(await preparedBy(false)).toEqual([]);
  });
});
