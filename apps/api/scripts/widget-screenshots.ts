// Screenshots of the appeal widget for docs/img/, one per language, taken in Chromium from the demo
// page of a running Chorus: the API on a fresh embedded database with the Korea Peace Now! demo.
//   npm run screenshots:widget -w @chorus/api      (builds nothing: run `npm run build` first)
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemoData } from '../src/demo/seed.js';
import { buildApp } from '../src/http/app.js';
import { secretsFrom } from '../src/modules/privacy/secrets.js';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/img');
const HEADINGS = {
  en: 'Korea Peace Appeal: end the Korean War',
  ko: '한반도 평화 호소: 한국전쟁을 끝냅시다',
  ja: 'コリア平和アピール：朝鮮戦争を終わらせよう',
} as const;

const dataDir = await mkdtemp(join(tmpdir(), 'chorus-widget-screenshots-'));
const database = await openDatabase({ dataDir });
try {
  await migrateToLatest(database.db);
  await seedDemoData(database.db);
  const app = await buildApp(
    { isProduction: false, logLevel: 'warn', secrets: secretsFrom(Buffer.alloc(32, 7)) },
    database,
  );
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
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
    await mkdir(OUT, { recursive: true });
    for (const [lang, heading] of Object.entries(HEADINGS)) {
      const page = await browser.newPage({ viewport: { width: 560, height: 1200 }, deviceScaleFactor: 1 });
      await page.goto(`${url}/`);
      await page.locator(`[data-lang="${lang}"]`).click();
      const widget = page.locator('chorus-appeal');
      await widget.getByRole('heading', { name: heading }).waitFor();
      await widget.screenshot({ path: join(OUT, `widget-${lang}.png`), animations: 'disabled' });
      await page.close();
      console.log(`docs/img/widget-${lang}.png`);
    }
  } finally {
    await browser.close();
    await app.close();
  }
} finally {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
