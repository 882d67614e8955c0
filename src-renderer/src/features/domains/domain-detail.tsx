/**
 * One domain (route `domains/<id>`): expiry, days left, status, auto-renew, price, its open
 * alert with Snooze / Acknowledge, a Renew button and the alert history.
 */
import { useTranslation } from 'react-i18next';
import { AlertActions, SeverityBadge } from '../../components/alert-actions';
import { errorMessage } from '../../lib/call';
import { useLocale } from '../../lib/i18n';
import { useAlertText, useHistoryDetail } from '../../lib/alert-text';
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
  const { t } = useTranslation('domains');
  const locale = useLocale();
  const alertWords = useAlertText();
  const historyDetail = useHistoryDetail();

  const back = <BackLink page="domains">{t('detail.back')}</BackLink>;

  if (detail.isPending) {
    return (
      <div data-page="domains" data-view-state="loading" className="domain-detail">
        {back}
        <p role="status">{t('detail.loading')}</p>
      </div>
    );
  }
  if (detail.isError) {
    return (
      <div data-page="domains" data-view-state="error" className="domain-detail">
        {back}
        <div className="banner banner--error" role="alert">
          <span>{t('detail.loadFailed', { reason: errorMessage(detail.error) })}</span>
          <button type="button" className="button" onClick={() => void detail.refetch()}>
            {t('detail.retry')}
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
          <dt>{t('detail.expires')}</dt>
          <dd>{formatLocalDate(domain.expiresOn, locale)}</dd>
          <dt>{t('detail.daysLeft')}</dt>
          <dd data-testid="detail-days-left">{formatDaysLeft(domain.daysLeft, locale)}</dd>
          <dt>{t('detail.autoRenew')}</dt>
          <dd>
            {canToggleAutoRenew ? (
              <AutoRenewSwitch id={domain.id} name={domain.name} autoRenew={domain.autoRenew} />
            ) : (
              formatAutoRenew(domain.autoRenew)
            )}
          </dd>
          <dt>{t('detail.nextDue')}</dt>
          <dd>{formatLocalDate(domain.nextDueOn, locale)}</dd>
          <dt>{t('detail.renewalPrice')}</dt>
          <dd>{formatPrice(domain.renewalPrice, locale)}</dd>
          {domain.registrar ? (
            <>
              <dt>{t('detail.registrar')}</dt>
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
            {renew.isPending ? t('detail.renewing') : t('detail.renew')}
          </button>
          <span role="status" className="domain-detail__renew-status">
            {renew.isError ? (
              <span className="alert-actions__error">{errorMessage(renew.error)}</span>
            ) : renew.data ? (
              <>
                {t(
                  renew.data.mode === 'renewed'
                    ? renew.data.synced
                      ? 'detail.renewResult.renewed'
                      : 'detail.renewResult.renewedPending'
                    : renew.data.mode === 'opened-page'
                      ? 'detail.renewResult.openedPage'
                      : 'detail.renewResult.pageUrl',
                  { domain: domain.name }
                )}
                {renew.data.mode === 'page-url' && renew.data.url ? (
                  <>
                    {' '}
                    <a href={renew.data.url} target="_blank" rel="noopener noreferrer">
                      {t('detail.openRenewalPage')}
                    </a>
                  </>
                ) : null}
              </>
            ) : null}
          </span>
        </div>
      </section>

      <section className="card domain-detail__card" aria-labelledby="domain-alert-title">
        <h2 id="domain-alert-title">{t('detail.alert')}</h2>
        {domain.alert ? (
          <div className="domain-detail__alert" data-testid="domain-alert">
            <p>
              <SeverityBadge
                severity={domain.alert.severity}
                snoozed={domain.alert.snoozed}
                acknowledged={domain.alert.acknowledged}
              />{' '}
              {alertWords(domain.alert.text).body}
            </p>
            {domain.alert.acknowledged ? <p className="muted">{t('detail.acknowledged')}</p> : null}
            <AlertActions
              alertKey={domain.alert.key}
              itemName={domain.name}
              acknowledged={domain.alert.acknowledged}
              datePickerOpen
              minDate={today ? nextDay(today) : undefined}
            />
          </div>
        ) : (
          <p className="muted">{t('detail.noAlert')}</p>
        )}
      </section>

      <section className="card domain-detail__card" aria-labelledby="domain-history-title">
        <h2 id="domain-history-title">{t('detail.history')}</h2>
        {history.length === 0 ? (
          <p className="muted">{t('detail.noHistory')}</p>
        ) : (
          <ol className="history" data-testid="alert-history">
            {history.map((entry, index) => (
              <li key={`${entry.key}-${entry.at}-${index}`} className="history__item">
                <time dateTime={entry.at} className="history__time">
                  {formatDateTime(Date.parse(entry.at), timeZone)}
                </time>
                <span className="history__event">{t(`detail.events.${entry.event}`)}</span>
                <span className="history__detail">{historyDetail(entry)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
