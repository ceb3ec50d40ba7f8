// Behaviour that must be the same on embedded PGlite and on a Postgres server.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateDownOne, migrateToLatest } from '../src/db/migrate.js';
import { migrations } from '../src/db/migrations/index.js';
import { cloneTemplate, type TestDatabase } from './databases.js';
import { inject } from 'vitest';
import { anOrganisation } from './fixtures.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await cloneTemplate(inject('databaseTemplate'));
});
afterAll(() => database.dispose());

it('returns counts and bigints as numbers on both drivers', async () => {
  await anOrganisation(database.db, 'counted-org');
  const { rows } = await sql<{ total: unknown; big: unknown; small: unknown }>`
    select count(*) as total, 9007199254740991::int8 as big, 42::int4 as small from organisations`.execute(
    database.db,
  );
  expect(rows[0]).toEqual({ total: 1, big: 9007199254740991, small: 42 });
});

it('refuses a bigint that a JavaScript number cannot hold rather than rounding it', async () => {
  await expect(sql`select 9007199254740993::int8 as too_big`.execute(database.db)).rejects.toThrow(
    /does not fit/,
  );
});

it('reverts and re-applies every migration', async () => {
  const names = Object.keys(migrations);
  for (const name of [...names].reverse()) {
    expect(await migrateDownOne(database.db)).toEqual([name]);
  }
  await expect(sql`select 1 from campaigns`.execute(database.db)).rejects.toThrow();
  expect(await migrateToLatest(database.db)).toEqual(names);
  expect(await migrateToLatest(database.db)).toEqual([]);
});
