// Statistics benchmark: an appeal with many confirmed signatures (generated in SQL, not through the
// API), then the cost of the aggregator's rebuilds and of the statistics queries that read its
// hourly buckets, beside the exact GROUP BY over the signatures they replace.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/chorus_dev npm run bench:stats -w @chorus/api
//
// Options (environment): BENCH_SIGNATURES (default 1000000), BENCH_REPEAT (default 5).
import { sql } from 'kysely';
import { seedDemoData } from '../src/demo/seed.js';
import { recountSignatures } from '../src/modules/signatures/signatures.service.js';
import * as stats from '../src/modules/signatures/stats.repository.js';
import { cloneTemplate, createTemplate, dropTemplate } from '../test/databases.js';

const total = Number(process.env.BENCH_SIGNATURES ?? 1_000_000);
const repeat = Number(process.env.BENCH_REPEAT ?? 5);

async function timed(work: () => Promise<unknown>): Promise<{ medianMs: number; maxMs: number }> {
  const times: number[] = [];
  for (let i = 0; i < repeat; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: Number((times[Math.floor(times.length / 2)] ?? 0).toFixed(1)),
    maxMs: Number((times.at(-1) ?? 0).toFixed(1)),
  };
}

const template = await createTemplate(process.env.DATABASE_URL || undefined);
const database = await cloneTemplate(template);
const db = database.db;
try {
  await seedDemoData(db);
  const appeal = await db
    .selectFrom('appeals')
    .select('id')
    .where('slug', '=', 'korea-peace-appeal')
    .executeTakeFirstOrThrow();
  const partners = (await db.selectFrom('organisations').select('id').execute()).map((row) => row.id);
  const started = performance.now();
  // Ninety days of confirmations, five partners and no partner, thirty countries.
  await sql`
    insert into signatures (appeal_id, email_index, email_sealed, name_sealed, country, locale, status,
      consent_version, consent_to_lead, consent_to_partner, partner_organisation_id, created_at, confirmed_at)
    select ${appeal.id}::uuid, 'bench-' || n, 'x', 'x',
      (array['KR','JP','US','DE','FR','GB','CA','AU','NZ','SE','NO','DK','FI','NL','BE','CH','AT','IT','ES','PT',
             'IE','PH','IN','BR','MX','AR','ZA','KE','NG','EG'])[1 + n % 30],
      'en', 'confirmed', '2026-11-v1', n % 2 = 0, n % 3 = 0,
      (${sql.val(partners)}::uuid[])[1 + n % ${partners.length + 1}],
      now() - (n % 7776000) * interval '1 second', now() - (n % 7776000) * interval '1 second'
    from generate_series(1, ${total}) as n`.execute(db);
  const generatedMs = performance.now() - started;
  await sql`analyze signatures`.execute(db);

  const scope = { appealId: appeal.id, partnerOrganisationId: null };
  const partnerScope = { appealId: appeal.id, partnerOrganisationId: partners[0] ?? null };
  const fullRebuild = await timed(() => recountSignatures(db, null));
  const windowRebuild = await timed(() => recountSignatures(db, new Date(Date.now() - 60_000)));
  const buckets = await sql<{ n: number }>`select count(*)::int8 as n from signature_buckets`.execute(db);
  const fromBuckets = await timed(() =>
    Promise.all([
      stats.confirmedOverTime(db, scope, 'day', { from: null, to: null }),
      stats.confirmedByCountry(db, scope),
      stats.confirmedByPartner(db, appeal.id),
      stats.countByStatus(db, scope),
    ]),
  );
  const partnerFromBuckets = await timed(() =>
    Promise.all([
      stats.confirmedOverTime(db, partnerScope, 'hour', { from: null, to: null }),
      stats.confirmedByCountry(db, partnerScope),
      stats.countByStatus(db, partnerScope),
    ]),
  );
  const exactGroupBy = await timed(() =>
    Promise.all([
      sql`select date_trunc('day', confirmed_at at time zone 'UTC'), count(*) from signatures
          where appeal_id = ${appeal.id}::uuid and status = 'confirmed' group by 1`.execute(db),
      sql`select country, count(*) from signatures
          where appeal_id = ${appeal.id}::uuid and status = 'confirmed' group by 1`.execute(db),
      sql`select partner_organisation_id, count(*) from signatures
          where appeal_id = ${appeal.id}::uuid and status = 'confirmed' group by 1`.execute(db),
    ]),
  );
  const result = {
    driver: database.driver,
    signatures: total,
    buckets: buckets.rows[0]?.n ?? 0,
    generatedSeconds: Number((generatedMs / 1000).toFixed(1)),
    fullRebuild,
    lastMinuteRebuild: windowRebuild,
    statsFromBuckets: fromBuckets,
    partnerStatsFromBuckets: partnerFromBuckets,
    exactGroupByForComparison: exactGroupBy,
  };
  console.table({
    'full rebuild (every 10 min)': fullRebuild,
    'last-minute rebuild (every 2 s)': windowRebuild,
    'appealStats, whole appeal': fromBuckets,
    'appealStats, one partner': partnerFromBuckets,
    'exact GROUP BY (before buckets)': exactGroupBy,
  });
  console.log(JSON.stringify(result));
} finally {
  await database.dispose();
  await dropTemplate(template);
}
