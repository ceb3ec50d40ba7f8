// The size budget: widget.js is downloaded by every visitor of every page that embeds it, so it
// must stay small. Runs after the build (see turbo.json) and prints the size for the CI log.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { widgetScript } from '../location.js';

/** 10 KB gzipped, every language included. */
const BUDGET_BYTES = 10 * 1024;

describe('widget.js', () => {
  it(`stays within ${BUDGET_BYTES} bytes gzipped`, () => {
    expect(existsSync(widgetScript), `${widgetScript} is missing: run npm run build first`).toBe(true);
    const script = readFileSync(widgetScript);
    const gzipped = gzipSync(script, { level: 9 }).length;
    console.log(
      `widget.js: ${script.length} bytes, ${gzipped} bytes gzipped (budget ${BUDGET_BYTES}, ${((gzipped / BUDGET_BYTES) * 100).toFixed(1)}% used)`,
    );
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('carries the words of every language and no validation library', () => {
    const script = readFileSync(widgetScript, 'utf8');
    for (const words of ['Sign the appeal', '서명하기', '署名する']) expect(script).toContain(words);
    expect(script).not.toMatch(/\bzod\b|ZodError/);
  });
});
