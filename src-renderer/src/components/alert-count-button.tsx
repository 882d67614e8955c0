/**
 * The status bar's alert count: "3 alerts" opens the alert centre. Reads `alerts:summary`
 * (the counts only, not the alerts), which `alerts:changed` refreshes, so the number follows
 * main without polling.
 */
import { useTranslation } from 'react-i18next';
import { useAlertSummary } from '../lib/queries/alerts';
import { navigate } from '../lib/router';
import './alert-ui.css';

/** `data-testid="status-alerts"`; "No alerts" at zero, nothing while unknown. */
export function AlertCountButton() {
  const summary = useAlertSummary();
  const { t } = useTranslation('app');
  // Before the first answer, or when main cannot list alerts, a number would be a guess.
  if (!summary.data) return null;
  const open = summary.data.openCount;
  const snoozed = summary.data.snoozedCount;
  const label = open === 0 ? t('alerts.none') : t('alerts.count', { count: open });
  return (
    <button
      type="button"
      className={`alert-count${open > 0 ? ' alert-count--open' : ''}`}
      data-testid="status-alerts"
      data-count={open}
      title={snoozed > 0 ? t('alerts.snoozedOpen', { count: snoozed }) : t('alerts.open')}
      onClick={() => navigate('alerts')}
    >
      {open > 0 ? <span className="alert-count__dot" aria-hidden="true" /> : null}
      {label}
    </button>
  );
}
