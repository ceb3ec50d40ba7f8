// The dashboard in a real browser, served by the API at /admin, against a fresh database.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { ADMIN, startTestApi, type TestApi } from './harness.js';

let api: TestApi;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  api = await startTestApi({ demoData: true, admin: true });
  browser = await launchBrowser();
  context = await browser.newContext({
    baseURL: api.url,
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function signIn(target: Page, email: string, password: string) {
  await target.goto('/admin/');
  await target.getByLabel('Email').fill(email);
  await target.getByLabel('Password').fill(password);
  await target.getByRole('button', { name: 'Sign in' }).click();
  await target.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
}

describe('signing in', () => {
  it('refuses a wrong password where the form is', async () => {
    await page.goto('/admin/');
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'The email or password is not right',
    );
  });

  it('signs in, keeps the session over a reload, and signs out', async () => {
    await signIn(page, ADMIN.email, ADMIN.password);
    await expect(page.getByRole('link', { name: 'Korea Peace Now!' }).isVisible()).resolves.toBe(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Chorus' }).waitFor();
    await page.goto('/admin/campaigns');
    await page.getByRole('heading', { name: 'Sign in to Chorus' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
  });
});
