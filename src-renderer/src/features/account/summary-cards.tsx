/**
 * The dashboard's figure cards: credit balance, unpaid and overdue invoices, and the counts
 * of domains, services and open tickets (each figure links to its page; unpaid and overdue
 * open the invoice list on that status).
 */
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummaryView } from '@shared/contract';
import { formatMoney, formatNumber } from '@shared/i18n/format';
import type { Money } from '@shared/money';
import { useLocale } from '../../lib/i18n';
import { navigate, routeHref, type RoutePath } from '../../lib/router';

function money(value: Money | null, locale: string): string {
  return value ? formatMoney(value, locale) : '—';
}

function Card(props: {
  readonly id: string;
  readonly label: string;
  readonly value: ReactNode;
  readonly detail?: ReactNode;
  readonly tone?: 'normal' | 'alert' | 'good';
}) {
  const tone = props.tone ?? 'normal';
  return (
    <section
      className={`card stat-card stat-card--${tone}`}
      data-testid={`card-${props.id}`}
      aria-labelledby={`card-${props.id}-label`}
    >
      <h2 id={`card-${props.id}-label`} className="stat-card__label">
        {props.label}
      </h2>
      <p className="stat-card__value">{props.value}</p>
      {props.detail ? <p className="stat-card__detail">{props.detail}</p> : null}
    </section>
  );
}

function PageLink({ page, children }: { readonly page: RoutePath; readonly children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    navigate(page);
  };
  return (
    <a href={routeHref(page)} onClick={onClick}>
      {children}
    </a>
  );
}

/** Which cards the provider can fill (Combell: neither credit nor invoices nor tickets). */
export interface CardChoice {
  readonly credit: boolean;
  readonly invoices: boolean;
  readonly tickets: boolean;
}

/**
 * The money cards (those the provider can fill). Overdue is highlighted whenever something
 * is overdue.
 */
export function MoneyCards({
  summary,
  show
}: {
  readonly summary: AccountSummaryView;
  readonly show: CardChoice;
}) {
  const { t } = useTranslation('dashboard');
  const locale = useLocale();
  const overdue = summary.overdueCount > 0;
  if (!show.credit && !show.invoices) return null;
  return (
    <div className="stat-grid stat-grid--money">
      {show.credit ? (
        <Card
          id="credit"
          label={t('cards.credit')}
          value={money(summary.creditBalance, locale)}
          detail={t('cards.creditDetail')}
        />
      ) : null}
      {show.invoices ? <InvoiceCards summary={summary} overdue={overdue} /> : null}
    </div>
  );
}

function InvoiceCards({
  summary,
  overdue
}: {
  readonly summary: AccountSummaryView;
  readonly overdue: boolean;
}) {
  const { t } = useTranslation('dashboard');
  const locale = useLocale();
  return (
    <>
      <Card
        id="unpaid"
        label={t('cards.unpaid')}
        value={money(summary.unpaidTotal, locale)}
        detail={
          summary.unpaidCount === 0 ? (
            t('cards.nothingToPay')
          ) : (
            <PageLink page="invoices/filter/unpaid">
              {t('cards.invoiceCount', { count: summary.unpaidCount })}
            </PageLink>
          )
        }
      />
      <Card
        id="overdue"
        label={t('cards.overdue')}
        tone={overdue ? 'alert' : 'good'}
        value={money(summary.overdueTotal, locale)}
        detail={
          overdue ? (
            <PageLink page="invoices/filter/overdue">
              {t('cards.pastDue', { count: summary.overdueCount })}
            </PageLink>
          ) : (
            t('cards.nothingOverdue')
          )
        }
      />
    </>
  );
}

/** The count cards, each linking to its page. */
export function CountCards({
  counts,
  show
}: {
  readonly counts: AccountSummaryView['counts'];
  readonly show: CardChoice;
}) {
  const { t } = useTranslation('dashboard');
  const locale = useLocale();
  const count = (value: number): string => formatNumber(value, locale);
  return (
    <div className="stat-grid stat-grid--counts">
      <Card
        id="domains"
        label={t('cards.domains')}
        value={count(counts.domains)}
        detail={<PageLink page="domains">{t('cards.viewDomains')}</PageLink>}
      />
      <Card
        id="services"
        label={t('cards.services')}
        value={count(counts.services)}
        detail={<PageLink page="services">{t('cards.viewServices')}</PageLink>}
      />
      {show.tickets ? (
        <Card
          id="tickets"
          label={t('cards.tickets')}
          value={count(counts.openTickets)}
          detail={<PageLink page="tickets">{t('cards.viewTickets')}</PageLink>}
        />
      ) : null}
    </div>
  );
}
