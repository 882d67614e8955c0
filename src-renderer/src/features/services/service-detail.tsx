/**
 * One service (route `services/<id>`): domain, pack, status, billing, dates, server, disk and
 * bandwidth use against the limits, and "Log in to control panel" where the provider offers
 * single sign-on (the link is made by main on demand and opened in the browser). Control-
 * panel passwords are never part of it. Escape goes back to the list.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@shared/i18n/format';
import { BackLink } from '../../components/back-link';
import { listReturnPath } from '../../components/data-table/use-list-view';
import { DetailFailure, DetailLoading } from '../../components/detail-state';
import { errorMessage } from '../../lib/call';
import { useLocale } from '../../lib/i18n';
import { useAppStatus } from '../../lib/queries/app-status';
import { navigate } from '../../lib/router';
import { ServiceStatusChip } from './service-status-chip';
import { cycleWords, formatDay } from './services-lib';
import { useControlPanelLogin, useService } from './services-queries';
import { UsageMeter } from './usage-meter';

/** "← All services". */
function Back() {
  const { t } = useTranslation('services');
  return <BackLink page="services">{t('detail.back')}</BackLink>;
}

const back = <Back />;

function onEscape(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  if ((event.target as HTMLElement).closest('input, textarea, select')) return;
  event.preventDefault();
  navigate(listReturnPath('services'));
}

export function ServiceDetail({ id }: { readonly id: string }) {
  const detail = useService(id);
  const status = useAppStatus();
  const login = useControlPanelLogin();
  const title = useRef<HTMLHeadingElement>(null);
  const ready = detail.isSuccess;
  const { t } = useTranslation('services');
  const locale = useLocale();

  useEffect(() => {
    if (!ready) return;
    const frame = window.requestAnimationFrame(() => title.current?.focus());
    return () => window.cancelAnimationFrame(frame);
  }, [ready, id]);

  if (detail.isPending) {
    return (
      <DetailLoading page="services" className="service-view" back={back} what={t('detail.what')} />
    );
  }
  if (detail.isError) {
    return (
      <DetailFailure
        page="services"
        className="service-view"
        back={back}
        noun={t('detail.noun')}
        id={id}
        error={detail.error}
        onRetry={() => void detail.refetch()}
        onKeyDown={onEscape}
      />
    );
  }

  const { service, singleSignOn } = detail.data;
  const online = status.data?.online ?? false;
  return (
    <div
      data-page="services"
      data-view-state="ready"
      className="service-view"
      data-testid="service-detail"
      onKeyDown={onEscape}
    >
      {back}
      <section className="card service-card" aria-labelledby="service-title">
        <div className="service-card__head">
          <h2 id="service-title" ref={title} tabIndex={-1} className="service-card__title">
            {service.domain ?? service.name}
          </h2>
          <ServiceStatusChip status={service.status} />
        </div>
        {singleSignOn ? (
          <div className="service-card__login">
            <button
              type="button"
              className="button button--primary"
              disabled={!online || login.isPending}
              onClick={() => login.mutate(service.id)}
            >
              {login.isPending ? t('detail.opening') : t('detail.login')}
            </button>
            <span role="status" className="muted">
              {login.isError
                ? errorMessage(login.error)
                : login.isSuccess
                  ? t('detail.loginOpened')
                  : online
                    ? ''
                    : t('detail.loginOffline')}
            </span>
          </div>
        ) : null}
        <dl className="info-list service-card__facts">
          <dt>{t('detail.pack')}</dt>
          <dd>{service.name}</dd>
          {service.group ? (
            <>
              <dt>{t('detail.group')}</dt>
              <dd>{service.group}</dd>
            </>
          ) : null}
          <dt>{t('detail.cycle')}</dt>
          <dd>{service.billingCycle ? cycleWords(service.billingCycle) : '—'}</dd>
          <dt>{t('detail.amount')}</dt>
          <dd>{service.recurringAmount ? formatMoney(service.recurringAmount, locale) : '—'}</dd>
          <dt>{t('detail.nextDue')}</dt>
          <dd>{formatDay(service.nextDueOn, locale)}</dd>
          <dt>{t('detail.registered')}</dt>
          <dd>{formatDay(service.registeredOn, locale)}</dd>
          <dt>{t('detail.server')}</dt>
          <dd>{service.serverHostname ?? '—'}</dd>
          <dt>{t('detail.disk')}</dt>
          <dd>
            <UsageMeter meter={service.disk} label={t('detail.diskUse')} />
          </dd>
          <dt>{t('detail.bandwidth')}</dt>
          <dd>
            <UsageMeter meter={service.bandwidth} label={t('detail.bandwidthUse')} />
          </dd>
        </dl>
      </section>
    </div>
  );
}
