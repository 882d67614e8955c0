/**
 * The alert centre (route `alerts`): open alerts grouped by severity, then snoozed ones,
 * each with a link to its item and Snooze / Acknowledge for domain alerts.
 */
import { useId } from 'react';
import type { AlertView } from '../../../../src-shared/contract';
import { AlertActions, SeverityBadge } from '../../components/alert-actions';
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { useAlerts } from '../../lib/queries/alerts';
import { navigate, routeHref } from '../../lib/router';
import { alertObjectName, groupAlerts, itemLinkLabel } from './alerts-lib';
import { NotificationPermission } from './notification-permission';
import { useActionFocus } from './use-action-focus';
import './alerts.css';

/** The alert centre page. */
export function AlertsPage() {
  const alerts = useAlerts();
  const shell = window.hostdeck?.shell ?? null;
  const { pageRef, acting } = useActionFocus(alerts.data?.alerts);

  if (alerts.isPending) return <QueryLoading page="alerts" what="alerts" />;
  if (alerts.isError) {
    return (
      <QueryFailure
        page="alerts"
        what="Alerts"
        error={alerts.error}
        onRetry={() => void alerts.refetch()}
      />
    );
  }

  const groups = groupAlerts(alerts.data.alerts);
  const open = alerts.data.openCount;
  return (
    <div
      ref={pageRef}
      data-page="alerts"
      data-view-state={groups.length === 0 ? 'empty' : 'ready'}
      className="alerts"
    >
      <p className="alerts__summary" role="status" data-testid="alerts-summary" tabIndex={-1}>
        {open === 0 ? 'No open alerts.' : open === 1 ? '1 open alert.' : `${open} open alerts.`}
      </p>
      <NotificationPermission shell={shell} />
      {groups.length === 0 ? (
        <EmptyState title="Nothing needs your attention">
          <p>Domains close to expiry, new staff replies and overdue invoices will show up here.</p>
        </EmptyState>
      ) : (
        groups.map((group) => <AlertGroupSection key={group.id} {...group} onAction={acting} />)
      )}
    </div>
  );
}

function AlertGroupSection({
  id,
  title,
  alerts,
  onAction
}: {
  readonly id: string;
  readonly title: string;
  readonly alerts: readonly AlertView[];
  readonly onAction: (alert: AlertView) => void;
}) {
  const headingId = useId();
  return (
    <section className="card alerts__group" aria-labelledby={headingId} data-group={id}>
      <h2 id={headingId}>
        {title} <span className="muted">({alerts.length})</span>
      </h2>
      <ul className="alerts__list">
        {alerts.map((alert) => (
          <li
            key={alert.key}
            className="alert-item"
            data-testid="alert-item"
            data-alert-key={alert.key}
            // Takes focus when an action moved it here (use-action-focus.ts).
            tabIndex={-1}
          >
            <div className="alert-item__head">
              <SeverityBadge severity={alert.severity} snoozed={alert.snoozed} />
              <span className="alert-item__title">{alert.title}</span>
              <a
                className="alert-item__link"
                href={routeHref(alert.route)}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(alert.route);
                }}
              >
                {itemLinkLabel(alert.category)}
                <span className="visually-hidden">: {alertObjectName(alert)}</span>
              </a>
            </div>
            <p className="alert-item__body">{alert.body}</p>
            <AlertActions
              alertKey={alert.key}
              itemName={alertObjectName(alert)}
              canSnooze={alert.category === 'domain'}
              onAction={() => onAction(alert)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
