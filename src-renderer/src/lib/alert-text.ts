/**
 * Alerts, notifications and toasts in the chosen language: main sends their facts (a code and
 * values, contract/alert-text.ts) and the page writes them with the shared wording
 * (src-shared/i18n/alert-text.ts), so a language switch rewrites them at once.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertText } from '@shared/contract';
import { alertBody, alertTitle } from '@shared/i18n/alert-text';
import { formatDay } from '@shared/i18n/format';
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

/** What a domain's history entry carries (domains:get). */
export interface HistoryFacts {
  readonly detail: string;
  readonly text: AlertText | null;
  readonly until: string | null;
}

/**
 * A history entry's detail in the current language: the alert's sentence then, a summary's
 * title, or how long a snooze lasts; the stored English for entries older than their facts.
 */
export function useHistoryDetail(): (entry: HistoryFacts) => string {
  const { t } = useTranslation('notices');
  const locale = useLocale();
  return useCallback(
    (entry: HistoryFacts) => {
      if (entry.until === 'next-threshold') return t('history.untilNextThreshold');
      if (entry.until !== null)
        return t('history.until', { date: formatDay(entry.until, locale) ?? entry.until });
      if (entry.text === null) return entry.detail;
      if (entry.text.code === 'summary' || entry.text.code === 'summary-domains')
        return t('history.inSummary', { title: alertTitle(t, entry.text) });
      return alertBody(t, entry.text, locale);
    },
    [t, locale]
  );
}
