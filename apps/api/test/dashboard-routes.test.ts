// How the API serves the built dashboard at /admin.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dashboardDist } from '@chorus/dashboard';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(() => api.close());

describe('the dashboard at /admin', () => {
  it('answers client routes with index.html, never cached, framed by nobody', async () => {
    for (const path of ['/admin/', '/admin/campaigns', '/admin/campaigns/korea-peace-now/partners']) {
      const response = await fetch(`${api.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const html = await response.text();
      expect(html).toContain('<div id="app"></div>');
      expect(html).toMatch(/src="\/admin\/assets\/index-[\w-]+\.js"/);
    }
  });

  it('sends /admin to /admin/, keeping the query', async () => {
    const response = await fetch(`${api.url}/admin?token=abc`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/admin/?token=abc');
  });

  it('serves hashed assets as immutable, and answers 404 for unknown ones', async () => {
    const asset = readdirSync(join(dashboardDist, 'assets')).find((name) => name.endsWith('.js'));
    expect(asset).toBeDefined();
    const response = await fetch(`${api.url}/admin/assets/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${api.url}/admin/assets/index-missing.js`);
    expect(missing.status).toBe(404);
  });

  it('never serves files from outside the build', async () => {
    for (const path of [
      '/admin/../package.json',
      '/admin/%2e%2e/package.json',
      '/admin/assets/..%2f..%2flocation.js',
    ]) {
      const response = await fetch(`${api.url}${path}`);
      const text = await response.text();
      expect(text).not.toContain('"name": "@chorus/dashboard"');
      expect(text).not.toContain('dashboardDist');
    }
  });
});
