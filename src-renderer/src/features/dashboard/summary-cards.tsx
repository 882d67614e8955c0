/**
 * The dashboard's figure cards: credit balance, unpaid and overdue invoices, and the counts
 * of domains, services and open tickets (each figure links to its page; unpaid and overdue
 * open the invoice list on that status).
 */
import type { MouseEvent, ReactNode } from 'react';
import type { AccountSummaryView } from '../../../../src-shared/contract';
import { formatMoney, type Money } from '../../../../src-shared/money';
import { navigate, routeHref } from '../../lib/router';

function money(value: Money | null): string {
  return value ? formatMoney(value) : '—';
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
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

function PageLink({ page, children }: { readonly page: string; readonly children: ReactNode }) {
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
  const overdue = summary.overdueCount > 0;
  if (!show.credit && !show.invoices) return null;
  return (
    <div className="stat-grid stat-grid--money">
      {show.credit ? (
        <Card
          id="credit"
          label="Credit balance"
          value={money(summary.creditBalance)}
          detail="Available for new invoices"
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
  return (
    <>
      <Card
        id="unpaid"
        label="Unpaid invoices"
        value={money(summary.unpaidTotal)}
        detail={
          summary.unpaidCount === 0 ? (
            'Nothing to pay'
          ) : (
            <PageLink page="invoices/filter/unpaid">
              {plural(summary.unpaidCount, 'invoice', 'invoices')}
            </PageLink>
          )
        }
      />
      <Card
        id="overdue"
        label="Overdue"
        tone={overdue ? 'alert' : 'good'}
        value={money(summary.overdueTotal)}
        detail={
          overdue ? (
            <PageLink page="invoices/filter/overdue">
              {plural(summary.overdueCount, 'invoice', 'invoices')} past due
            </PageLink>
          ) : (
            'Nothing overdue'
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
  return (
    <div className="stat-grid stat-grid--counts">
      <Card
        id="domains"
        label="Domains"
        value={counts.domains}
        detail={<PageLink page="domains">View domains</PageLink>}
      />
      <Card
        id="services"
        label="Services"
        value={counts.services}
        detail={<PageLink page="services">View services</PageLink>}
      />
      {show.tickets ? (
        <Card
          id="tickets"
          label="Open tickets"
          value={counts.openTickets}
          detail={<PageLink page="tickets">View tickets</PageLink>}
        />
      ) : null}
    </div>
  );
}
