/**
 * The background PDF downloader: after the data sync, fetches the PDFs of every unpaid
 * invoice and of every invoice of the last 24 months (or all of them), one at a time with a
 * pause between downloads so the provider is never hammered. Each PDF is stored as it
 * arrives, so a run that is stopped resumes with the next missing one. Nothing here blocks
 * or fails the data sync: failures are recorded per invoice and retried later.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { InvoiceStatus } from '@shared/model';
import { toAppError } from '../errors';
import type { Clock, Logger } from '../ports';
import type { ProviderReader } from '../providers/provider';
import { UnsupportedError } from '../providers/errors';
import { DAY_MS } from '../time';
import {
  cachedPdfRows,
  countInvoicesWantingPdf,
  invoicesWantingPdf,
  pdfFailures,
  recordPdfFailure,
  storePdf
} from './pdf-repository';

/** Which invoices get their PDF cached: the default, or every invoice. */
export type PdfCacheScope = '24-months' | 'all';

/** How a run is going, for the status bar and the CLI. */
export interface PdfProgress {
  readonly phase: 'started' | 'downloading' | 'finished' | 'cancelled' | 'failed';
  /** PDFs handled in this run (stored or failed). */
  readonly done: number;
  /** PDFs this run set out to fetch. */
  readonly total: number;
  readonly failed: number;
  /** The invoice being fetched ('downloading'), else null. */
  readonly invoiceId: string | null;
  /** Why the run stopped ('failed'), else null. */
  readonly message: string | null;
}

export interface PdfRunReport {
  readonly wanted: number;
  readonly downloaded: number;
  readonly failed: readonly { readonly invoiceId: string; readonly message: string }[];
  readonly cancelled: boolean;
  /** Set when the run stopped early (offline, credentials refused, too many failures). */
  readonly stoppedBecause: string | null;
}

export interface PdfDownloadDeps {
  readonly db: DatabaseSync;
  /** The profile's PDF folder (pdfDirOf). */
  readonly dir: string;
  readonly adapter: ProviderReader;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly scope: PdfCacheScope;
  /** The reseller's local date, YYYY-MM-DD: the 24 months end today. */
  readonly today: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: PdfProgress) => void;
  /** Pause between two downloads (provider's clock); default 500 ms. */
  readonly pauseMs?: number;
}

/** Failed downloads are retried at most this often per day. */
const MAX_ATTEMPTS_PER_DAY = 3;
/** This many failures in a row mean something is wrong with the provider: stop the run. */
const MAX_FAILURES_IN_A_ROW = 5;

/** The first date of the default window: the same day 24 months before `today`. */
export function windowStart(today: string): string {
  return `${String(Number(today.slice(0, 4)) - 2).padStart(4, '0')}${today.slice(4)}`;
}

/** The first issue date a scope wants a PDF of (unpaid invoices always); null for all. */
function scopeSince(scope: PdfCacheScope, today: string): string | null {
  return scope === 'all' ? null : windowStart(today);
}

/**
 * The invoices whose PDF should be cached and is not (or was made for another status: a
 * paid invoice's PDF says PAID), unpaid first, then newest first. Drafts have no PDF.
 */
export function missingPdfs(
  db: DatabaseSync,
  dir: string,
  scope: PdfCacheScope,
  today: string
): { readonly id: string; readonly status: InvoiceStatus }[] {
  const rows = invoicesWantingPdf(db, scopeSince(scope, today));
  const cached = cachedPdfRows(db);
  return rows.filter((row) => {
    const pdf = cached.get(row.id);
    return !pdf || pdf.invoiceStatus !== row.status || !existsSync(join(dir, pdf.file));
  });
}

/** Fetches one invoice's PDF from the provider and stores it (refusing anything not a PDF). */
export async function fetchPdf(
  deps: Pick<PdfDownloadDeps, 'db' | 'dir' | 'adapter'> & { readonly clock: Pick<Clock, 'now'> },
  invoice: { readonly id: string; readonly status: string },
  signal?: AbortSignal
): Promise<{ readonly bytes: Uint8Array; readonly filename: string }> {
  if (!deps.adapter.getInvoicePdf) throw unsupported();
  const pdf = await deps.adapter.getInvoicePdf(invoice.id, signal);
  const row = storePdf(deps.db, deps.dir, {
    invoiceId: invoice.id,
    bytes: pdf.bytes,
    filename: pdf.filename,
    invoiceStatus: invoice.status,
    at: new Date(deps.clock.now()).toISOString()
  });
  return { bytes: pdf.bytes, filename: row.filename };
}

function unsupported(): UnsupportedError {
  return new UnsupportedError('This provider offers no invoice PDFs');
}

/** Errors after which every further download would fail the same way. */
const RUN_STOPPERS = new Set(['offline', 'auth', 'ip-not-allowed', 'rate-limited', 'unsupported']);

/** Downloads the missing PDFs. Never throws: the report says what happened. */
export async function downloadMissingPdfs(deps: PdfDownloadDeps): Promise<PdfRunReport> {
  const { db, clock, logger, signal } = deps;
  const nowMs = clock.now();
  const failures = pdfFailures(db);
  const todo = missingPdfs(db, deps.dir, deps.scope, deps.today).filter((invoice) => {
    const failure = failures.get(invoice.id);
    // Back off from an invoice that keeps failing: a few tries a day, not one per run.
    return !(
      failure &&
      failure.attempts >= MAX_ATTEMPTS_PER_DAY &&
      nowMs - Date.parse(failure.lastAttemptAt) < DAY_MS
    );
  });
  const failed: { invoiceId: string; message: string }[] = [];
  let downloaded = 0;
  let inARow = 0;
  let stoppedBecause: string | null = null;
  const progress = (
    phase: PdfProgress['phase'],
    invoiceId: string | null,
    message: string | null
  ) =>
    deps.onProgress?.({
      phase,
      done: downloaded + failed.length,
      total: todo.length,
      failed: failed.length,
      invoiceId,
      message
    });

  progress('started', null, null);
  if (todo.length > 0 && !deps.adapter.getInvoicePdf) stoppedBecause = unsupported().message;
  for (const [index, invoice] of todo.entries()) {
    if (signal?.aborted || stoppedBecause !== null) break;
    try {
      if (index > 0) await clock.sleep(deps.pauseMs ?? 500, signal);
      if (signal?.aborted) break;
      progress('downloading', invoice.id, null);
      await fetchPdf(deps, invoice, signal);
      downloaded += 1;
      inARow = 0;
    } catch (error) {
      if (signal?.aborted) break;
      const appError = toAppError(error);
      const message = error instanceof Error ? error.message : appError.message;
      recordPdfFailure(db, invoice.id, message, new Date(clock.now()).toISOString());
      failed.push({ invoiceId: invoice.id, message });
      logger.log('warn', 'invoice PDF download failed', { invoiceId: invoice.id, message });
      inARow += 1;
      if (RUN_STOPPERS.has(appError.kind)) stoppedBecause = appError.message;
      else if (inARow >= MAX_FAILURES_IN_A_ROW)
        stoppedBecause = `${inARow} PDF downloads failed in a row; the last one: ${message}`;
    }
  }
  const cancelled = signal?.aborted === true;
  progress(
    cancelled ? 'cancelled' : stoppedBecause !== null ? 'failed' : 'finished',
    null,
    cancelled ? null : stoppedBecause
  );
  return { wanted: todo.length, downloaded, failed, cancelled, stoppedBecause };
}

/** Where the PDF cache stands for a scope: wanted, cached and current, failing. */
export function pdfCacheStatus(
  db: DatabaseSync,
  dir: string,
  scope: PdfCacheScope,
  today: string
): { readonly wanted: number; readonly cached: number; readonly failing: number } {
  const wanted = countInvoicesWantingPdf(db, scopeSince(scope, today));
  const missing = missingPdfs(db, dir, scope, today);
  const failures = pdfFailures(db);
  return {
    wanted,
    cached: wanted - missing.length,
    failing: missing.filter((m) => failures.has(m.id)).length
  };
}
