// Every page of the dashboard, in one table. Pages load on first visit.
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useSessionStore } from './stores/session';

export type Requirement = 'admin' | 'organisationOwner' | 'organisationMember';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Who may open the page; everyone signed in when omitted. */
    requires?: Requirement;
    /** The i18n key of the page title. */
    title?: string;
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('./pages/session/SignInPage.vue'),
    meta: { public: true, title: 'session.signIn' },
  },
  {
    path: '/accept-invitation',
    name: 'accept-invitation',
    component: () => import('./pages/session/AcceptInvitationPage.vue'),
    meta: { public: true, title: 'session.acceptTitle' },
  },
  { path: '/', redirect: { name: 'campaigns' } },
  {
    path: '/campaigns',
    name: 'campaigns',
    component: () => import('./pages/campaigns/CampaignListPage.vue'),
    meta: { title: 'nav.campaigns' },
  },
  {
    path: '/campaigns/new',
    name: 'campaign-new',
    component: () => import('./pages/campaigns/CampaignFormPage.vue'),
    meta: { title: 'campaigns.form.createTitle', requires: 'admin' },
  },
  {
    path: '/campaigns/:slug',
    name: 'campaign',
    component: () => import('./pages/campaigns/CampaignPage.vue'),
    props: true,
    meta: { title: 'nav.campaigns' },
  },
  {
    path: '/campaigns/:slug/edit',
    name: 'campaign-edit',
    component: () => import('./pages/campaigns/CampaignFormPage.vue'),
    props: true,
    meta: { title: 'nav.campaigns' },
  },
  {
    path: '/campaigns/:campaignSlug/appeals/new',
    name: 'appeal-new',
    component: () => import('./pages/appeals/AppealFormPage.vue'),
    props: true,
    meta: { title: 'campaigns.appealsSection.newAppeal' },
  },
  {
    path: '/appeals/:slug',
    name: 'appeal',
    component: () => import('./pages/appeals/AppealPage.vue'),
    props: true,
    meta: { title: 'campaigns.appeals' },
  },
  {
    path: '/appeals/:slug/edit',
    name: 'appeal-edit',
    component: () => import('./pages/appeals/AppealFormPage.vue'),
    props: true,
    meta: { title: 'campaigns.appeals' },
  },
  {
    path: '/signatures',
    name: 'signatures',
    component: () => import('./pages/signatures/SignaturesPage.vue'),
    meta: { title: 'nav.signatures' },
  },
  {
    path: '/insight',
    name: 'insight',
    component: () => import('./pages/insight/InsightPage.vue'),
    meta: { title: 'nav.insight' },
  },
  {
    path: '/events',
    name: 'events',
    component: () => import('./pages/events/EventListPage.vue'),
    meta: { title: 'nav.events' },
  },
  {
    path: '/campaigns/:campaignSlug/events/new',
    name: 'event-new',
    component: () => import('./pages/events/EventFormPage.vue'),
    props: true,
    meta: { title: 'events.newEvent' },
  },
  {
    path: '/events/:id',
    name: 'event',
    component: () => import('./pages/events/EventPage.vue'),
    props: true,
    meta: { title: 'nav.events' },
  },
  {
    path: '/events/:id/edit',
    name: 'event-edit',
    component: () => import('./pages/events/EventFormPage.vue'),
    props: true,
    meta: { title: 'nav.events' },
  },
  {
    path: '/organisation/members',
    name: 'members',
    component: () => import('./pages/organisation/MembersPage.vue'),
    meta: { title: 'nav.members', requires: 'organisationMember' },
  },
  {
    path: '/organisation/api-keys',
    name: 'api-keys',
    component: () => import('./pages/organisation/ApiKeysPage.vue'),
    meta: { title: 'nav.apiKeys', requires: 'organisationOwner' },
  },
  {
    path: '/organisation/audit-log',
    name: 'audit-log',
    component: () => import('./pages/organisation/AuditLogPage.vue'),
    meta: { title: 'nav.auditLog', requires: 'organisationOwner' },
  },
  {
    path: '/outbox',
    name: 'outbox',
    component: () => import('./pages/outbox/OutboxPage.vue'),
    meta: { title: 'nav.outbox', requires: 'admin' },
  },
  {
    path: '/not-allowed',
    name: 'not-allowed',
    component: () => import('./pages/NotAllowedPage.vue'),
    meta: { title: 'common.notAllowedTitle' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { title: 'common.notFoundTitle' },
  },
];

export function createDashboardRouter() {
  const router = createRouter({ history: createWebHistory(import.meta.env.BASE_URL), routes });

  router.beforeEach(async (to) => {
    const session = useSessionStore();
    await session.ensureLoaded();
    if (to.meta.public) return true;
    if (!session.signedIn) {
      return { name: 'sign-in', query: to.fullPath === '/campaigns' ? {} : { redirect: to.fullPath } };
    }
    const organisationId = session.organisation?.id;
    const allowed =
      to.meta.requires === undefined ||
      (to.meta.requires === 'admin' && session.isAdmin) ||
      (to.meta.requires === 'organisationOwner' && session.hasRole(organisationId, 'owner')) ||
      (to.meta.requires === 'organisationMember' && session.hasRole(organisationId, 'viewer'));
    return allowed ? true : { name: 'not-allowed' };
  });

  return router;
}
