/**
 * The renderer's i18next instance and its locale. The instance starts in the browser's
 * language (so even the page shown before settings load is not English to a French reader);
 * the frame then applies the Language setting with `applyLanguage`, at once, without reload.
 *
 * In a component: `const { t } = useTranslation('settings')` and `useLocale()` for the
 * locale helpers of src-shared/i18n/format. Outside React: `i18n.t('common:…')` and
 * `currentLocale()`.
 */
import { initReactI18next } from 'react-i18next';
import { useSyncExternalStore } from 'react';
import { createInstance } from 'i18next';
import { i18nOptions } from '../../../src-shared/i18n/create-i18n';
import {
  localeFor,
  resolveLanguage,
  type Language,
  type LanguageSetting
} from '../../../src-shared/i18n/languages';

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

export const i18n = createInstance();
void i18n.use(initReactI18next).init({
  ...i18nOptions(initialLanguage),
  react: { useSuspense: false }
});
document.documentElement.lang = locale;

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
  document.documentElement.lang = nextLocale;
  if (nextLocale !== locale) {
    locale = nextLocale;
    for (const listener of listeners) listener();
  }
  if (i18n.language !== language) void i18n.changeLanguage(language);
}
