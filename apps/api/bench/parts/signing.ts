// Signing under load: new signers of the demo appeal, with double opt-in, so each signature also
// seals a token and queues a confirmation mail. Sent both ways a client can: as the widget sends
// them (POST /appeals/{slug}/signatures) and as GraphQL clients do (the signAppeal mutation, by the
// hash of a trusted document); as fast as answered at several connection counts, then at a fixed
// offered rate; then 64 signers on one appeal against the same spread over 100 appeals.
// Every answered signature must be stored with its mail.
import { sql } from 'kysely';
import { fmt, type BenchContext } from '../lib/context.js';
import { load, ratio, SECONDS, type LoadResult } from '../lib/load.js';
import { openLoop } from '../lib/open-loop.js';
import { signRequest } from '../lib/operations.js';
import { startChorus, type ServerProcess } from '../lib/server.js';

const FIXED_RATE = Number(process.env.BENCH_FIXED_RATE ?? 1000);
if (!Number.isFinite(FIXED_RATE) || FIXED_RATE <= 0) {
  throw new Error(
    `BENCH_FIXED_RATE must be a number of signatures a second above 0 (got ${process.env.BENCH_FIXED_RATE})`,
  );
}
/**
 * How signatures are sent: `http` (the signing route, as the widget does), `graphql` (the
 * mutation), or `both` (the default; the fixed-rate and hot-appeal runs use the route). A build
 * from before the route existed takes `graphql`.
 */
const VIA = (process.env.BENCH_SIGN_VIA ?? 'both') as 'http' | 'graphql' | 'both';
type Transport = 'http' | 'graphql';
const MAIN: Transport = VIA === 'graphql' ? 'graphql' : 'http';

let sequence = 0;

/** Requests signing `appealSlugs` in turn, each as a new person, sent through `transport`. */
function signer(appealSlugs: readonly string[], transport: Transport) {
  return () => {
    sequence += 1;
    const input = {
      appealSlug: appealSlugs[sequence % appealSlugs.length] ?? 'korea-peace-appeal',
      name: `Bench Signer ${sequence}`,
      email: `signer${sequence}.${process.pid}@bench.example`,
      country: 'KR',
      locale: 'en',
      consentToLead: sequence % 2 === 0,
      consentVersion: '2026-11-v1',
      fillMs: 9000,
    };
    if (transport === 'graphql') return signRequest(input);
    const { appealSlug, ...body } = input;
    return { path: `/appeals/${appealSlug}/signatures`, body: JSON.stringify(body) };
  };
}

function signLoad(server: ServerProcess, slugs: readonly string[], transport: Transport = MAIN) {
  return {
    url: `${server.url}/graphql`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    nextBody: signer(slugs, transport),
    server,
  };
}

const LABEL: Record<Transport, string> = {
  http: 'POST …/signatures',
  graphql: 'signAppeal (GraphQL)',
};

async function counts(context: BenchContext): Promise<{ signatures: number; mails: number }> {
  const { rows } = await sql<{ signatures: number; mails: number }>`
    select (select count(*) from signatures) as signatures,
           (select count(*) from outbox_messages where kind = 'signature-confirmation') as mails`.execute(
    context.database.db,
  );
  return rows[0] ?? { signatures: 0, mails: 0 };
}

/** Answered signatures are stored, each with its confirmation mail. */
async function checkStored(context: BenchContext, before: { signatures: number }, answered: number) {
  // Requests still in flight when the clock stopped land just after it.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = await counts(context);
  const stored = after.signatures - before.signatures;
  if (stored < answered || after.mails !== after.signatures) {
    throw new Error(`${answered} signatures answered, ${stored} stored, ${after.mails} mails queued`);
  }
  return stored;
}

function row(
  context: BenchContext,
  measure: string,
  result: LoadResult,
  extra: Partial<{ goal: string }> = {},
) {
  const pgbench = context.ceilings.pgbenchInsert[result.connections];
  const share = ratio(result.rate, pgbench);
  context.rows.push({
    part: 'signing',
    measure,
    value: `${fmt.rate(result.rate)}, p50 ${fmt.ms(result.p50)}, p99 ${fmt.ms(result.p99)}, ${fmt.cpu(result)}`,
    ofCeiling: [
      share === null ? '' : `${fmt.share(share)} of pgbench`,
      context.ceilings.apolloTypename[result.connections]
        ? `${fmt.share(ratio(result.rate, context.ceilings.apolloTypename[result.connections]))} of Apollo`
        : '',
    ]
      .filter(Boolean)
      .join(', '),
    ...(extra.goal ? extra : share === null ? {} : { goal: '≥ 50% of pgbench', met: share >= 0.5 }),
  });
  return {
    ...result,
    ofPgbench: share,
    ofApollo: ratio(result.rate, context.ceilings.apolloTypename[result.connections]),
  };
}

export async function signing(context: BenchContext): Promise<Record<string, unknown>> {
  const server = await startChorus({ databaseUrl: context.database.url, profileDir: context.profileDir });
  try {
    const demo = ['korea-peace-appeal'];
    const transports: Transport[] = VIA === 'both' ? ['http', 'graphql'] : [VIA];
    // Warm up: the JIT, the pool's connections, Apollo's document cache.
    for (const transport of transports)
      await load({ ...signLoad(server, demo, transport), connections: 32, seconds: 3 });
    const levels = [];
    for (const transport of transports) {
      for (const connections of context.concurrency) {
        const before = await counts(context);
        const result = await load({ ...signLoad(server, demo, transport), connections });
        const stored = await checkStored(context, before, result.ok);
        levels.push({
          transport,
          ...row(context, `${LABEL[transport]}, ${connections} connections`, result),
          stored,
        });
      }
    }
    // The goal's rate, evenly spaced; then the same rate as autocannon offers it, in bursts.
    let before = await counts(context);
    const next = signer(demo, MAIN);
    const steady = await openLoop({
      url: server.url,
      rate: FIXED_RATE,
      seconds: SECONDS,
      next: () => {
        const request = next();
        return typeof request === 'string' ? { path: '/graphql', body: request } : request;
      },
      server,
    });
    await checkStored(context, before, steady.ok);
    context.rows.push({
      part: 'signing',
      measure: `${LABEL[MAIN]} offered ${FIXED_RATE}/s, evenly spaced`,
      value: `${fmt.rate(steady.rate)} answered, p50 ${fmt.ms(steady.p50)}, p99 ${fmt.ms(steady.p99)}, max ${fmt.ms(steady.max)}; ${steady.serverCpuUs} µs CPU/req; at most ${steady.connections} waiting`,
      goal: 'p99 ≤ 50 ms',
      met: steady.p99 <= 50 && steady.rate >= FIXED_RATE * 0.95 && steady.errors === 0,
    });
    before = await counts(context);
    const bursts = await load({ ...signLoad(server, demo), connections: 100, overallRate: FIXED_RATE });
    await checkStored(context, before, bursts.ok);
    context.rows.push({
      part: 'signing',
      measure: `${LABEL[MAIN]} offered ${FIXED_RATE}/s in bursts (autocannon, 100 connections)`,
      value: `${fmt.rate(bursts.rate)} answered, p50 ${fmt.ms(bursts.p50)}, p99 ${fmt.ms(bursts.p99)}`,
    });
    return {
      levels,
      fixedRate: { transport: MAIN, offered: FIXED_RATE, steady, bursts },
    };
  } finally {
    await server.stop();
  }
}

/** Adds appeals like the demo one (bench-appeal-1 …), open and taking signatures. */
async function moreAppeals(context: BenchContext, count: number): Promise<string[]> {
  const { db } = context.database;
  await sql`
    insert into appeals (campaign_id, slug, status, goal, opens_at, closes_at, consent_version, double_opt_in,
      default_locale, translations, allowed_embed_origins)
    select campaign_id, 'bench-appeal-' || n, status, goal, opens_at, closes_at, consent_version, double_opt_in,
      default_locale, translations, allowed_embed_origins
    from appeals cross join generate_series(1, ${count}) as n
    where slug = 'korea-peace-appeal'
    on conflict (slug) do nothing`.execute(db);
  await sql`
    insert into appeal_consent_versions (appeal_id, version, texts)
    select a.id, v.version, v.texts from appeals a
    join appeal_consent_versions v on v.appeal_id = (select id from appeals where slug = 'korea-peace-appeal')
    where a.slug like 'bench-appeal-%'
    on conflict do nothing`.execute(db);
  return Array.from({ length: count }, (_, index) => `bench-appeal-${index + 1}`);
}

/** Several runs as one: their mean rate and the worst of their percentiles. */
function combined(results: LoadResult[]): { rate: number; p50: number; p99: number } {
  return {
    rate: Math.round(results.reduce((sum, result) => sum + result.rate, 0) / results.length),
    p50: Math.max(...results.map((result) => result.p50)),
    p99: Math.max(...results.map((result) => result.p99)),
  };
}

export async function hotAppeal(context: BenchContext): Promise<Record<string, unknown>> {
  const connections = Number(process.env.BENCH_HOT_CONNECTIONS ?? 64);
  const server = await startChorus({ databaseUrl: context.database.url });
  try {
    const spreadSlugs = ['korea-peace-appeal', ...(await moreAppeals(context, 99))];
    await load({ ...signLoad(server, spreadSlugs), connections: 32, seconds: 3 });
    // Hot, spread, spread, hot: whatever drifts over the runs (the tables growing, the JIT, other
    // work on the machine) weighs on both sides alike.
    const runs: Record<'hot' | 'spread', LoadResult[]> = { hot: [], spread: [] };
    for (const kind of ['hot', 'spread', 'spread', 'hot'] as const) {
      const slugs = kind === 'hot' ? ['korea-peace-appeal'] : spreadSlugs;
      runs[kind].push(await load({ ...signLoad(server, slugs), connections }));
    }
    const hot = combined(runs.hot);
    const spread = combined(runs.spread);
    const share = ratio(hot.rate, spread.rate) ?? 0;
    context.rows.push(
      {
        part: 'hot appeal',
        measure: `${connections} signers on one appeal`,
        value: `${fmt.rate(hot.rate)}, p99 ${fmt.ms(hot.p99)}`,
        ofCeiling: `${fmt.share(share)} of spread`,
        goal: '≥ 90% of spread',
        met: share >= 0.9,
      },
      {
        part: 'hot appeal',
        measure: `${connections} signers over 100 appeals`,
        value: `${fmt.rate(spread.rate)}, p99 ${fmt.ms(spread.p99)}`,
      },
    );
    return { connections, hot, spread, runs, hotOfSpread: share };
  } finally {
    await server.stop();
  }
}
