/**
 * The invoice-details step of a sync: after the lists, fetch GetInvoice for every invoice
 * whose detail is missing or belongs to an older version of its list row, and store them a
 * batch to a transaction (so a stopped sync resumes after the last batch stored). An invoice the
 * provider refuses (`{"status":"error","message":"Invoice ID Not Found"}` and the like) is
 * recorded without lines — none are ever made up — and the step goes on.
 */
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../cache/database';
import { toAppError } from '../errors';
import {
  copyDetailBalances,
  copyLeftoverBalances,
  invoiceListRows,
  markBalancesPending,
  staleInvoiceDetails,
  storeInvoiceDetail,
  storeInvoiceDetailError
} from '../invoices/invoice-repository';
import type { Clock, Logger } from '../ports';
import { NotFoundError, ProtocolError, ProviderError } from '../providers/errors';
import type { ProviderReader } from '../providers/provider';
import type { InvoiceDetail } from '@shared/model';

const CONCURRENCY = 4;
const NO_COPY = { copyBalance: false } as const;
/** This many failures in a row (not refusals) mean the provider is in trouble: stop the step. */
const MAX_FAILURES_IN_A_ROW = 5;
/**
 * Fetched details are stored this many to a transaction (and whatever is pending when the
 * step ends, fails or is cancelled): one commit per detail cost more than the detail's own
 * rows. Each commit logs every page it touched, and details come in no order of their keys
 * (unpaid first, then newest first): storing the large data's 20,000 details 50 to a commit
 * logged 56 MB, 200 to a commit 42 MB, and took 20-40 ms more CPU. A crash loses at most this
 * many fetched details (well under a second of fetching), which the next sync fetches again.
 */
export const STORE_BATCH = 200;
/**
 * The balances of stored details reach their list rows (the list's amount due, its sums and
 * the overdue filter) this many details at a time, and when the step ends, however it ends
 * (see storeInvoiceDetail's copyBalance). The sync announces its changes when it ends.
 */
const COPY_BALANCES_EVERY = 1000;

export interface InvoiceDetailsDeps {
  readonly db: DatabaseSync;
  readonly adapter: ProviderReader;
  readonly logger: Logger;
  readonly clock: Clock;
}

/** True when the provider answered, for this one invoice, that it has no detail to give. */
function isRefusal(error: unknown): boolean {
  if (error instanceof NotFoundError) return true;
  return (
    error instanceof ProviderError &&
    !(error instanceof ProtocolError) &&
    error.providerMessage !== null
  );
}

/**
 * Fetches the stale details. A full sync also asks again for the ones refused before.
 * Returns how many were stored; throws the error that stopped it (offline, credentials,
 * repeated failures), after storing everything fetched until then.
 */
export async function syncInvoiceDetails(
  deps: InvoiceDetailsDeps,
  options: { readonly mode: 'full' | 'incremental'; readonly signal?: AbortSignal },
  report: (done: number, total: number | null) => void
): Promise<number> {
  const { db, adapter, logger, clock } = deps;
  // Balances that a step ended by the process's end stored without copying them.
  if (inTransaction(db, () => copyLeftoverBalances(db)))
    logger.log('info', 'copied the balances of invoice details an unfinished sync stored');
  const stale = staleInvoiceDetails(db, options.mode === 'full');
  let next = 0;
  let done = 0;
  let written = 0;
  let inARow = 0;
  let stop: unknown = null;
  /** An invoice to fetch, with its list row as it was when its fetch began. */
  type Row = { readonly id: string; readonly source: string };
  type Fetched =
    | { readonly row: Row; readonly detail: InvoiceDetail; readonly at: string }
    | { readonly row: Row; readonly refusal: string; readonly at: string };
  // The list rows of the ids from `loaded` on (read a batch at a time, as the fetches reach them).
  let sources = new Map<string, string>();
  let loaded = 0;
  /** The next invoice to fetch, or null when none is left (one whose row is gone is passed). */
  const take = (): Row | null => {
    while (next < stale.length) {
      const index = next++;
      if (index >= loaded) {
        const ids = stale.slice(index, index + STORE_BATCH);
        sources = invoiceListRows(db, ids);
        loaded = index + ids.length;
      }
      const id = stale[index]!;
      const source = sources.get(id);
      if (source !== undefined) return { id, source };
      done += 1;
      report(done, stale.length);
    }
    return null;
  };
  let pending: Fetched[] = [];
  // Invoices stored since the last copy of their balances.
  let toCopy: string[] = [];
  // After a transaction failed, ids may have been forgotten: the mark stays for the next step.
  let failed = false;
  /** Stores what is pending; `last` (the step ended) copies every balance still to copy. */
  const flush = (last = false): void => {
    if (pending.length === 0 && !(last && toCopy.length > 0)) return;
    const batch = pending;
    pending = [];
    try {
      written += inTransaction(db, () => {
        let stored = 0;
        for (const item of batch) {
          if ('detail' in item) {
            if (storeInvoiceDetail(db, item.detail, item.row.source, item.at, NO_COPY)) {
              stored += 1;
              toCopy.push(item.row.id);
            }
          } else storeInvoiceDetailError(db, item.row.id, item.row.source, item.refusal, item.at);
        }
        if (last || toCopy.length >= COPY_BALANCES_EVERY) {
          copyDetailBalances(db, toCopy, { clearMark: !failed });
          toCopy = [];
        } else if (stored > 0) markBalancesPending(db);
        return stored;
      });
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  const keep = (item: Fetched): void => {
    pending.push(item);
    if (pending.length >= STORE_BATCH) flush();
  };
  report(0, stale.length);

  const worker = async (): Promise<void> => {
    while (next < stale.length && stop === null) {
      if (options.signal?.aborted) throw options.signal.reason ?? new Error('cancelled');
      const row = take();
      if (row === null) break;
      try {
        const detail = await adapter.getInvoice(row.id, options.signal);
        keep({ row, detail, at: new Date(clock.now()).toISOString() });
        inARow = 0;
      } catch (error) {
        if (options.signal?.aborted) throw error;
        const { kind, message } = toAppError(error);
        if (isRefusal(error)) {
          keep({ row, refusal: message, at: new Date(clock.now()).toISOString() });
          logger.log('warn', 'the provider gave no detail for an invoice', {
            invoiceId: row.id,
            kind,
            message
          });
          continue;
        }
        inARow += 1;
        logger.log('warn', 'invoice detail could not be fetched', {
          invoiceId: row.id,
          kind,
          message
        });
        if (kind !== 'provider' || inARow >= MAX_FAILURES_IN_A_ROW) stop = error;
      } finally {
        done += 1;
        report(done, stale.length);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, stale.length) }, worker));
  } finally {
    // Everything fetched until the step ended (or failed, or was cancelled) is kept.
    flush(true);
  }
  if (stop !== null) throw stop;
  return written;
}
