/**
 * The alert centre (route `alerts`): open alerts grouped by severity, then snoozed ones,
 * each with a link to its item and Snooze / Acknowledge for domain alerts. Main pages each
 * group (`alerts:list`); a group longer than a page has its own pager, its page in the address.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertGroupPage, AlertView } from '@shared/contract';
import { AlertActions, SeverityBadge } from '../../components/alert-actions';
import { DataTablePager } from '../../components/data-table/data-table-pager';
import { pathWithQuery } from '../../components/data-table/list-view';
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { formatNumber } from '@shared/i18n/format';
import { useLocale } from '../../lib/i18n';
import { useAlerts } from '../../lib/queries/alerts';
import { navigate, routeHref, useRouteQuery } from '../../lib/router';
import { targetPath } from '../../lib/target-route';
import {
  ALERTS_PAGE_SIZE,
  alertListInput,
  alertObjectName,
  groupTitle,
  itemLinkLabel,
  readGroupPages,
  writeGroupPages
} from './alerts-lib';
import { NotificationPermission } from './notification-permission';
import { useActionFocus } from './use-action-focus';
import { useAlertText } from '../../lib/alert-text';
import './alerts.css';

/** The alert centre page. */
export function AlertsPage() {
  const query = useRouteQuery();
  const pages = useMemo(() => readGroupPages(query), [query]);
  const alerts = useAlerts(alertListInput(pages));
  const shell = window.hostdeck?.shell ?? null;
  const shown = useMemo(() => alerts.data?.groups.flatMap((group) => group.alerts), [alerts.data]);
  const { pageRef, acting } = useActionFocus(shown);
  const { t } = useTranslation('alerts');

  if (alerts.isPending) return <QueryLoading page="alerts" what={t('loadingWhat')} />;
  if (alerts.isError) {
    return (
      <QueryFailure
        page="alerts"
        what={t('failedWhat')}
        error={alerts.error}
        onRetry={() => void alerts.refetch()}
      />
    );
  }

  const groups = alerts.data.groups;
  const open = alerts.data.openCount;
  const showPage = (group: AlertGroupPage, page: number): void =>
    navigate(pathWithQuery('alerts', writeGroupPages({ ...pages, [group.id]: page })));
  return (
    <div
      ref={pageRef}
      data-page="alerts"
      data-view-state={
        alerts.isPlaceholderData ? 'loading' : groups.length === 0 ? 'empty' : 'ready'
      }
      className="alerts"
    >
      <p className="alerts__summary" role="status" data-testid="alerts-summary" tabIndex={-1}>
        {open === 0 ? t('summary.none') : t('summary.open', { count: open })}
      </p>
      <NotificationPermission shell={shell} />
      {groups.length === 0 ? (
        <EmptyState title={t('empty.title')}>
          <p>{t('empty.text')}</p>
        </EmptyState>
      ) : (
        groups.map((group) => (
          <AlertGroupSection
            key={group.id}
            group={group}
            onAction={acting}
            onPage={(page) => showPage(group, page)}
          />
        ))
      )}
    </div>
  );
}

function AlertGroupSection({
  group,
  onAction,
  onPage
}: {
  readonly group: AlertGroupPage;
  readonly onAction: (alert: AlertView) => void;
  readonly onPage: (page: number) => void;
}) {
  const headingId = useId();
  const words = useAlertText();
  const { t } = useTranslation('alerts');
  const locale = useLocale();
  const title = groupTitle(group.id);
  const page = Math.floor(group.offset / ALERTS_PAGE_SIZE);
  return (
    <section className="card alerts__group" aria-labelledby={headingId} data-group={group.id}>
      <h2 id={headingId}>
        {title} <span className="muted">({formatNumber(group.total, locale)})</span>
      </h2>
      <ul className="alerts__list">
        {group.alerts.map((alert) => (
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
              <span className="alert-item__title">{words(alert.text).title}</span>
              <a
                className="alert-item__link"
                href={routeHref(targetPath(alert.target))}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(targetPath(alert.target));
                }}
              >
                {itemLinkLabel(alert.category)}
                <span className="visually-hidden">: {alertObjectName(alert)}</span>
              </a>
            </div>
            <p className="alert-item__body">{words(alert.text).body}</p>
            <AlertActions
              alertKey={alert.key}
              itemName={alertObjectName(alert)}
              canSnooze={alert.category === 'domain'}
              onAction={() => onAction(alert)}
            />
          </li>
        ))}
      </ul>
      <DataTablePager
        page={page}
        pages={Math.ceil(group.total / ALERTS_PAGE_SIZE)}
        onPrevious={() => onPage(page - 1)}
        onNext={() => onPage(page + 1)}
        noun={t('pagerNoun', { group: title })}
        testId={`alerts-pager-${group.id}`}
      />
    </section>
  );
}
