// A steady offered rate: requests sent at evenly spaced times, whatever the answers do, as people
// arrive (an open loop). Each request's latency counts from when it was due, not from when it went
// out, so a server that falls behind is charged for the wait (no coordinated omission).
// autocannon's own rate mode sends each connection's share of a second at once and then pauses
// until the next second: with 100 connections at 1,000 a second, that is a burst of 100 at a time
// until the second's thousand are done, which measures bursts rather than a steady rate.
import http from 'node:http';
import { percentile, readCpu, round, serverCpu, type CpuReadings, type LoadResult } from './load.js';

export interface OpenLoopOptions {
  /** The server's base URL, such as http://127.0.0.1:4000. */
  url: string;
  /** Requests a second. */
  rate: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Each request's path and JSON body. */
  next: () => { path: string; body: string };
  /** The server's process, to read how much CPU it and Postgres used. */
  server?: CpuReadings;
}

export async function openLoop(options: OpenLoopOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const total = Math.round(options.rate * options.seconds);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  let settled = 0;
  let lastAnswer = 0;
  let maxInFlight = 0;
  const target = new URL(options.url);
  const cpuBefore = await readCpu(options.server);
  const start = performance.now();

  const send = (due: number, finished: () => void) => {
    const { path, body } = options.next();
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...options.headers,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          lastAnswer = performance.now();
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) latencies.push(lastAnswer - due);
          else errors += 1;
          finished();
        });
      },
    );
    request.on('error', () => {
      errors += 1;
      finished();
    });
    request.end(body);
  };

  await new Promise<void>((resolve) => {
    const finished = () => {
      settled += 1;
      if (settled >= total) resolve();
    };
    const tick = setInterval(() => {
      const now = performance.now();
      // Every request due by now goes out now, each timed from its own due time.
      while (sent < total) {
        const due = start + (sent * 1000) / options.rate;
        if (due > now) break;
        sent += 1;
        send(due, finished);
      }
      maxInFlight = Math.max(maxInFlight, sent - settled);
      if (sent === total) clearInterval(tick);
    }, 1);
  });
  agent.destroy();
  const cpuAfter = await readCpu(options.server);
  const seconds = (lastAnswer - start) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const ok = sorted.length;
  return {
    connections: maxInFlight,
    seconds: round(seconds, 2),
    rate: Math.round(ok / seconds),
    ok,
    errors,
    p50: round(percentile(sorted, 0.5)),
    p90: round(percentile(sorted, 0.9)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? NaN),
    ...serverCpu(cpuBefore, cpuAfter, ok, seconds),
  };
}
