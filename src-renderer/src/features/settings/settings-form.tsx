/**
 * The settings form. It edits a local draft (UI state) and saves it with `settings:update`,
 * never undoing changes made elsewhere meanwhile. Main validates; its error message is shown
 * as sent.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Settings } from '../../../../src-shared/contract';
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
        message: conversion.message,
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
          const message = errorMessage(error);
          setSaveState({ kind: 'error', message, fields: fieldsNamedIn(message) });
        }
      }
    );
  };

  return (
    <form className="settings__form" aria-label="Settings" noValidate onSubmit={onSubmit}>
      <section className="card settings__section" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">Appearance and region</h2>
        <LanguageField value={settings.language} />
        <div className="field">
          <label htmlFor="settings-theme">Theme</label>
          <select
            id="settings-theme"
            className="input"
            value={draft.theme}
            onChange={(event) => edit('theme', event.target.value as Settings['theme'])}
          >
            <option value="system">Same as the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
        <TextField
          label="Time zone"
          value={draft.timeZone}
          onChange={(value) => edit('timeZone', value)}
          help="An IANA zone such as Europe/Brussels. Billing months and alert days follow it."
          invalid={invalid('timeZone')}
          errorId={errorId}
        />
      </section>

      <section className="card settings__section" aria-labelledby="settings-sync">
        <h2 id="settings-sync">Sync and startup</h2>
        <TextField
          label="Sync interval (minutes)"
          type="number"
          inputMode="numeric"
          min={5}
          max={1440}
          value={draft.syncIntervalMinutes}
          onChange={(value) => edit('syncIntervalMinutes', value)}
          help="Between 5 and 1440 minutes."
          invalid={invalid('syncIntervalMinutes')}
          errorId={errorId}
        />
        <CheckboxField
          label="Keep running in the tray when the window is closed"
          checked={draft.closeToTray}
          onChange={(value) => edit('closeToTray', value)}
        />
        <CheckboxField
          label="Start Hostdeck when I log in"
          checked={draft.startAtLogin}
          onChange={(value) => edit('startAtLogin', value)}
        />
      </section>

      <section className="card settings__section" aria-labelledby="settings-notifications">
        <h2 id="settings-notifications">Notifications</h2>
        <fieldset className="fieldset">
          <legend>Show desktop notifications for</legend>
          <CheckboxField
            label="Domains"
            checked={draft.notifyDomains}
            onChange={(value) => edit('notifyDomains', value)}
          />
          <CheckboxField
            label="Tickets"
            checked={draft.notifyTickets}
            onChange={(value) => edit('notifyTickets', value)}
          />
          <CheckboxField
            label="Invoices"
            checked={draft.notifyInvoices}
            onChange={(value) => edit('notifyInvoices', value)}
          />
        </fieldset>
        <CheckboxField
          label="Pause notifications"
          checked={draft.notificationsPaused}
          onChange={(value) => edit('notificationsPaused', value)}
          help="Alerts still appear in Hostdeck; only desktop pop-ups stop."
        />
        <fieldset className="fieldset">
          <legend>Quiet hours</legend>
          <CheckboxField
            label="Hold notifications during quiet hours"
            checked={draft.quietHoursEnabled}
            onChange={(value) => edit('quietHoursEnabled', value)}
          />
          <div className="field-row">
            <TextField
              label="Quiet hours start"
              type="time"
              value={draft.quietStart}
              disabled={!draft.quietHoursEnabled}
              onChange={(value) => edit('quietStart', value)}
              invalid={invalid('quietHours')}
              errorId={errorId}
            />
            <TextField
              label="Quiet hours end"
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
        <h2 id="settings-alerts">Domain expiry alerts</h2>
        <TextField
          label="Alert thresholds (days before expiry)"
          value={draft.alertThresholds}
          onChange={(value) => edit('alertThresholds', value)}
          help="Comma-separated days, e.g. 60, 30, 14, 7, 3, 1."
          invalid={invalid('alertThresholds')}
          errorId={errorId}
        />
        <CheckboxField
          label="Alert at every threshold for auto-renewing domains"
          checked={draft.alertAllForAutoRenew}
          onChange={(value) => edit('alertAllForAutoRenew', value)}
          help="Otherwise auto-renewing domains alert only at the last thresholds."
        />
      </section>

      <section className="card settings__section" aria-labelledby="settings-billing">
        <h2 id="settings-billing">Billing</h2>
        <SelectField
          label="Invoice PDFs kept for offline use"
          value={draft.pdfCacheScope}
          onChange={(value) => edit('pdfCacheScope', value as Settings['pdfCacheScope'])}
          options={[
            { value: '24-months', label: 'Unpaid invoices and the last 24 months' },
            { value: 'all', label: 'Every invoice' }
          ]}
          help="Downloaded in the background after each sync."
        />
        <TextField
          label="Low-credit alert below"
          inputMode="decimal"
          value={draft.lowCreditThreshold}
          onChange={(value) => edit('lowCreditThreshold', value)}
          help="An amount in your account's currency, e.g. 50.00. Leave empty for no alert."
          invalid={invalid('lowCreditThreshold')}
          errorId={errorId}
        />
      </section>

      <section className="card settings__section" aria-labelledby="settings-security">
        <h2 id="settings-security">Credentials</h2>
        <CheckboxField
          label="Allow weakly protected secret storage"
          checked={draft.allowWeakSecretStorage}
          onChange={(value) => edit('allowWeakSecretStorage', value)}
          help="Linux desktop app only, when no keychain is running: stores provider secrets encrypted with a fixed key instead of asking again each session. Takes effect at the next start."
        />
      </section>

      <div className="settings__actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save settings'}
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
            ? 'Saved'
            : saveState.kind === 'error'
              ? saveState.message
              : ''}
        </p>
      </div>
    </form>
  );
}
