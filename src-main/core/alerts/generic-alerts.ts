import { calendarDayNumber, localDate } from './local-time';
import { formatMinorUnits } from './messages';
import type { DomainAlert, DomainAlertKind, GenericAlert } from './types';

/** The ticket facts needed to raise a "staff replied" alert. */
export interface TicketReplyInput {
  readonly id: string;
  readonly subject: string;
  /** ISO instant of the latest staff reply; part of the key so each new reply alerts once. */
  readonly lastStaffReplyAt: string;
}

/** The invoice facts needed to raise an "overdue" alert. Money is integer minor units. */
export interface OverdueInvoiceInput {
  readonly id: string;
  readonly number: string;
  /** Calendar date `YYYY-MM-DD`. */
  readonly dueOn: string;
  readonly balanceMinor: number;
  readonly currency: string;
}

/** An alert for a new staff reply on a ticket ("Answered" is when the ball is with the reseller). */
export function ticketReplyAlert(ticket: TicketReplyInput): GenericAlert {
  return {
    key: `ticket:${ticket.id}:reply:${ticket.lastStaffReplyAt}`,
    category: 'ticket',
    title: 'New reply to your ticket',
    body: ticket.subject,
    route: `/tickets/${encodeURIComponent(ticket.id)}`
  };
}

/** An alert for an overdue invoice; one per invoice, however long it stays unpaid. */
export function overdueInvoiceAlert(invoice: OverdueInvoiceInput): GenericAlert {
  const balance = formatMinorUnits(invoice.balanceMinor, invoice.currency);
  const owed = balance === null ? 'a balance is outstanding' : `${balance} outstanding`;
  return {
    key: `invoice:${invoice.id}:overdue`,
    category: 'invoice',
    title: 'Invoice overdue',
    body: `Invoice ${invoice.number} was due on ${invoice.dueOn} — ${owed}`,
    route: `/invoices/${encodeURIComponent(invoice.id)}`
  };
}

/** True once the invoice's due date is before the reseller's local today and money is still owed. */
export function isInvoiceOverdue(
  invoice: Pick<OverdueInvoiceInput, 'dueOn' | 'balanceMinor'>,
  now: number,
  timeZone: string
): boolean {
  return (
    invoice.balanceMinor > 0 &&
    calendarDayNumber(invoice.dueOn) < calendarDayNumber(localDate(now, timeZone))
  );
}

const DOMAIN_TITLES: Readonly<Record<DomainAlertKind, string>> = {
  threshold: 'Domain expiring',
  grace: 'Domain in grace period',
  redemption: 'Domain in redemption',
  expired: 'Domain expired'
};

/** A domain alert in the shared shape, keeping its key so the ledger sees one identity. */
export function domainAlertToGeneric(alert: DomainAlert): GenericAlert {
  return {
    key: alert.key,
    category: 'domain',
    title: DOMAIN_TITLES[alert.kind],
    body: alert.message,
    route: `/domains/${encodeURIComponent(alert.domainId)}`
  };
}
