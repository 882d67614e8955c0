/**
 * The system's preferred languages outside Electron (web shell, CLI): the POSIX environment
 * (LANGUAGE's list, then LC_ALL, LC_MESSAGES, LANG), as BCP 47 tags, most preferred first;
 * Node's own locale when the environment names none.
 */
import { normalizeLocaleTag } from '@shared/i18n/languages';

export function systemLanguagesFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const candidates = [
    ...(env['LANGUAGE'] ?? '').split(':'),
    env['LC_ALL'] ?? '',
    env['LC_MESSAGES'] ?? '',
    env['LANG'] ?? ''
  ];
  const tags: string[] = [];
  for (const candidate of candidates) {
    const tag = normalizeLocaleTag(candidate);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  if (tags.length === 0) tags.push(Intl.DateTimeFormat().resolvedOptions().locale);
  return tags;
}
