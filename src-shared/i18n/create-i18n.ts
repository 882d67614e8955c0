/**
 * One i18next instance per process (renderer, main, CLI), with every catalog bundled: no
 * loading, so t() works synchronously right after creation, and changing language is
 * immediate.
 */
import { createInstance, type i18n as I18n } from 'i18next';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from './languages';
import { DEFAULT_NAMESPACE, NAMESPACES } from './namespaces';
import { resources } from './resources';
import './i18next-types';

/** Options every Hostdeck instance shares (react-i18next adds its own on top). */
export function i18nOptions(language: Language) {
  return {
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: DEFAULT_NAMESPACE,
    resources,
    initAsync: false,
    returnNull: false,
    // React escapes text itself; the tray, notifications and the terminal show plain text.
    interpolation: { escapeValue: false }
  } as const;
}

/** A ready instance in `language` (main process and CLI; the renderer adds React to it). */
export function createI18n(language: Language): I18n {
  const instance = createInstance(i18nOptions(language));
  void instance.init();
  return instance;
}
