/**
 * Shared alert UI: the severity badge (text + colour, never colour alone) and the Snooze /
 * Acknowledge controls used by the alert centre and the domain detail.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@shared/i18n/format';
import { errorMessage } from '../lib/call';
import { useAlertActions } from '../lib/queries/alerts';
import { useLocale } from '../lib/i18n';
import { useDisclosureFocus } from '../lib/use-disclosure-focus';
import './alert-ui.css';

/** The three alert severities of the contract. */
export type Severity = 'info' | 'warning' | 'critical';

/**
 * A pill with the severity's word and colour. A snoozed or acknowledged alert is not open:
 * it is drawn muted and says so in words.
 */
export function SeverityBadge({
  severity,
  snoozed = false,
  acknowledged = false,
  title
}: {
  readonly severity: Severity;
  readonly snoozed?: boolean;
  readonly acknowledged?: boolean;
  readonly title?: string;
}) {
  const state = acknowledged ? 'acknowledged' : snoozed ? 'snoozed' : null;
  const { t } = useTranslation('app');
  return (
    <span
      className={`severity severity--${state ? 'snoozed' : severity}`}
      data-severity={severity}
      data-alert-state={state ?? 'open'}
      title={title}
    >
      {t(`severity.${severity}`)}
      {state ? ` · ${t(`severity.${state}`)}` : ''}
    </span>
  );
}

export interface AlertActionsProps {
  readonly alertKey: string;
  /**
   * The alert's object in the buttons' accessible names, e.g. "alpha-shop.com" or
   * "invoice 2026-0042", so a list of alerts does not read as the same button over and over.
   */
  readonly itemName: string;
  /** Earliest date the date picker offers (YYYY-MM-DD), normally tomorrow. */
  readonly minDate?: string;
  /** Only domain alerts can be snoozed; the others are only acknowledged. */
  readonly canSnooze?: boolean;
  /** Already acknowledged: only snoozing is left to do. */
  readonly acknowledged?: boolean;
  /**
   * Show the date picker straight away (one alert on screen). In a list it starts folded
   * behind "Snooze until a date…" so every row is not a form.
   */
  readonly datePickerOpen?: boolean;
  /** Called as a snooze or acknowledge is sent (e.g. so a list can keep focus as items move). */
  readonly onAction?: () => void;
}

/**
 * Snooze until the next threshold, snooze until a picked date, or acknowledge. Reports the
 * envelope's message when a call fails and a short confirmation when it succeeds.
 */
export function AlertActions({
  alertKey,
  itemName,
  minDate,
  canSnooze = true,
  acknowledged = false,
  datePickerOpen = false,
  onAction
}: AlertActionsProps) {
  const { snooze, acknowledge } = useAlertActions();
  const { t } = useTranslation(['app', 'common']);
  const locale = useLocale();
  const [date, setDate] = useState('');
  const [picking, setPicking] = useState(datePickerOpen);
  const [done, setDone] = useState<string | null>(null);
  const dateId = useId();
  // Opened on request, the picker takes focus; closed, it gives focus back to its opener.
  const { openerRef, panelRef } = useDisclosureFocus<HTMLButtonElement, HTMLSpanElement>(picking);
  const closePicker = (): void => {
    setPicking(false);
    setDate('');
  };
  const onPickerKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'Escape' || datePickerOpen) return;
    // Handled here: an Escape that closes the picker does not also leave the page.
    event.preventDefault();
    event.stopPropagation();
    closePicker();
  };
  const busy = snooze.isPending || acknowledge.isPending;
  const failure = snooze.error ?? acknowledge.error;

  const snoozeUntil = (until: string, confirmation: string): void => {
    onAction?.();
    setDone(null);
    acknowledge.reset();
    snooze.mutate({ key: alertKey, until }, { onSuccess: () => setDone(confirmation) });
  };

  return (
    <div className="alert-actions">
      {canSnooze ? (
        <>
          <button
            type="button"
            className="button"
            disabled={busy}
            // Names start with the visible words (WCAG 2.5.3, so voice control finds them).
            aria-label={t('alertActions.snoozeNextName', { item: itemName })}
            onClick={() => snoozeUntil('next-threshold', t('alertActions.snoozedNext'))}
          >
            {t('alertActions.snoozeNext')}
          </button>
          {picking ? null : (
            <button
              ref={openerRef}
              type="button"
              className="button"
              aria-expanded="false"
              aria-label={t('alertActions.snoozeDateName', { item: itemName })}
              onClick={() => setPicking(true)}
            >
              {t('alertActions.snoozeDate')}
            </button>
          )}
          {picking ? (
            <span ref={panelRef} className="alert-actions__date" onKeyDown={onPickerKeyDown}>
              <label htmlFor={dateId}>{t('alertActions.snoozeUntil')}</label>
              <input
                id={dateId}
                type="date"
                className="input alert-actions__date-input"
                min={minDate}
                value={date}
                onChange={(event) => setDate(event.target.value)}
              />
              <button
                type="button"
                className="button"
                disabled={busy || !/^\d{4}-\d{2}-\d{2}$/.test(date)}
                aria-label={t('alertActions.snoozePickedName', { item: itemName })}
                onClick={() =>
                  snoozeUntil(
                    date,
                    t('alertActions.snoozedUntil', {
                      date: formatDay(date, locale, 'long') ?? date
                    })
                  )
                }
              >
                {t('alertActions.snooze')}
              </button>
              {datePickerOpen ? null : (
                <button type="button" className="button" onClick={closePicker}>
                  {t('common:actions.cancel')}
                </button>
              )}
            </span>
          ) : null}
        </>
      ) : null}
      {acknowledged ? null : (
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-label={t('alertActions.acknowledgeName', { item: itemName })}
          onClick={() => {
            onAction?.();
            setDone(null);
            snooze.reset();
            acknowledge.mutate(alertKey, {
              onSuccess: () => setDone(t('alertActions.acknowledged'))
            });
          }}
        >
          {t('alertActions.acknowledge')}
        </button>
      )}
      <span className="alert-actions__status" role="status">
        {failure ? <span className="alert-actions__error">{errorMessage(failure)}</span> : done}
      </span>
    </div>
  );
}
