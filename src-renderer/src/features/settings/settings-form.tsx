/**
 * The settings form. It edits a local draft (UI state) and saves it with `settings:update`,
 * never undoing changes made elsewhere meanwhile. Main validates; its error message is shown
 * as sent.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/contract';
import { errorMessage } from '../../lib/call';
import { CheckboxField, SelectField, TextField } from '../../components/form-fields';
import {
  changedSince,
  draftFromSettings,
  sameValue,
  fieldsNamedIn,
  updateFromDraft,
  type SettingsDraft,
  type SettingsField
} from './settings-draft';
import { LanguageField } from './language-field';
import { useUpdateSettings } from './use-update-settings';

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saved' }
  | {
      readonly kind: 'error';
      readonly message: string;
      readonly fields: ReadonlySet<SettingsField>;
    };

/** The form over `settings`; mount it once the settings have loaded. */
export function SettingsForm({ settings }: { readonly settings: Settings }) {
  // `base` is the stored settings the draft started from; saves send only what differs.
  const [base, setBase] = useState<Settings>(settings);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const dirty = !sameValue(draft, draftFromSettings(base));
  if (settings !== base && !dirty) {
    // Settings changed elsewhere (tray, another window) and nothing is being edited: follow them.
    setBase(settings);
    setDraft(draftFromSettings(settings));
  }
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const update = useUpdateSettings();
  const errorId = useId();
  const { t } = useTranslation(['settings', 'common']);

  const edit = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]): void => {
    setDraft((current) => ({ ...current, [key]: value }));
    // A stale "Saved" next to unsaved edits would be misleading.
    setSaveState((current) => (current.kind === 'saved' ? { kind: 'idle' } : current));
  };
  const invalid = (field: SettingsField): boolean =>
    saveState.kind === 'error' && saveState.fields.has(field);

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const conversion = updateFromDraft(draft);
    if (!conversion.ok) {
      setSaveState({
        kind: 'error',
        message: t(`draftError.${conversion.field}`),
        fields: new Set([conversion.field])
      });
      return;
    }
    setSaveState({ kind: 'idle' });
    // Every field goes out: the edited ones from the draft, the rest as main last reported them.
    // Sending all of them keeps a partial update from depending on how main fills omitted
    // fields, and taking the untouched ones from `settings` (not `base`) keeps changes made
    // elsewhere meanwhile.
    update.mutate(
      { ...settings, ...changedSince(conversion.update, base) },
      {
        onSuccess: (stored) => {
          setBase(stored);
          setDraft(draftFromSettings(stored));
          setSaveState({ kind: 'saved' });
        },
        onError: (error) => {
          // The fields are named in core's (English) message; the words shown follow the language.
          const named = error instanceof Error ? error.message : '';
          setSaveState({
            kind: 'error',
            message: errorMessage(error),
            fields: fieldsNamedIn(named)
          });
        }
      }
    );
  };

  return (
    <form className="settings__form" aria-label={t('form')} noValidate onSubmit={onSubmit}>
      <section className="card settings__section" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">{t('appearance.title')}</h2>
        <LanguageField value={settings.language} />
        <div className="field">
          <label htmlFor="settings-theme">{t('appearance.theme')}</label>
          <select
            id="settings-theme"
            className="input"
            value={draft.theme}
            onChange={(event) => edit('theme', event.target.value as Settings['theme'])}
          >
            <option value="system">{t('appearance.themeSystem')}</option>
            <option value="light">{t('appearance.themeLight')}</option>
            <option value="dark">{t('appearance.themeDark')}</option>
          </select>
        </div>
        <TextField
          label={t('appearance.timeZone')}
          value={draft.timeZone}
          onChange={(value) => edit('timeZone', value)}
          help={t('appearance.timeZoneHelp')}
          invalid={invalid('timeZone')}
          errorId={errorId}
        />
      </section>

      <section className="card settings__section" aria-labelledby="settings-sync">
        <h2 id="settings-sync">{t('sync.title')}</h2>
        <TextField
          label={t('sync.interval')}
          type="number"
          inputMode="numeric"
          min={5}
          max={1440}
          value={draft.syncIntervalMinutes}
          onChange={(value) => edit('syncIntervalMinutes', value)}
          help={t('sync.intervalHelp')}
          invalid={invalid('syncIntervalMinutes')}
          errorId={errorId}
        />
        <CheckboxField
          label={t('sync.closeToTray')}
          checked={draft.closeToTray}
          onChange={(value) => edit('closeToTray', value)}
        />
        <CheckboxField
          label={t('sync.startAtLogin')}
          checked={draft.startAtLogin}
          onChange={(value) => edit('startAtLogin', value)}
        />
      </section>

      <section className="card settings__section" aria-labelledby="settings-notifications">
        <h2 id="settings-notifications">{t('notifications.title')}</h2>
        <fieldset className="fieldset">
          <legend>{t('notifications.showFor')}</legend>
          <CheckboxField
            label={t('notifications.domains')}
            checked={draft.notifyDomains}
            onChange={(value) => edit('notifyDomains', value)}
          />
          <CheckboxField
            label={t('notifications.tickets')}
            checked={draft.notifyTickets}
            onChange={(value) => edit('notifyTickets', value)}
          />
          <CheckboxField
            label={t('notifications.invoices')}
            checked={draft.notifyInvoices}
            onChange={(value) => edit('notifyInvoices', value)}
          />
        </fieldset>
        <CheckboxField
          label={t('notifications.pause')}
          checked={draft.notificationsPaused}
          onChange={(value) => edit('notificationsPaused', value)}
          help={t('notifications.pauseHelp')}
        />
        <fieldset className="fieldset">
          <legend>{t('notifications.quietHours')}</legend>
          <CheckboxField
            label={t('notifications.quietEnabled')}
            checked={draft.quietHoursEnabled}
            onChange={(value) => edit('quietHoursEnabled', value)}
          />
          <div className="field-row">
            <TextField
              label={t('notifications.quietStart')}
              type="time"
              value={draft.quietStart}
              disabled={!draft.quietHoursEnabled}
              onChange={(value) => edit('quietStart', value)}
              invalid={invalid('quietHours')}
              errorId={errorId}
            />
            <TextField
              label={t('notifications.quietEnd')}
              type="time"
              value={draft.quietEnd}
              disabled={!draft.quietHoursEnabled}
              onChange={(value) => edit('quietEnd', value)}
              invalid={invalid('quietHours')}
              errorId={errorId}
            />
          </div>
        </fieldset>
      </section>

      <section className="card settings__section" aria-labelledby="settings-alerts">
        <h2 id="settings-alerts">{t('alerts.title')}</h2>
        <TextField
          label={t('alerts.thresholds')}
          value={draft.alertThresholds}
          onChange={(value) => edit('alertThresholds', value)}
          help={t('alerts.thresholdsHelp')}
          invalid={invalid('alertThresholds')}
          errorId={errorId}
        />
        <CheckboxField
          label={t('alerts.allForAutoRenew')}
          checked={draft.alertAllForAutoRenew}
          onChange={(value) => edit('alertAllForAutoRenew', value)}
          help={t('alerts.allForAutoRenewHelp')}
        />
      </section>

      <section className="card settings__section" aria-labelledby="settings-billing">
        <h2 id="settings-billing">{t('billing.title')}</h2>
        <SelectField
          label={t('billing.pdfScope')}
          value={draft.pdfCacheScope}
          onChange={(value) => edit('pdfCacheScope', value as Settings['pdfCacheScope'])}
          options={[
            { value: '24-months', label: t('billing.pdfScope24') },
            { value: 'all', label: t('billing.pdfScopeAll') }
          ]}
          help={t('billing.pdfScopeHelp')}
        />
        <TextField
          label={t('billing.lowCredit')}
          inputMode="decimal"
          value={draft.lowCreditThreshold}
          onChange={(value) => edit('lowCreditThreshold', value)}
          help={t('billing.lowCreditHelp')}
          invalid={invalid('lowCreditThreshold')}
          errorId={errorId}
        />
      </section>

      <section className="card settings__section" aria-labelledby="settings-security">
        <h2 id="settings-security">{t('credentials.title')}</h2>
        <CheckboxField
          label={t('credentials.weakStorage')}
          checked={draft.allowWeakSecretStorage}
          onChange={(value) => edit('allowWeakSecretStorage', value)}
          help={t('credentials.weakStorageHelp')}
        />
      </section>

      <div className="settings__actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? t('common:actions.saving') : t('save')}
        </button>
        <p
          id={errorId}
          className={
            saveState.kind === 'error'
              ? 'save-status save-status--error'
              : 'save-status save-status--ok'
          }
          aria-live="polite"
        >
          {saveState.kind === 'saved'
            ? t('saved')
            : saveState.kind === 'error'
              ? saveState.message
              : ''}
        </p>
      </div>
    </form>
  );
}
