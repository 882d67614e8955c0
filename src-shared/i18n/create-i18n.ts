/**
 * The i18next instance of main and the CLI, with every catalog bundled: no loading, so t()
 * works synchronously right after creation, and changing language is immediate. (The
 * renderer builds its own from options.ts and loads French and Dutch on demand.)
 */
import { createInstance, type i18n as I18n } from 'i18next';
import type { Language } from './languages';
import { baseI18nOptions } from './options';
import { resources } from './resources';
import './i18next-types';

/** Options every Hostdeck instance with every catalog bundled shares. */
export function i18nOptions(language: Language) {
  return { ...baseI18nOptions(language), resources } as const;
}

/** A ready instance in `language` (main process and CLI; the renderer adds React to it). */
export function createI18n(language: Language): I18n {
  const instance = createInstance(i18nOptions(language));
  void instance.init();
  return instance;
}
