import { isInvoiceOverdue as isOverdueOn } from '@shared/model';
import { localDate } from '../time';
import type { AlertText } from '@shared/contract/alert-text';
import { englishBody, englishTitle, moneyOf } from './messages';
import type { DomainAlert, GenericAlert } from './types';

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

/** The English title and body of `text`, next to it (for the log and the ledger's history). */
function worded(text: AlertText): Pick<GenericAlert, 'text' | 'title' | 'body'> {
  return { text, title: englishTitle(text), body: englishBody(text) };
}

/** An alert for a new staff reply on a ticket ("Answered" is when the ball is with the reseller). */
export function ticketReplyAlert(ticket: TicketReplyInput): GenericAlert {
  return {
    key: `ticket:${ticket.id}:reply:${ticket.lastStaffReplyAt}`,
    category: 'ticket',
    ...worded({ code: 'ticket-reply', subject: ticket.subject }),
    target: { kind: 'ticket', id: ticket.id },
    subject: ticket.subject
  };
}

/** An alert for an overdue invoice; one per invoice, however long it stays unpaid. */
export function overdueInvoiceAlert(invoice: OverdueInvoiceInput): GenericAlert {
  return {
    key: `invoice:${invoice.id}:overdue`,
    category: 'invoice',
    ...worded({
      code: 'invoice-overdue',
      invoice: invoice.number,
      dueOn: invoice.dueOn,
      balance: moneyOf(invoice.balanceMinor, invoice.currency)
    }),
    target: { kind: 'invoice', id: invoice.id },
    subject: invoice.number
  };
}

/**
 * The overdue rule (the model's, shared with the dashboard and the invoices page) at instant
 * `now` in the reseller's zone, for an invoice still asking for money.
 */
export function isInvoiceOverdue(
  invoice: Pick<OverdueInvoiceInput, 'dueOn' | 'balanceMinor'>,
  now: number,
  timeZone: string
): boolean {
  return isOverdueOn(
    { status: 'unpaid', dueOn: invoice.dueOn, total: { amountMinor: invoice.balanceMinor } },
    localDate(now, timeZone)
  );
}

/** The facts of a "low credit" alert. Money is integer minor units. */
export interface LowCreditInput {
  readonly balanceMinor: number;
  readonly thresholdMinor: number;
  readonly currency: string;
}

/** True when the credit balance is below the reseller's threshold. */
export function isCreditLow(input: LowCreditInput): boolean {
  return input.balanceMinor < input.thresholdMinor;
}

/** The ledger key of the low-credit alert. */
export const LOW_CREDIT_KEY = 'credit:low';

/**
 * An alert for a credit balance below the threshold. One key for the condition: it notifies
 * once when the balance drops below, clears when it is topped up, and can come back later.
 */
export function lowCreditAlert(input: LowCreditInput): GenericAlert {
  return {
    key: LOW_CREDIT_KEY,
    category: 'invoice',
    ...worded({
      code: 'low-credit',
      balance: { amountMinor: input.balanceMinor, currency: input.currency.toUpperCase() },
      threshold: moneyOf(input.thresholdMinor, input.currency)
    }),
    target: { kind: 'account' }
  };
}

/** A domain alert in the shared shape, keeping its key so the ledger sees one identity. */
export function domainAlertToGeneric(alert: DomainAlert): GenericAlert {
  return {
    key: alert.key,
    category: 'domain',
    text: alert.text,
    title: englishTitle(alert.text),
    body: alert.message,
    target: { kind: 'domain', id: alert.domainId },
    subject: alert.domainName
  };
}
