/**
 * The bill check: finds the provider invoice whose PAYU line names a month and compares its
 * amount with the month the engine computed. Invoice lists carry no lines, so the details of
 * the few candidate invoices are fetched once and kept in `invoices.detail_json`.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { BillCheck } from '../../../src-shared/contract';
import type { InvoiceDetail, InvoiceLine } from '../../../src-shared/model';
import type { Logger } from '../ports';

/** Fetches one invoice with its lines from the provider (null when offline / no session). */
export type InvoiceDetailFetcher = (id: string) => Promise<InvoiceDetail>;

interface CandidateRow {
  id: string;
  number: string;
  issued_on: string | null;
  status: string;
  detail_json: string | null;
}

/** How many missing details one check may fetch: bounds the cost of a month with many invoices. */
const MAX_FETCHES = 8;

/** `YYYY-MM` plus `delta` months. */
export function addMonthsToText(month: string, delta: number): string {
  const year = Number(month.slice(0, 4));
  const index = year * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Whether an invoice line is the pay-as-you-use charge of `month` (type PAYU or the usual wording). */
export function isPayuLineFor(line: InvoiceLine, month: string): boolean {
  const payu =
    line.type.toUpperCase() === 'PAYU' || /pay[- ]as[- ]you[- ]use/i.test(line.description);
  return payu && line.description.includes(month);
}

function storeDetail(db: DatabaseSync, detail: InvoiceDetail): void {
  db.prepare('UPDATE invoices SET detail_json = ? WHERE id = ?').run(
    JSON.stringify(detail),
    detail.id
  );
}

/**
 * Compares the invoiced PAYU amount of `month` with `computed`. Only invoices issued in the
 * three months after `month` are candidates (providers bill PAYU in arrears); cancelled ones
 * never count. Returns null when no candidate carries a PAYU line for the month.
 */
export async function checkBill(
  db: DatabaseSync,
  month: string,
  computed: number,
  fetchDetail: InvoiceDetailFetcher | null,
  logger: Logger
): Promise<BillCheck | null> {
  const from = `${addMonthsToText(month, 1)}-01`;
  const to = `${addMonthsToText(month, 4)}-01`;
  const candidates = db
    .prepare(
      "SELECT id, number, issued_on, status, detail_json FROM invoices WHERE issued_on >= ? AND issued_on < ? AND status != 'cancelled' ORDER BY issued_on, id"
    )
    .all(from, to) as unknown as CandidateRow[];
  let fetches = 0;
  for (const candidate of candidates) {
    let detail: InvoiceDetail | null = candidate.detail_json
      ? (JSON.parse(candidate.detail_json) as InvoiceDetail)
      : null;
    if (detail === null && fetchDetail !== null && fetches < MAX_FETCHES) {
      fetches += 1;
      try {
        detail = await fetchDetail(candidate.id);
        storeDetail(db, detail);
      } catch (error) {
        // The check is a convenience next to the figures: log and try again on the next read.
        logger.log('warn', 'usage: could not fetch invoice detail for the bill check', {
          invoiceId: candidate.id,
          error: error instanceof Error ? error.message : String(error)
        });
        continue;
      }
    }
    if (detail === null) continue;
    const lines = detail.lines.filter((line) => isPayuLineFor(line, month));
    if (lines.length === 0) continue;
    const invoiced = lines.reduce((sum, line) => sum + line.amount.amountMinor, 0);
    return {
      invoiceId: candidate.id,
      invoiceNumber: candidate.number,
      issuedOn: candidate.issued_on,
      invoiced,
      computed,
      difference: invoiced - computed
    };
  }
  return null;
}
