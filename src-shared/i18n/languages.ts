/**
 * The languages Hostdeck speaks, the Language setting, and how a setting plus the OS's or
 * browser's preferred languages resolve to one language and one Intl locale.
 */

/** The languages with a full catalog. English is the source and the fallback. */
export const LANGUAGES = ['en', 'fr', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The Language setting: follow the system, or one language. */
export const LANGUAGE_SETTINGS = ['system', ...LANGUAGES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

export const FALLBACK_LANGUAGE: Language = 'en';

/** Each language's own name, as its speakers look for it in a list (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  nl: 'Nederlands'
};

function baseOf(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the preferred languages (BCP 47 tags such as "fr-BE", or POSIX ones such as
 * "nl_BE.UTF-8") that Hostdeck speaks; English when none is.
 */
export function languageFromPreferred(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = baseOf(tag);
    if (isLanguage(base)) return base;
  }
  return FALLBACK_LANGUAGE;
}

/** The language to show for a setting, given the system's preferred languages. */
export function resolveLanguage(
  setting: LanguageSetting | undefined,
  preferred: readonly string[]
): Language {
  if (setting && setting !== 'system') return setting;
  return languageFromPreferred(preferred);
}

/** Turns "nl_BE.UTF-8" or "fr-be" into a BCP 47 tag Intl accepts ("nl-BE"), or null. */
export function normalizeLocaleTag(tag: string): string | null {
  const cleaned = tag.trim().split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  if (cleaned === '' || cleaned === 'C' || cleaned === 'POSIX') return null;
  try {
    return Intl.getCanonicalLocales(cleaned)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The Intl locale for money, dates and numbers: the first preferred tag of the chosen
 * language keeps its region (a Dutch reader in the Netherlands gets nl-NL, in Belgium nl-BE);
 * otherwise the language's home region for this product (Belgium for French and Dutch; plain
 * English, as Intl reads it, for English).
 */
export function localeFor(language: Language, preferred: readonly string[]): string {
  for (const tag of preferred) {
    if (baseOf(tag) !== language) continue;
    const normalized = normalizeLocaleTag(tag);
    if (normalized && normalized.includes('-')) return normalized;
  }
  return DEFAULT_LOCALES[language];
}

const DEFAULT_LOCALES: Readonly<Record<Language, string>> = {
  en: 'en',
  fr: 'fr-BE',
  nl: 'nl-BE'
};
