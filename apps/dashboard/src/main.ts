import './zod-config';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { onUnauthenticated, sendLocaleFrom } from './graphql/client';
import { createDashboardI18n, rememberLocale } from './i18n';
import { createDashboardRouter } from './router';
import { useSessionStore } from './stores/session';
import './styles.css';

const i18n = createDashboardI18n();
rememberLocale(i18n.global.locale.value);
sendLocaleFrom(() => i18n.global.locale.value);
const pinia = createPinia();
const router = createDashboardRouter();
const app = createApp(App).use(pinia).use(i18n).use(router);

// A session that ends while the page is open (expiry, sign-out elsewhere) sends the person to sign in.
onUnauthenticated(() => {
  useSessionStore(pinia).endSession();
  const current = router.currentRoute.value;
  if (!current.meta.public) {
    void router.push({ name: 'sign-in', query: { redirect: current.fullPath } });
  }
});

app.mount('#app');
