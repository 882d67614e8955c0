/**
 * Applies the theme setting as `data-theme` on <html>; 'system' follows the OS and keeps
 * following it when the user switches while Hostdeck is open.
 */
import { useEffect, useState } from 'react';
import type { Settings } from '@shared/contract';

export type ResolvedTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** The theme to show for a setting, given what the OS prefers. */
export function resolveTheme(setting: Settings['theme'], prefersDark: boolean): ResolvedTheme {
  if (setting === 'system') return prefersDark ? 'dark' : 'light';
  return setting;
}

/** Keeps `<html data-theme>` in line with the setting and the OS preference. */
export function useTheme(setting: Settings['theme']): ResolvedTheme {
  const [prefersDark, setPrefersDark] = useState(systemPrefersDark);

  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const media = window.matchMedia(DARK_QUERY);
    const onChange = (): void => setPrefersDark(media.matches);
    onChange();
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);

  const theme = resolveTheme(setting, prefersDark);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
