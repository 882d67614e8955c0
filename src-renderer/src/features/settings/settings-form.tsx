/**
 * The settings form, on react-hook-form with the form schema built from the contract's rules
 * (settings-form-schema.ts). A save sends only what was edited, so it never undoes changes
 * made elsewhere meanwhile; main validates, and its refusal marks the inputs its issues name.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsUpdate } from '@shared/contract';
import { currencyFractionDigits } from '@shared/money';
import { BridgeError, errorMessage } from '../../lib/call';
import { FormCheckboxField, FormSelectField, FormTextField } from '../../components/form-controls';
import {
  TEXT_CHECKED_FIELDS,
  changedSince,
  formFieldsAt,
  formValuesFrom,
  settingsFormSchemaFor,
  type SettingsFormValues
} from './settings-form-schema';
import { LanguageField } from './language-field';
import { useUpdateSettings } from './use-update-settings';

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saved' }
  /** Main refused or failed; the error is worded at render, in the language of the moment. */
  | { readonly kind: 'failed'; readonly error: unknown };

/**
 * The form over `settings`; mount it once the settings have loaded. `currency` is the
 * account's (null until it is known): the low-credit amount is in its units.
 */
export function SettingsForm({
  settings,
  currency
}: {
  readonly settings: Settings;
  readonly currency: string | null;
}) {
  const digits = currency === null ? 2 : currencyFractionDigits(currency);
  const values = useMemo(() => formValuesFrom(settings, digits), [settings, digits]);
  const schema = useMemo(() => settingsFormSchemaFor(digits), [digits]);
  const { control, handleSubmit, reset, setError, subscribe, formState } = useForm<
    SettingsFormValues,
    unknown,
    SettingsUpdate
  >({
    // Settings changed elsewhere (tray, another window) flow into the inputs not being edited.
    values,
    resetOptions: { keepDirtyValues: true, keepErrors: true },
    resolver: zodResolver(schema),
    // Errors stay until the next save, as the message under the button does.
    reValidateMode: 'onSubmit',
    shouldFocusError: false
  });
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const update = useUpdateSettings();
  const errorId = useId();
  const { t } = useTranslation(['settings', 'common']);
  const quietHoursEnabled = useWatch({ control, name: 'quietHoursEnabled' });

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ type }) => {
          // A stale "Saved" next to unsaved edits would be misleading (the user's, not a reset).
          if (type === 'change')
            setSaveState((current) => (current.kind === 'saved' ? { kind: 'idle' } : current));
        }
      }),
    [subscribe]
  );

  const onValid = (edited: SettingsUpdate): void => {
    setSaveState({ kind: 'idle' });
    // Every field goes out: the edited ones from the form, the rest as main last reported them.
    // Sending all of them keeps a partial update from depending on how main fills omitted
    // fields; sending only the edits over `settings` keeps changes made elsewhere meanwhile.
    update.mutate(
      { ...settings, ...changedSince(edited, settings) },
      {
        onSuccess: (stored) => {
          reset(formValuesFrom(stored, digits));
          setSaveState({ kind: 'saved' });
        },
        onError: (error) => {
          // Main's issues name the refused values by path: mark those inputs.
          const issues = error instanceof BridgeError ? (error.issues ?? []) : [];
          for (const field of formFieldsAt(issues)) setError(field, { type: 'main' });
          setSaveState({ kind: 'failed', error });
        }
      }
    );
  };
  const onInvalid = (): void => setSaveState({ kind: 'idle' });

  // The form's own check names the first field whose text is not a number at all.
  const unreadable = TEXT_CHECKED_FIELDS.find((field) => formState.errors[field]);
  const statusText =
    saveState.kind === 'saved'
      ? t('saved')
      : saveState.kind === 'failed'
        ? errorMessage(saveState.error)
        : unreadable
          ? t(`draftError.${unreadable}`)
          : '';
  const failed = saveState.kind === 'failed' || unreadable !== undefined;

  return (
    <form
      className="settings__form"
      aria-label={t('form')}
      noValidate
      onSubmit={(event) => void handleSubmit(onValid, onInvalid)(event)}
    >
      <section className="card settings__section" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">{t('appearance.title')}</h2>
        <LanguageField value={settings.language} />
        <FormSelectField
          control={control}
          name="theme"
          label={t('appearance.theme')}
          options={[
            { value: 'system', label: t('appearance.themeSystem') },
            { value: 'light', label: t('appearance.themeLight') },
            { value: 'dark', label: t('appearance.themeDark') }
          ]}
        />
        <FormTextField
          control={control}
          name="timeZone"
          label={t('appearance.timeZone')}
          help={t('appearance.timeZoneHelp')}
          errorId={errorId}
        />
      </section>

      <section className="card settings__section" aria-labelledby="settings-sync">
        <h2 id="settings-sync">{t('sync.title')}</h2>
        <FormTextField
          control={control}
          name="syncIntervalMinutes"
          label={t('sync.interval')}
          type="number"
          inputMode="numeric"
          min={5}
          max={1440}
          help={t('sync.intervalHelp')}
          errorId={errorId}
        />
        <FormCheckboxField control={control} name="closeToTray" label={t('sync.closeToTray')} />
        <FormCheckboxField control={control} name="startAtLogin" label={t('sync.startAtLogin')} />
      </section>

      <section className="card settings__section" aria-labelledby="settings-notifications">
        <h2 id="settings-notifications">{t('notifications.title')}</h2>
        <fieldset className="fieldset">
          <legend>{t('notifications.showFor')}</legend>
          <FormCheckboxField
            control={control}
            name="notifyDomains"
            label={t('notifications.domains')}
          />
          <FormCheckboxField
            control={control}
            name="notifyTickets"
            label={t('notifications.tickets')}
          />
          <FormCheckboxField
            control={control}
            name="notifyInvoices"
            label={t('notifications.invoices')}
          />
        </fieldset>
        <FormCheckboxField
          control={control}
          name="notificationsPaused"
          label={t('notifications.pause')}
          help={t('notifications.pauseHelp')}
        />
        <fieldset className="fieldset">
          <legend>{t('notifications.quietHours')}</legend>
          <FormCheckboxField
            control={control}
            name="quietHoursEnabled"
            label={t('notifications.quietEnabled')}
          />
          <div className="field-row">
            <FormTextField
              control={control}
              name="quietStart"
              label={t('notifications.quietStart')}
              type="time"
              disabled={!quietHoursEnabled}
              errorId={errorId}
            />
            <FormTextField
              control={control}
              name="quietEnd"
              label={t('notifications.quietEnd')}
              type="time"
              disabled={!quietHoursEnabled}
              errorId={errorId}
            />
          </div>
        </fieldset>
      </section>

      <section className="card settings__section" aria-labelledby="settings-alerts">
        <h2 id="settings-alerts">{t('alerts.title')}</h2>
        <FormTextField
          control={control}
          name="alertThresholds"
          label={t('alerts.thresholds')}
          help={t('alerts.thresholdsHelp')}
          errorId={errorId}
        />
        <FormCheckboxField
          control={control}
          name="alertAllForAutoRenew"
          label={t('alerts.allForAutoRenew')}
          help={t('alerts.allForAutoRenewHelp')}
        />
      </section>

      <section className="card settings__section" aria-labelledby="settings-billing">
        <h2 id="settings-billing">{t('billing.title')}</h2>
        <FormSelectField
          control={control}
          name="pdfCacheScope"
          label={t('billing.pdfScope')}
          options={[
            { value: '24-months', label: t('billing.pdfScope24') },
            { value: 'all', label: t('billing.pdfScopeAll') }
          ]}
          help={t('billing.pdfScopeHelp')}
        />
        <FormTextField
          control={control}
          name="lowCreditThreshold"
          label={
            currency === null ? t('billing.lowCredit') : `${t('billing.lowCredit')} (${currency})`
          }
          inputMode="decimal"
          help={t('billing.lowCreditHelp')}
          errorId={errorId}
        />
      </section>

      <section className="card settings__section" aria-labelledby="settings-security">
        <h2 id="settings-security">{t('credentials.title')}</h2>
        <FormCheckboxField
          control={control}
          name="allowWeakSecretStorage"
          label={t('credentials.weakStorage')}
          help={t('credentials.weakStorageHelp')}
        />
      </section>

      <div className="settings__actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? t('common:actions.saving') : t('save')}
        </button>
        <p
          id={errorId}
          className={failed ? 'save-status save-status--error' : 'save-status save-status--ok'}
          aria-live="polite"
        >
          {statusText}
        </p>
      </div>
    </form>
  );
}
