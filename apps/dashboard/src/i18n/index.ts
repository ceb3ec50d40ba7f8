// The dashboard speaks English, Korean and Japanese; the choice is kept in this browser.
import { SUPPORTED_LOCALES, isLocale, type Locale } from '@chorus/domain';
import { createI18n } from 'vue-i18n';
import type { Catalogue } from './define';
import { appeals } from './messages/appeals';
import { campaigns } from './messages/campaigns';
import { common } from './messages/common';
import { events } from './messages/events';
import { insight } from './messages/insight';
import { nav } from './messages/nav';
import { organisation } from './messages/organisation';
import { session } from './messages/session';
import { signatures } from './messages/signatures';

const catalogues = {
  common,
  session,
  nav,
  campaigns,
  appeals,
  events,
  organisation,
  signatures,
  insight,
} satisfies Record<string, Catalogue<unknown>>;

type Messages = { [Domain in keyof typeof catalogues]: (typeof catalogues)[Domain]['en'] };

function messagesIn(locale: Locale): Messages {
  return Object.fromEntries(
    Object.entries(catalogues).map(([domain, catalogue]) => [domain, catalogue[locale]]),
  ) as Messages;
}

export const messages: Record<Locale, Messages> = {
  en: messagesIn('en'),
  ko: messagesIn('ko'),
  ja: messagesIn('ja'),
};

const STORAGE_KEY = 'chorus.locale';

/** The locale chosen before in this browser, else the browser's own language when supported. */
export function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored && isLocale(stored)) return stored;
  for (const language of globalThis.navigator?.languages ?? []) {
    const base = language.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return 'en';
}

export function createDashboardI18n(locale: Locale = initialLocale()) {
  return createI18n<[Messages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages,
  });
}

export type DashboardI18n = ReturnType<typeof createDashboardI18n>;

export function rememberLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

export { SUPPORTED_LOCALES };
