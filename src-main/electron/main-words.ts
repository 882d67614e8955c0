/**
 * The main process's words (desktop notifications, the tray): one i18next instance in the
 * language the Language setting resolves to against the OS's preferred languages. Each use
 * reads the setting again, so a change applies at the next notification or tray refresh (the
 * tray refreshes on `cache:changed` with `settings`).
 */
import type { TFunction } from 'i18next';
import type { AlertText } from '@shared/contract/alert-text';
import { alertBody, alertTitle } from '@shared/i18n/alert-text';
import { createI18n } from '@shared/i18n/create-i18n';
import {
  localeFor,
  resolveLanguage,
  type Language,
  type LanguageSetting
} from '@shared/i18n/languages';

export interface MainWords {
  /** The language and Intl locale in force now. */
  current(): { readonly language: Language; readonly locale: string };
  /** `t` of the tray's namespace in the current language. */
  tray(): TFunction<'tray'>;
  /** `t` of the application menu's namespace in the current language. */
  menu(): TFunction<'menu'>;
  /** An alert's or notification's title and sentence in the current language. */
  alert(text: AlertText): { readonly title: string; readonly body: string };
}

export function createMainWords(
  setting: () => LanguageSetting | undefined,
  systemLanguages: () => readonly string[]
): MainWords {
  const current = (): { language: Language; locale: string } => {
    const preferred = systemLanguages();
    const language = resolveLanguage(setting(), preferred);
    return { language, locale: localeFor(language, preferred) };
  };
  const i18n = createI18n(current().language);
  const follow = (): { language: Language; locale: string } => {
    const now = current();
    // Every catalog is bundled, so the switch is synchronous.
    if (i18n.language !== now.language) void i18n.changeLanguage(now.language);
    return now;
  };
  return {
    current: follow,
    tray: () => i18n.getFixedT(follow().language, 'tray'),
    menu: () => i18n.getFixedT(follow().language, 'menu'),
    alert: (text) => {
      const { language, locale } = follow();
      const t = i18n.getFixedT(language, 'notices');
      return { title: alertTitle(t, text), body: alertBody(t, text, locale) };
    }
  };
}
