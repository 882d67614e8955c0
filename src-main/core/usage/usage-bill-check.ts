/**
 * The bill check: finds the provider invoice whose PAYU line names a month and compares its
 * amount with the month the engine computed. Invoice lines come with the sync (the
 * invoice-details step); the check only reads the cache and never asks the provider.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { BillCheck } from '@shared/contract';
import type { InvoiceLine } from '@shared/model';
import { issuedInvoicesMentioning } from '../invoices/invoice-repository';
import { addMonths } from '../time';

/** Whether an invoice line is the pay-as-you-use charge of `month` (type PAYU or the usual wording). */
export function isPayuLineFor(line: InvoiceLine, month: string): boolean {
  const payu =
    line.type.toUpperCase() === 'PAYU' || /pay[- ]as[- ]you[- ]use/i.test(line.description);
  return payu && line.description.includes(month);
}

/**
 * Compares the invoiced PAYU amount of `month` with `computed`. Only invoices issued in the
 * three months after `month` are candidates (providers bill PAYU in arrears); cancelled ones
 * never count. Returns null when no cached invoice carries a PAYU line for the month.
 */
export function checkBill(db: DatabaseSync, month: string, computed: number): BillCheck | null {
  const from = `${addMonths(month, 1)}-01`;
  const to = `${addMonths(month, 4)}-01`;
  // A PAYU line names its month, so only details that mention it are read.
  for (const candidate of issuedInvoicesMentioning(db, from, to, month)) {
    const lines = candidate.detail.lines.filter((line) => isPayuLineFor(line, month));
    if (lines.length === 0) continue;
    const invoiced = lines.reduce((sum, line) => sum + line.amount.amountMinor, 0);
    return {
      invoiceId: candidate.id,
      invoiceNumber: candidate.number,
      issuedOn: candidate.issuedOn,
      invoiced,
      computed,
      difference: invoiced - computed
    };
  }
  return null;
}
