// The public counter: GET /appeals/{slug}/count.json under load, beside a bare Fastify route; then
// how long a confirmation takes to show in it, with the real background work counting (the
// server's leader runs it) and confirmations made through POST /confirm as a signer's browser would.
import { secretsFrom } from '../../src/modules/privacy/secrets.js';
import { fmt, type BenchContext } from '../lib/context.js';
import { graphql, load, ratio, summary } from '../lib/load.js';
import { signRequest } from '../lib/operations.js';
import { BENCH_KEY, startChorus, type ServerProcess } from '../lib/server.js';

const SLUG = 'korea-peace-appeal';
const CONFIRMATIONS = Number(process.env.BENCH_LAG_SAMPLES ?? 40);
const CONFIRM_EVERY_MS = 250;
const POLL_EVERY_MS = 20;

async function publicCount(server: ServerProcess): Promise<number> {
  const response = await fetch(`${server.url}/appeals/${SLUG}/count.json`);
  return ((await response.json()) as { count: number }).count;
}

async function waitForSteadyCount(server: ServerProcess): Promise<number> {
  let last = await publicCount(server);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const now = await publicCount(server);
    if (now === last) return now;
    last = now;
  }
}

async function confirmationLag(context: BenchContext, server: ServerProcess) {
  const { db } = context.database;
  const secrets = secretsFrom(BENCH_KEY);
  const marker = `lag${Date.now()}`;
  for (let index = 0; index < CONFIRMATIONS; index += 1) {
    await graphql(server.url, {
      body: signRequest({
        appealSlug: SLUG,
        name: `Lag Signer ${index}`,
        email: `${marker}.${index}@bench.example`,
        country: 'KR',
        locale: 'en',
        consentToLead: true,
        consentVersion: '2026-11-v1',
        fillMs: 9000,
      }),
    });
  }
  const pending = await db
    .selectFrom('signatures')
    .select(['confirm_token_sealed'])
    .where('status', '=', 'pending')
    .where('confirm_token_sealed', 'is not', null)
    .orderBy('id', 'desc')
    .limit(CONFIRMATIONS)
    .execute();
  const tokens = pending.map((row) => secrets.open(row.confirm_token_sealed ?? ''));
  const baseline = await waitForSteadyCount(server);

  // Poll the count as a widget would, and note when each confirmation first shows.
  const seen: number[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const count = await publicCount(server);
      const at = performance.now();
      for (let shown = seen.length; shown < count - baseline; shown += 1) seen.push(at);
      await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
    }
  })();
  const confirmedAt: number[] = [];
  for (const token of tokens) {
    const response = await fetch(`${server.url}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    });
    if (response.status !== 200) throw new Error(`POST /confirm answered ${response.status}`);
    confirmedAt.push(performance.now());
    await new Promise((resolve) => setTimeout(resolve, CONFIRM_EVERY_MS));
  }
  const deadline = performance.now() + 30_000;
  while (seen.length < confirmedAt.length && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  polling = false;
  await poller;
  if (seen.length < confirmedAt.length) {
    throw new Error(`Only ${seen.length} of ${confirmedAt.length} confirmations showed within 30 s`);
  }
  // The n-th confirmation has shown once the count has risen by n.
  return summary(confirmedAt.map((at, index) => (seen[index] ?? NaN) - at));
}

export async function counter(context: BenchContext): Promise<Record<string, unknown>> {
  const server = await startChorus({ databaseUrl: context.database.url, profileDir: context.profileDir });
  try {
    const url = `${server.url}/appeals/${SLUG}/count.json`;
    await load({ url, connections: 32, seconds: 3 });
    const connections = Math.max(...context.concurrency);
    const reads = await load({ url, connections, server });
    const share = ratio(reads.rate, context.ceilings.fastifyJson[connections]);
    context.rows.push({
      part: 'counter',
      measure: `GET count.json, ${connections} connections`,
      value: `${fmt.rate(reads.rate)}, p99 ${fmt.ms(reads.p99)}, ${fmt.cpu(reads)}`,
      ...(share === null
        ? {}
        : { ofCeiling: `${fmt.share(share)} of Fastify`, goal: '≥ 60% of Fastify', met: share >= 0.6 }),
    });
    const lag = await confirmationLag(context, server);
    context.rows.push({
      part: 'counter',
      measure: `confirmation → count.json lag (${lag.n} confirmations)`,
      value: `p50 ${fmt.ms(lag.p50)}, p99 ${fmt.ms(lag.p99)}`,
      goal: 'p99 ≤ 5 s',
      met: lag.p99 <= 5000,
    });
    return { reads: { ...reads, ofFastify: share }, lagMs: lag };
  } finally {
    await server.stop();
  }
}
