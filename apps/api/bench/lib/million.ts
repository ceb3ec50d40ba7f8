// A million signatures of the demo appeal and a hundred thousand of another, generated in SQL, not
// through the API. Personal data is sealed with the bench server's key (from a pool of a thousand
// sealed values, so exports and the admins' list open real ciphertexts), statuses are mixed as in
// a real appeal, and confirmations spread over ninety days.
import { sql } from 'kysely';
import { secretsFrom } from '../../src/modules/privacy/secrets.js';
import { recountSignatures } from '../../src/modules/signatures/signatures.service.js';
import type { BenchDatabase } from './database.js';
import type { MillionFacts } from './context.js';
import { BENCH_KEY } from './server.js';

const POOL = 1000;

async function generate(
  database: BenchDatabase,
  appealId: string,
  total: number,
  prefix: string,
): Promise<void> {
  const secrets = secretsFrom(BENCH_KEY);
  const names = Array.from({ length: POOL }, (_, n) => secrets.seal(`Generated Signer ${n}`));
  const emails = Array.from({ length: POOL }, (_, n) => secrets.seal(`generated.signer.${n}@example.org`));
  const postcodes = Array.from({ length: POOL }, (_, n) => secrets.seal(`0${3100 + n}`));
  const comments = Array.from({ length: POOL }, (_, n) => secrets.seal(`Peace now, from signer ${n}.`));
  const partners = (await database.db.selectFrom('organisations').select('id').execute()).map(
    (row) => row.id,
  );
  await sql`
    insert into signatures (appeal_id, email_index, email_sealed, name_sealed, postcode_sealed, comment_sealed,
      country, locale, status, suspect_reason, consent_version, consent_to_lead, consent_to_partner,
      partner_organisation_id, utm, referrer, ip_hash, email_domain_hash, created_at, confirmed_at)
    select ${appealId}::uuid, ${prefix} || n,
      (${sql.val(emails)}::text[])[1 + n % ${POOL}], (${sql.val(names)}::text[])[1 + n % ${POOL}],
      case when n % 3 = 0 then (${sql.val(postcodes)}::text[])[1 + n % ${POOL}] end,
      case when n % 10 = 0 then (${sql.val(comments)}::text[])[1 + n % ${POOL}] end,
      (array['KR','JP','US','DE','FR','GB','CA','AU','NZ','SE','NO','DK','FI','NL','BE','CH','AT','IT','ES','PT',
             'IE','PH','IN','BR','MX','AR','ZA','KE','NG','EG'])[1 + n % 30],
      (array['en','ko','ja'])[1 + n % 3]::text,
      case when n % 100 < 90 then 'confirmed' when n % 100 < 97 then 'pending'
           when n % 100 < 99 then 'suspect' else 'invalid' end,
      case when n % 100 in (97, 98) then 'burst limit' end,
      '2026-11-v1', n % 2 = 0, n % 3 = 0,
      (${sql.val(partners)}::uuid[])[1 + n % ${partners.length + 1}],
      case when n % 4 = 0 then '{"source":"newsletter","medium":"email","campaign":"surge"}'::jsonb end,
      case when n % 5 = 0 then 'https://partner.example/appeal' end,
      md5('ip' || n % 50000), md5('domain' || n % 200),
      now() - (n % 7776000) * interval '1 second',
      case when n % 100 < 90 then now() - (n % 7776000) * interval '1 second' end
    from generate_series(1, ${total}) as n`.execute(database.db);
}

export async function generateMillion(database: BenchDatabase): Promise<MillionFacts> {
  const { db } = database;
  const big = Number(process.env.BENCH_SIGNATURES ?? 1_000_000);
  const small = Math.round(big / 10);
  const started = performance.now();
  const demo = await db
    .selectFrom('appeals')
    .select(['id', 'slug'])
    .where('slug', '=', 'korea-peace-appeal')
    .executeTakeFirstOrThrow();
  await sql`
    insert into appeals (campaign_id, slug, status, goal, opens_at, closes_at, consent_version, double_opt_in,
      default_locale, translations, allowed_embed_origins)
    select campaign_id, 'bench-export-small', status, goal, opens_at, closes_at, consent_version, double_opt_in,
      default_locale, translations, allowed_embed_origins
    from appeals where slug = 'korea-peace-appeal'
    on conflict (slug) do nothing`.execute(db);
  const other = await db
    .selectFrom('appeals')
    .select(['id', 'slug'])
    .where('slug', '=', 'bench-export-small')
    .executeTakeFirstOrThrow();
  await generate(database, demo.id, big, 'bench-big-');
  await generate(database, other.id, small, 'bench-small-');
  await sql`vacuum analyze signatures`.execute(db);
  await recountSignatures(db, null);
  const countOf = async (appealId: string) =>
    Number(
      (
        await db
          .selectFrom('signatures')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('appeal_id', '=', appealId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    bigAppeal: { ...demo, signatures: await countOf(demo.id) },
    smallAppeal: { ...other, signatures: await countOf(other.id) },
    generatedSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
