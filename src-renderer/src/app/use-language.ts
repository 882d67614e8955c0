/**
 * Applies the Language setting: texts, locale helpers and `<html lang>` follow it at once.
 * 'system' means the OS's preferred languages in Electron (as main reads them) and the
 * browser's in the web shell, and keeps following the browser when its languages change.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import type { AppStatus } from '@shared/contract';
import type { LanguageSetting } from '@shared/i18n/languages';
import { applyLanguage, browserLanguages } from '../lib/i18n';

/** The languages 'system' resolves against, for the shell the page runs in. */
export function systemLanguagesFor(
  status: Pick<AppStatus, 'shell' | 'systemLanguages'> | undefined,
  browser: readonly string[]
): readonly string[] {
  if (status?.shell === 'electron' && status.systemLanguages.length > 0)
    return status.systemLanguages;
  return browser;
}

export function useLanguage(
  setting: LanguageSetting,
  status: Pick<AppStatus, 'shell' | 'systemLanguages'> | undefined
): void {
  const [browser, setBrowser] = useState(browserLanguages);
  useEffect(() => {
    const onChange = (): void => setBrowser(browserLanguages());
    window.addEventListener('languagechange', onChange);
    return () => window.removeEventListener('languagechange', onChange);
  }, []);
  const preferred = systemLanguagesFor(status, browser);
  const key = preferred.join(',');
  // Before paint, so a switch never shows one frame in the old language.
  useLayoutEffect(() => {
    applyLanguage(setting, key === '' ? [] : key.split(','));
  }, [setting, key]);
}
