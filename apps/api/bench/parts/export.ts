// The admins' CSV export of every signature of an appeal, at a hundred thousand and at a million:
// rows a second as the client receives them, the server process's peak resident memory, read
// from /proc, and how long the public counter takes to answer while the export runs. Each size
// gets a fresh server process, so each peak is its own.
import { fmt, type BenchContext } from '../lib/context.js';
import { adminCookie, round, summary } from '../lib/load.js';
import { BENCH_ADMIN, startChorus } from '../lib/server.js';

/**
 * count.json, one request after another with 10 ms between them, until stopped: what a page
 * showing the counter waits for while the export runs beside it in the same process.
 */
function probeCounter(url: string) {
  const latencies: number[] = [];
  let stopped = false;
  const probing = (async () => {
    while (!stopped) {
      const started = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await probing;
      return summary(latencies);
    },
  };
}

async function exportOnce(context: BenchContext, slug: string, expected: number) {
  const server = await startChorus({ databaseUrl: context.database.url });
  try {
    const cookie = await adminCookie(server.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
    const idle = await server.memory();
    let peakRss = idle.rssMb;
    const sampler = setInterval(() => {
      void server.memory().then(
        (memory) => (peakRss = Math.max(peakRss, memory.rssMb)),
        () => undefined,
      );
    }, 50);
    const counterUrl = `${server.url}/appeals/korea-peace-appeal/count.json`;
    // The same probe without the export first, after a warm-up (the first requests open connections).
    const warmUp = probeCounter(counterUrl);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await warmUp.stop();
    const quiet = probeCounter(counterUrl);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const counterQuiet = await quiet.stop();
    const probe = probeCounter(counterUrl);
    const cpuBefore = await server.cpuSeconds();
    const started = performance.now();
    const response = await fetch(`${server.url}/appeals/${slug}/signatures.csv`, { headers: { cookie } });
    if (!response.ok || !response.body) throw new Error(`The export answered ${response.status}`);
    let lines = 0;
    let bytes = 0;
    for await (const chunk of response.body) {
      bytes += chunk.byteLength;
      // Buffer's native indexOf: a byte-by-byte loop here took CPU the server needed.
      const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) lines += 1;
    }
    const seconds = (performance.now() - started) / 1000;
    // Every thread of the server process: the request's thread and the export's worker.
    const cpuSeconds = (await server.cpuSeconds()) - cpuBefore;
    const counterDuring = await probe.stop();
    clearInterval(sampler);
    const memory = await server.memory();
    const rows = lines - 1;
    if (rows !== expected) throw new Error(`The export had ${rows} rows, not ${expected}`);
    return {
      rows,
      megabytes: round(bytes / 1e6),
      seconds: round(seconds, 2),
      rowsPerSecond: Math.round(rows / seconds),
      cpuUsPerRow: round((cpuSeconds * 1e6) / rows),
      idleRssMb: round(idle.rssMb),
      peakRssMb: round(Math.max(memory.peakMb, peakRss)),
      counterQuiet,
      counterDuring,
    };
  } finally {
    await server.stop();
  }
}

export async function csvExport(context: BenchContext): Promise<Record<string, unknown>> {
  const facts = await context.million();
  const results = [];
  for (const appeal of [facts.smallAppeal, facts.bigAppeal]) {
    const result = await exportOnce(context, appeal.slug, appeal.signatures);
    results.push(result);
    context.rows.push({
      part: 'export',
      measure: `signatures.csv, ${result.rows.toLocaleString('en')} rows (${result.megabytes} MB)`,
      value: `${fmt.rate(result.rowsPerSecond)} rows, ${result.cpuUsPerRow} µs CPU/row, peak RSS ${result.peakRssMb} MB (idle ${result.idleRssMb} MB)`,
      goal: '≥ 100,000 rows/s, ≤ 150 MB',
      met: result.rowsPerSecond >= 100_000 && result.peakRssMb <= 150,
    });
    context.rows.push({
      part: 'export',
      measure: 'count.json during that export, one request each 10 ms',
      value: `p50 ${fmt.ms(result.counterDuring.p50)}, p99 ${fmt.ms(result.counterDuring.p99)}, max ${fmt.ms(result.counterDuring.max)} (without it: p99 ${fmt.ms(result.counterQuiet.p99)})`,
    });
  }
  return { exports: results };
}
