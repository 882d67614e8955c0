/**
 * Alerts, notifications and toasts in the chosen language: main sends their facts (a code and
 * values, contract/alert-text.ts) and the page writes them with the shared wording
 * (src-shared/i18n/alert-text.ts), so a language switch rewrites them at once.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertText } from '../../../src-shared/contract';
import { alertBody, alertTitle } from '../../../src-shared/i18n/alert-text';
import { currentLanguage, currentLocale, i18n, useLocale } from './i18n';

export interface AlertWords {
  readonly title: string;
  readonly body: string;
}

/** Writes coded alert text in the current language; re-renders the caller on a switch. */
export function useAlertText(): (text: AlertText) => AlertWords {
  const { t } = useTranslation('notices');
  const locale = useLocale();
  return useCallback(
    (text: AlertText) => ({ title: alertTitle(t, text), body: alertBody(t, text, locale) }),
    [t, locale]
  );
}

/** The same outside React (a browser notification), in the language in force now. */
export function alertTextNow(text: AlertText): AlertWords {
  const t = i18n.getFixedT(currentLanguage(), 'notices');
  return { title: alertTitle(t, text), body: alertBody(t, text, currentLocale()) };
}
