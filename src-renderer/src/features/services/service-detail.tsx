/**
 * One service (route `services/<id>`): domain, pack, status, billing, dates, server, disk and
 * bandwidth use against the limits, and "Log in to control panel" where the provider offers
 * single sign-on (the link is made by main on demand and opened in the browser). Control-
 * panel passwords are never part of it. Escape goes back to the list.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { formatMoney } from '../../../../src-shared/money';
import { BackLink } from '../../components/back-link';
import { listReturnPath } from '../../components/data-table/use-list-view';
import { DetailFailure, DetailLoading } from '../../components/detail-state';
import { errorMessage } from '../../lib/call';
import { useAppStatus } from '../../lib/queries/app-status';
import { navigate } from '../../lib/router';
import { ServiceStatusChip } from './service-status-chip';
import { formatDay } from './services-lib';
import { useControlPanelLogin, useService } from './services-queries';
import { UsageMeter } from './usage-meter';

const back = <BackLink page="services">← All services</BackLink>;

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

  useEffect(() => {
    if (!ready) return;
    const frame = window.requestAnimationFrame(() => title.current?.focus());
    return () => window.cancelAnimationFrame(frame);
  }, [ready, id]);

  if (detail.isPending) {
    return <DetailLoading page="services" className="service-view" back={back} what="service" />;
  }
  if (detail.isError) {
    return (
      <DetailFailure
        page="services"
        className="service-view"
        back={back}
        noun="Service"
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
              {login.isPending ? 'Opening…' : 'Log in to control panel'}
            </button>
            <span role="status" className="muted">
              {login.isError
                ? errorMessage(login.error)
                : login.isSuccess
                  ? 'The control panel opened in your browser.'
                  : online
                    ? ''
                    : 'Logging in needs your provider, which cannot be reached right now.'}
            </span>
          </div>
        ) : null}
        <dl className="info-list service-card__facts">
          <dt>Pack</dt>
          <dd>{service.name}</dd>
          {service.group ? (
            <>
              <dt>Group</dt>
              <dd>{service.group}</dd>
            </>
          ) : null}
          <dt>Billing cycle</dt>
          <dd>{service.billingCycle ?? '—'}</dd>
          <dt>Recurring amount</dt>
          <dd>{service.recurringAmount ? formatMoney(service.recurringAmount) : '—'}</dd>
          <dt>Next due</dt>
          <dd>{formatDay(service.nextDueOn)}</dd>
          <dt>Registered</dt>
          <dd>{formatDay(service.registeredOn)}</dd>
          <dt>Server</dt>
          <dd>{service.serverHostname ?? '—'}</dd>
          <dt>Disk</dt>
          <dd>
            <UsageMeter meter={service.disk} label="Disk use" />
          </dd>
          <dt>Bandwidth</dt>
          <dd>
            <UsageMeter meter={service.bandwidth} label="Bandwidth use" />
          </dd>
        </dl>
      </section>
    </div>
  );
}
