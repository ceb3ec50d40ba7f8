// The widget's weight (dist/widget.js gzipped) and how soon the demo page at / is usable in
// Chromium: from navigation start until the sign form stands inside the widget's shadow root.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { widgetScript } from '@chorus/widget';
import { chromium } from 'playwright-core';
import { fmt, type BenchContext } from '../lib/context.js';
import { summary } from '../lib/load.js';

interface ParentNode {
  querySelector(selector: string): unknown;
}
import { startChorus } from '../lib/server.js';

const LOADS = Number(process.env.BENCH_PAGE_LOADS ?? 20);

export async function widget(context: BenchContext): Promise<Record<string, unknown>> {
  const script = await readFile(widgetScript);
  const gzipped = gzipSync(script, { level: 9 }).byteLength;
  context.rows.push({
    part: 'widget',
    measure: 'dist/widget.js',
    value: `${(gzipped / 1024).toFixed(1)} KB gzipped (${(script.byteLength / 1024).toFixed(1)} KB raw)`,
  });

  const server = await startChorus({ databaseUrl: context.database.url });
  const browser = await chromium.launch({
    executablePath: process.env.CHORUS_CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const interactive: number[] = [];
    const domReady: number[] = [];
    for (let index = 0; index < LOADS + 2; index += 1) {
      // A new context each time: nothing cached, as for a first visit.
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${server.url}/`, { waitUntil: 'commit' });
      // Functions, not strings: the page's CSP forbids eval. This package has no DOM types, so the
      // page-side code names the little of the DOM it uses.
      const handle = await page.waitForFunction(
        () => {
          const page = globalThis as unknown as {
            document: { querySelector(selector: string): { shadowRoot: ParentNode | null } | null };
          };
          const form = page.document.querySelector('chorus-appeal')?.shadowRoot?.querySelector('form');
          return form ? performance.now() : false;
        },
        undefined,
        { polling: 'raf', timeout: 30_000 },
      );
      const formAt = Number(await handle.jsonValue());
      const ready = await page.evaluate(() => {
        const entries = (
          performance as unknown as { getEntriesByType(type: string): { domContentLoadedEventEnd: number }[] }
        ).getEntriesByType('navigation');
        const [navigation] = entries;
        return navigation?.domContentLoadedEventEnd ?? NaN;
      });
      // The first two loads warm the server and the browser up.
      if (index >= 2) {
        interactive.push(formAt);
        domReady.push(ready);
      }
      await page.context().close();
    }
    const tti = summary(interactive);
    const dcl = summary(domReady);
    context.rows.push({
      part: 'widget',
      measure: `demo page /: navigation start → sign form in the shadow root (${tti.n} cold loads)`,
      value: `p50 ${fmt.ms(tti.p50)}, p99 ${fmt.ms(tti.p99)} (DOMContentLoaded p50 ${fmt.ms(dcl.p50)})`,
    });
    return {
      gzippedBytes: gzipped,
      rawBytes: script.byteLength,
      formRenderedMs: tti,
      domContentLoadedMs: dcl,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
