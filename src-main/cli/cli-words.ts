/**
 * The language of the CLI's text output (tables, summary lines): the Language setting, else
 * the environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). JSON and CSV stay language-neutral.
 */
import type { TFunction, i18n as I18n } from 'i18next';
import type { Settings } from '@shared/contract';
import { createI18n } from '@shared/i18n/create-i18n';
import { localeFor, resolveLanguage, type Language } from '@shared/i18n/languages';
import { systemLanguagesFromEnv } from '../node/system-languages';
import type { CliIo } from './cli-io';

export interface CliWords {
  readonly language: Language;
  /** The Intl locale for money, numbers and dates ("nl-BE"). */
  readonly locale: string;
  readonly t: TFunction<'cli'>;
  /** The instance, for another namespace's words (`i18n.t('tickets:status.open')`). */
  readonly i18n: I18n;
}

export function cliWords(settings: Pick<Settings, 'language'> | null, io: CliIo): CliWords {
  const preferred = systemLanguagesFromEnv(io.env ?? process.env);
  const language = resolveLanguage(settings?.language, preferred);
  const i18n = createI18n(language);
  return {
    language,
    locale: localeFor(language, preferred),
    t: i18n.getFixedT(language, 'cli'),
    i18n
  };
}
