/**
 * The Language setting. Unlike the rest of the form it is saved as soon as it is chosen, so
 * the whole app switches at once (the frame applies the stored setting).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/contract';
import { LANGUAGE_NAMES, LANGUAGES, type LanguageSetting } from '@shared/i18n/languages';
import { errorMessage } from '../../lib/call';
import { useAppStatus } from '../../lib/queries/app-status';
import { useUpdateSettings } from './use-update-settings';

export function LanguageField({ value }: { readonly value: Settings['language'] }) {
  const { t } = useTranslation('settings');
  const update = useUpdateSettings();
  const status = useAppStatus();
  const id = useId();
  const helpId = `${id}-help`;
  const source =
    status.data?.shell === 'electron' ? t('language.sourceSystem') : t('language.sourceBrowser');
  // While the save runs, show the choice already made.
  const shown = update.isPending && update.variables.language ? update.variables.language : value;
  return (
    <div className="field">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        className="input"
        value={shown}
        aria-describedby={helpId}
        onChange={(event) => update.mutate({ language: event.target.value as LanguageSetting })}
      >
        <option value="system">{t('language.system')}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <p id={helpId} className="field__help">
        {t('language.help', { source })}
      </p>
      {update.isError ? (
        <p className="field__error" role="alert">
          {t('language.saveFailed', { message: errorMessage(update.error) })}
        </p>
      ) : null}
    </div>
  );
}
