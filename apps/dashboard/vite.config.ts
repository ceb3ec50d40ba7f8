import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// The API serves the build at /admin. In development, Vite serves the app and forwards the API's
// paths to it; the Host header is kept, so the session cookie counts as same-origin.
const api = process.env.CHORUS_API_URL ?? 'http://localhost:4000';
const forwarded = ['/graphql', '/appeals', '/organisations', '/events'];

export default defineConfig({
  base: '/admin/',
  plugins: [vue()],
  define: {
    // vue-i18n's feature flags: the Composition API only, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: Object.fromEntries(forwarded.map((path) => [path, { target: api, changeOrigin: false }])),
  },
  build: {
    // Hashed file names under assets/ are served as immutable; index.html is not cached.
    assetsDir: 'assets',
    sourcemap: true,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
});
