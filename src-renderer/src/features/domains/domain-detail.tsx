/**
 * One domain (route `domains/<id>`): expiry, days left, status, auto-renew, price, its open
 * alert with Snooze / Acknowledge, a Renew button and the alert history.
 */
import { AlertActions, SeverityBadge } from '../../components/alert-actions';
import { errorMessage } from '../../lib/call';
import { useSettings } from '../../lib/queries/settings';
import { formatDateTime } from '../../lib/format-time';
import { BackLink } from '../../components/back-link';
import { useCapabilities } from '../../lib/capabilities';
import { AutoRenewSwitch } from './auto-renew-switch';
import {
  formatAutoRenew,
  formatDaysLeft,
  formatLocalDate,
  formatPrice,
  nextDay
} from './domain-format';
import { DEFAULT_SORT, NO_FILTERS, toDomainListInput } from './domains-lib';
import { useDomain, useDomains, useRenewDomain } from './domains-queries';
import { StatusChip } from './status-chip';

const TODAY_ONLY = {
  ...toDomainListInput(NO_FILTERS, DEFAULT_SORT, 0),
  limit: 1
} as const;

const HISTORY_LABEL = {
  raised: 'Raised',
  notified: 'Notified',
  snoozed: 'Snoozed',
  acknowledged: 'Acknowledged',
  cleared: 'Cleared'
} as const;

/** The detail view of domain `id`. */
export function DomainDetail({ id }: { readonly id: string }) {
  const detail = useDomain(id);
  // Only "today" is wanted from the list: one row is the smallest page.
  const list = useDomains(TODAY_ONLY);
  const settings = useSettings();
  const renew = useRenewDomain(window.hostdeck?.shell ?? null);
  const timeZone = settings.data?.timeZone;
  // Only where the provider is known to allow it (Combell); WHMCS only shows the flag.
  const canToggleAutoRenew = useCapabilities()?.domainAutoRenewToggle === true;

  const back = <BackLink page="domains">← All domains</BackLink>;

  if (detail.isPending) {
    return (
      <div data-page="domains" data-view-state="loading" className="domain-detail">
        {back}
        <p role="status">Loading the domain…</p>
      </div>
    );
  }
  if (detail.isError) {
    return (
      <div data-page="domains" data-view-state="error" className="domain-detail">
        {back}
        <div className="banner banner--error" role="alert">
          <span>This domain could not be loaded: {errorMessage(detail.error)}</span>
          <button type="button" className="button" onClick={() => void detail.refetch()}>
            Retry
          </button>
        </div>
      </div>
    );
  }

  const { domain, history } = detail.data;
  const today = list.data?.today;
  return (
    <div
      data-page="domains"
      data-view-state="ready"
      className="domain-detail"
      data-testid="domain-detail"
    >
      {back}
      <section className="card domain-detail__card" aria-labelledby="domain-detail-title">
        <div className="domain-detail__head">
          <h2 id="domain-detail-title" className="domain-detail__name">
            {domain.name}
          </h2>
          <StatusChip status={domain.status} />
        </div>
        <dl className="info-list domain-detail__facts">
          <dt>Expires</dt>
          <dd>{formatLocalDate(domain.expiresOn)}</dd>
          <dt>Days left</dt>
          <dd data-testid="detail-days-left">{formatDaysLeft(domain.daysLeft)}</dd>
          <dt>Auto-renew</dt>
          <dd>
            {canToggleAutoRenew ? (
              <AutoRenewSwitch id={domain.id} name={domain.name} autoRenew={domain.autoRenew} />
            ) : (
              formatAutoRenew(domain.autoRenew)
            )}
          </dd>
          <dt>Next due</dt>
          <dd>{formatLocalDate(domain.nextDueOn)}</dd>
          <dt>Renewal price</dt>
          <dd>{formatPrice(domain.renewalPrice)}</dd>
          {domain.registrar ? (
            <>
              <dt>Registrar</dt>
              <dd>{domain.registrar}</dd>
            </>
          ) : null}
        </dl>
        <div className="domain-detail__renew">
          <button
            type="button"
            className="button button--primary"
            disabled={renew.isPending}
            onClick={() => renew.mutate(domain.id)}
          >
            {renew.isPending ? 'Renewing…' : 'Renew'}
          </button>
          <span role="status" className="domain-detail__renew-status">
            {renew.isError ? (
              <span className="alert-actions__error">{errorMessage(renew.error)}</span>
            ) : renew.data ? (
              <>
                {renew.data.message}
                {renew.data.mode === 'page-url' && renew.data.url ? (
                  <>
                    {' '}
                    <a href={renew.data.url} target="_blank" rel="noopener noreferrer">
                      Open the renewal page
                    </a>
                  </>
                ) : null}
              </>
            ) : null}
          </span>
        </div>
      </section>

      <section className="card domain-detail__card" aria-labelledby="domain-alert-title">
        <h2 id="domain-alert-title">Alert</h2>
        {domain.alert ? (
          <div className="domain-detail__alert" data-testid="domain-alert">
            <p>
              <SeverityBadge
                severity={domain.alert.severity}
                snoozed={domain.alert.snoozed}
                acknowledged={domain.alert.acknowledged}
              />{' '}
              {domain.alert.message}
            </p>
            {domain.alert.acknowledged ? (
              <p className="muted">Acknowledged: it comes back at the next threshold.</p>
            ) : null}
            <AlertActions
              alertKey={domain.alert.key}
              itemName={domain.name}
              acknowledged={domain.alert.acknowledged}
              datePickerOpen
              minDate={today ? nextDay(today) : undefined}
            />
          </div>
        ) : (
          <p className="muted">No open alert for this domain.</p>
        )}
      </section>

      <section className="card domain-detail__card" aria-labelledby="domain-history-title">
        <h2 id="domain-history-title">Alert history</h2>
        {history.length === 0 ? (
          <p className="muted">No alerts so far.</p>
        ) : (
          <ol className="history" data-testid="alert-history">
            {history.map((entry, index) => (
              <li key={`${entry.key}-${entry.at}-${index}`} className="history__item">
                <time dateTime={entry.at} className="history__time">
                  {formatDateTime(Date.parse(entry.at), timeZone)}
                </time>
                <span className="history__event">{HISTORY_LABEL[entry.event]}</span>
                <span className="history__detail">{entry.detail}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
