/**
 * The renderer's i18next instance and its locale. The instance starts in the browser's
 * language (so even the page shown before settings load is not English to a French reader);
 * the frame then applies the Language setting with `applyLanguage`, at once, without reload.
 *
 * Only the English words of the window's frame (navigation, status bar, alerts, errors…)
 * come with the entry; the English words of the pages are a chunk each page's code waits for
 * (`loadPageWords`, see app/routes.tsx), and French and Dutch are split chunks, loaded on
 * demand: `i18nReady` settles once the browser's language is loaded (main.tsx mounts after
 * it, so a French reader never sees an English first paint), and `applyLanguage` switches
 * once the chosen language's catalog has arrived.
 *
 * In a component: `const { t } = useTranslation('settings')` and `useLocale()` for the
 * locale helpers of src-shared/i18n/format. Outside React: `i18n.t('common:…')` and
 * `currentLocale()`.
 */
import { initReactI18next } from 'react-i18next';
import { useSyncExternalStore } from 'react';
import { createInstance } from 'i18next';
import { baseI18nOptions } from '@shared/i18n/options';
import { alerts } from '@shared/i18n/locales/en/alerts';
import { app } from '@shared/i18n/locales/en/app';
import { common } from '@shared/i18n/locales/en/common';
import { errors } from '@shared/i18n/locales/en/errors';
import { nav } from '@shared/i18n/locales/en/nav';
import { notices } from '@shared/i18n/locales/en/notices';
import { profiles } from '@shared/i18n/locales/en/profiles';
import {
  localeFor,
  resolveLanguage,
  type Language,
  type LanguageSetting
} from '@shared/i18n/languages';

/** The product's name: the same in every language, never in the catalog. */
export const PRODUCT_NAME = 'Hostdeck';

/** The browser's preferred languages (in Electron, Chromium's view of the OS's). */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  if (navigator.languages?.length) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}

const initialLanguage = resolveLanguage('system', browserLanguages());
let locale = localeFor(initialLanguage, browserLanguages());
const listeners = new Set<() => void>();
/** Counts applyLanguage calls: a catalog that arrives late never overrides a newer choice. */
let latestRequest = 0;

/** The other languages' catalogs: split chunks, fetched the first time they are needed. */
const CATALOG_LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<object>>> = {
  fr: () => import('@shared/i18n/locales/fr').then((module) => module.fr),
  nl: () => import('@shared/i18n/locales/nl').then((module) => module.nl)
};
const loadedLanguages = new Set<Language>(['en']);
const loading = new Map<Language, Promise<void>>();

/** The English namespaces the frame speaks before any page is shown. */
const frameWords = { common, app, nav, errors, alerts, notices, profiles };

export const i18n = createInstance();
void i18n.use(initReactI18next).init({
  ...baseI18nOptions('en'),
  resources: { en: frameWords },
  react: { useSuspense: false }
});

let pageWords: Promise<void> | null = null;

/**
 * Fetches the English words of every page once (a chunk of its own) and adds them; a page's
 * code is not shown before they are in, so no page ever shows a key in place of a word.
 */
export function loadPageWords(): Promise<void> {
  pageWords ??= import('@shared/i18n/locales/en').then(
    ({ en }) => {
      for (const [namespace, bundle] of Object.entries(en)) {
        if (!i18n.hasResourceBundle('en', namespace))
          i18n.addResourceBundle('en', namespace, bundle, true, true);
      }
    },
    (error: unknown) => {
      pageWords = null;
      throw error;
    }
  );
  return pageWords;
}
document.documentElement.lang = locale;

/** Fetches a language's catalog once and adds it to the instance (English is bundled). */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || loadedLanguages.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = CATALOG_LOADERS[language]().then(
      (catalog) => {
        for (const [namespace, bundle] of Object.entries(catalog)) {
          i18n.addResourceBundle(language, namespace, bundle, true, true);
        }
        loadedLanguages.add(language);
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      }
    );
    loading.set(language, pending);
  }
  return pending;
}

/** Settles when the browser's language is loaded and in force (main.tsx mounts after it). */
export const i18nReady: Promise<void> = loadLanguage(initialLanguage).then(
  () => {
    if (latestRequest === 0) void i18n.changeLanguage(initialLanguage);
  },
  () => undefined
);

/** The Intl locale in force ("fr-BE", "nl-NL", "en"), for code outside React. */
export function currentLocale(): string {
  return locale;
}

/** The language in force. */
export function currentLanguage(): Language {
  return (i18n.resolvedLanguage ?? i18n.language) as Language;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The Intl locale in force; re-renders the component when the language changes. */
export function useLocale(): string {
  return useSyncExternalStore(subscribe, currentLocale);
}

/**
 * Switches the whole renderer to the language a setting resolves to against `preferred`
 * (the system's languages): texts, locale helpers and `<html lang>`, at once.
 */
export function applyLanguage(setting: LanguageSetting, preferred: readonly string[]): void {
  const language = resolveLanguage(setting, preferred);
  const nextLocale = localeFor(language, preferred);
  const request = ++latestRequest;
  if (loadedLanguages.has(language)) {
    commitLanguage(language, nextLocale);
    return;
  }
  // Until the catalog arrives the screen stays in the language it speaks, as a whole.
  void loadLanguage(language).then(
    () => {
      if (request === latestRequest) commitLanguage(language, nextLocale);
    },
    () => undefined
  );
}

function commitLanguage(language: Language, nextLocale: string): void {
  document.documentElement.lang = nextLocale;
  if (nextLocale !== locale) {
    locale = nextLocale;
    for (const listener of listeners) listener();
  }
  if (i18n.language !== language) void i18n.changeLanguage(language);
}
