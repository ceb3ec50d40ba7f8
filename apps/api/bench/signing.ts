// Signing benchmark: how many signatures a second one API process takes, and how fast it answers.
// Runs against a fresh database on the Postgres server in DATABASE_URL (or on PGlite without it),
// then checks that every answered signature is stored, and every stored one counted.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/chorus_dev npm run bench:signing -w @chorus/api
//
// Options (environment): BENCH_SECONDS (default 20), BENCH_CONNECTIONS (default 50).
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { buildApp } from '../src/http/app.js';
import { secretsFrom } from '../src/modules/privacy/secrets.js';
import { DEFAULT_SIGNING_LIMITS, SigningGuard } from '../src/modules/signatures/signing-guard.js';
import { recountSignatures } from '../src/modules/signatures/signatures.service.js';
import { seedDemoData } from '../src/demo/seed.js';
import { cloneTemplate, createTemplate, dropTemplate } from '../test/databases.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

const template = await createTemplate(process.env.DATABASE_URL || undefined);
const database = await cloneTemplate(template);
try {
  await seedDemoData(database.db);
  // Every request comes from 127.0.0.1: lift the per-address limits, and confirm at once so the
  // count can be checked without a mail round trip.
  await sql`update appeals set double_opt_in = false`.execute(database.db);
  const app = await buildApp(
    {
      isProduction: true,
      logLevel: 'warn',
      secrets: secretsFrom(Buffer.alloc(32, 1)),
      signingGuard: new SigningGuard({ ...DEFAULT_SIGNING_LIMITS, burst: 1e9, sustained: 1e9 }),
    },
    database,
  );
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  let sequence = 0;
  const query = `mutation ($input: SignAppealInput!) { signAppeal(input: $input) { __typename } }`;
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => {
          sequence += 1;
          return {
            ...request,
            body: JSON.stringify({
              query,
              variables: {
                input: {
                  appealSlug: 'korea-peace-appeal',
                  name: `Bench Signer ${sequence}`,
                  email: `signer${sequence}@bench.example`,
                  country: 'KR',
                  locale: 'en',
                  consentToLead: sequence % 2 === 0,
                  consentVersion: '2026-11-v1',
                },
              },
            }),
          };
        },
      },
    ],
  });
  await app.close();
  // Requests still in flight when the clock stopped finish after it: let them land before checking.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const stored = (await sql<{ count: number }>`select count(*) as count from signatures`.execute(database.db))
    .rows[0]?.count;
  await recountSignatures(database.db, null);
  const counted = (await database.db.selectFrom('appeal_counts').select('confirmed').executeTakeFirst())
    ?.confirmed;
  const ok = result['2xx'];
  console.log(
    JSON.stringify(
      {
        database: database.driver,
        seconds,
        connections,
        requests: result.requests.total,
        ok,
        errors: result.errors + result.non2xx,
        signaturesPerSecond: Math.round(ok / seconds),
        latencyMs: {
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
          max: result.latency.max,
        },
        stored,
        counted,
      },
      null,
      2,
    ),
  );
  if (stored === undefined || stored < ok || counted !== stored) {
    console.error(`Mismatch: ${ok} answered, ${stored} stored, ${counted} counted`);
    process.exitCode = 1;
  }
} finally {
  await database.dispose();
  await dropTemplate(template);
}
