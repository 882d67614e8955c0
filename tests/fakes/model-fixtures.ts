/** Model objects for tests: a typical value that each test changes where it matters. */
import type { Invoice, Money, TicketMessage, TicketSummary } from '@shared/model';

/** `amountMinor` euro cents. */
export const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });

/**
 * An unpaid invoice `INV-<id>` of `totalMinor` euro cents (its subtotal too), issued
 * 2026-11-01 and due 2026-11-15, without tax, credit, balance or payment method; `fields`
 * over it.
 */
export function sampleInvoice(
  id: string,
  totalMinor: number,
  fields: Partial<Invoice> = {}
): Invoice {
  return {
    id,
    number: `INV-${id}`,
    issuedOn: '2026-11-01',
    dueOn: '2026-11-15',
    paidAt: null,
    status: 'unpaid',
    isOverdue: false,
    subtotal: eur(totalMinor),
    tax: null,
    credit: null,
    total: eur(totalMinor),
    balance: null,
    paymentMethod: null,
    ...fields
  };
}

/**
 * An open ticket `TCK-<id>` of department 1 (no name), medium priority, opened 2026-03-01 and
 * answered 2026-03-02 (provider wall-clock times); `fields` over it.
 */
export function sampleTicket(id: string, fields: Partial<TicketSummary> = {}): TicketSummary {
  return {
    id,
    publicId: `TCK-${id}`,
    subject: `Ticket ${id}`,
    departmentId: '1',
    departmentName: null,
    status: 'Open',
    priority: 'medium',
    openedAt: '2026-03-01T09:00:00',
    lastReplyAt: '2026-03-02T09:00:00',
    awaitingCustomer: false,
    isClosed: false,
    ...fields
  };
}

/** A plain-text message without attachments, by the reseller or by staff (Sam); `fields` over it. */
export function sampleMessage(
  id: string,
  kind: 'staff' | 'customer',
  body: string,
  postedAt: string,
  fields: Partial<TicketMessage> = {}
): TicketMessage {
  return {
    id,
    author: { name: kind === 'staff' ? 'Sam (Support)' : 'Reseller', kind },
    postedAt,
    body,
    bodyFormat: 'text',
    attachments: [],
    clientMarker: null,
    ...fields
  };
}
