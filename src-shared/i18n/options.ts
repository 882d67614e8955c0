/**
 * The i18next options every Hostdeck instance shares, without the catalogs: main and the CLI
 * add every language (create-i18n.ts); the renderer adds English and loads the language in
 * use on demand (src-renderer/src/lib/i18n.ts), so the first paint carries one language.
 */
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from './languages';
import { DEFAULT_NAMESPACE, NAMESPACES } from './namespaces';

export function baseI18nOptions(language: Language) {
  return {
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: DEFAULT_NAMESPACE,
    initAsync: false,
    returnNull: false,
    // React escapes text itself; the tray, notifications and the terminal show plain text.
    interpolation: { escapeValue: false }
  } as const;
}
