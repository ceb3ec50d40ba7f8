// A real headless Chromium for tests that drive pages: Debian's browser (CHORUS_CHROMIUM), never a
// downloaded one, with the flags that keep it off the network beyond the page under test.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHORUS_CHROMIUM || '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
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
}
