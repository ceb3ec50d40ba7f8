// Pages of one appeal's signatures must be read off the (appeal_id, id) index, also when a big,
// older appeal and a newer one share the table: walking the primary key instead reads past every
// signature of the other appeal that lies between the page and the end of the table.
import { CompiledQuery, sql, type Compilable } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminPageQuery, exportPageQuery } from '../src/modules/signatures/signature-pages.repository.js';
import { aCampaign, anAppeal, anOrganisation } from './fixtures.js';
import { startTestApi, type TestApi } from './harness.js';

let api: TestApi;
let older: string;
let newer: string;

/** Adds `count` signatures to the appeal, in one statement. */
async function signatures(appealId: string, count: number, prefix: string) {
  await sql`
    insert into signatures (appeal_id, email_index, email_sealed, name_sealed, country, locale, status,
      consent_version, consent_to_lead, consent_to_partner, confirmed_at)
    select ${appealId}::uuid, ${prefix} || n, 'v1.x', 'v1.x', 'KR', 'ko', 'confirmed', 'v1', false, false, now()
    from generate_series(1, ${count}) as n`.execute(api.database.db);
}

beforeAll(async () => {
  api = await startTestApi();
  const db = api.database.db;
  await anOrganisation(db, 'plans-org');
  await aCampaign(db, 'plans-campaign', { lead: 'plans-org' });
  older = (await anAppeal(db, 'plans-older', { campaign: 'plans-campaign' })).id;
  newer = (await anAppeal(db, 'plans-newer', { campaign: 'plans-campaign' })).id;
  // The big appeal's signatures first, then the newer appeal's after them.
  await signatures(older, 30_000, 'older-');
  await signatures(newer, 3_000, 'newer-');
  await sql`analyze signatures`.execute(db);
});

afterAll(() => api.close());

async function plan(query: Compilable): Promise<string> {
  const compiled = query.compile();
  const { rows } = await api.database.db.executeQuery(
    CompiledQuery.raw(`explain ${compiled.sql}`, [...compiled.parameters]),
  );
  return rows.map((row) => Object.values(row as Record<string, string>).join('')).join('\n');
}

const NO_FILTER = {
  status: null,
  partnerOrganisationId: null,
  country: null,
  emailIndex: null,
  ipHash: null,
};

it("reads the newest page of a big appeal off the appeal's index, not past a newer appeal", async () => {
  const newest = await plan(
    adminPageQuery(api.database.db, older, NO_FILTER, { beforeId: null, limit: 101 }),
  );
  expect(newest).toContain('signatures_appeal_id_idx');
  expect(newest).not.toContain('signatures_pkey');
});

it("exports a newer appeal off the appeal's index, not past the older appeal before it", async () => {
  const first = await plan(exportPageQuery(api.database.db, newer, { afterId: null, limit: 500 }));
  expect(first).toContain('signatures_appeal_id_idx');
  expect(first).not.toContain('signatures_pkey');
});

it('still answers exactly the appeal asked for, in id order', async () => {
  const page = await adminPageQuery(api.database.db, older, NO_FILTER, {
    beforeId: null,
    limit: 5,
  }).execute();
  expect(page.map((row) => row.appeal_id)).toEqual(Array(5).fill(older));
  expect(page.map((row) => row.id)).toEqual([...page.map((row) => row.id)].sort((a, b) => b - a));
  const exported = await exportPageQuery(api.database.db, newer, { afterId: null, limit: 3_500 }).execute();
  expect(exported).toHaveLength(3_000);
  expect(exported.map((row) => row.id)).toEqual([...exported.map((row) => row.id)].sort((a, b) => a - b));
});
