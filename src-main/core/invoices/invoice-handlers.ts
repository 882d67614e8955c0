/**
 * The billing channels: invoices, their PDFs, the statement and the accountant's bundle,
 * all read from the active profile's cache. The provider is asked only for what the cache
 * cannot hold: a PDF not cached yet (when reachable) and a payment page link.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { ContractHandlers, InvoicePdf, Statement } from '@shared/contract';
import { cacheStamp } from '../cache/database';
import { UNPAID_INVOICE_STATUSES } from '@shared/model';
import { localDate } from '../time';
import { AppFailure, toAppError } from '../errors';
import type { HandlerContext } from '../handler-context';
import { vetExternalUrl } from '../security/external-url';
import type { Session } from '../profile-session';
import { buildBundle } from './bundle';
import { findInvoiceId, getInvoiceView, invoiceRef, listInvoices } from './invoice-list-repository';
import { fetchPdf, pdfCacheStatus } from './pdf-downloader';
import { readCachedPdf, sha256Hex } from './pdf-repository';
import { readStatement, statementCsv, statementPage } from './statement';

type InvoiceChannels =
  | 'invoices:list'
  | 'invoices:get'
  | 'invoices:get-pdf'
  | 'invoices:save-pdf'
  | 'invoices:pay-url'
  | 'invoices:get-pdf-status'
  | 'invoices:export-bundle'
  | 'statement:get'
  | 'statement:export-csv';

interface InvoiceRow {
  readonly id: string;
  readonly number: string;
  readonly status: string;
}

function requireInvoice(session: Session, idOrNumber: string): InvoiceRow {
  const { db } = session.cache;
  const id = findInvoiceId(db, idOrNumber);
  const row = id === null ? null : invoiceRef(db, id);
  if (!row)
    throw new AppFailure(
      'not-found',
      `Invoice ${idOrNumber} is not in the cache (it may not be synced yet, or it was removed at the provider).`,
      { code: 'invoice-not-cached', values: { invoice: idOrNumber } }
    );
  return row;
}

/**
 * An invoice's PDF: the cached bytes when they pass their checksum; otherwise, when the
 * provider is reachable, a fresh download (stored for next time). Offline and not cached is
 * an 'offline' failure that says so.
 */
export async function invoicePdf(
  session: Session,
  idOrNumber: string,
  now: () => number
): Promise<InvoicePdf> {
  const invoice = requireInvoice(session, idOrNumber);
  const { db } = session.cache;
  const cached = readCachedPdf(db, session.pdfDir, invoice.id);
  const view = (bytes: Uint8Array, filename: string, source: InvoicePdf['source']): InvoicePdf => ({
    invoiceId: invoice.id,
    filename,
    mimeType: 'application/pdf',
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64'),
    sizeBytes: bytes.length,
    sha256: sha256Hex(bytes),
    source
  });
  if (cached.ok) return view(cached.bytes, cached.row.filename, 'cache');
  const notCached = `The PDF of invoice ${invoice.number} is not cached yet`;
  if (!session.online())
    throw new AppFailure('offline', `${notCached} and the provider cannot be reached.`, {
      code: 'pdf-not-cached',
      values: { invoice: invoice.number }
    });
  try {
    const adapter = await session.adapter();
    const pdf = await fetchPdf({ db, dir: session.pdfDir, adapter, clock: { now } }, invoice);
    return view(pdf.bytes, pdf.filename, 'provider');
  } catch (error) {
    const appError = toAppError(error);
    if (appError.kind === 'offline')
      throw new AppFailure('offline', `${notCached} and the provider cannot be reached.`, {
        code: 'pdf-not-cached',
        values: { invoice: invoice.number }
      });
    throw error;
  }
}

/** Billing handlers over the active profile's cache. */
export function createInvoiceHandlers(
  ctx: HandlerContext
): Pick<ContractHandlers, InvoiceChannels> {
  const today = () => localDate(ctx.clock.now(), ctx.settings().timeZone);
  const now = () => ctx.clock.now();
  // The last statement computed, kept while the cache is unchanged: paging through a long
  // period reads one page at a time, and computing four years of the large data takes
  // about 0.15 s.
  let lastStatement: {
    readonly db: DatabaseSync;
    readonly key: string;
    readonly statement: Statement;
  } | null = null;
  const statementOf = (from: string, to: string): Statement => {
    const { db } = ctx.requireSession().cache;
    const timeZone = ctx.settings().timeZone;
    const key = `${from}|${to}|${timeZone}|${cacheStamp(db)}`;
    if (lastStatement?.db === db && lastStatement.key === key) return lastStatement.statement;
    const statement = readStatement(db, from, to, timeZone);
    lastStatement = { db, key, statement };
    return statement;
  };

  return {
    'invoices:list': async (input) => listInvoices(ctx.requireSession().cache.db, input, today()),

    'invoices:get': async ({ id }) => {
      const view = getInvoiceView(ctx.requireSession().cache.db, id, today());
      if (view === null)
        throw new AppFailure(
          'not-found',
          `Invoice ${id} is not in the cache (it may not be synced yet, or it was removed at the provider).`,
          { code: 'invoice-not-cached', values: { invoice: id } }
        );
      return view;
    },

    'invoices:get-pdf': async ({ id }) => invoicePdf(ctx.requireSession(), id, now),
    'invoices:save-pdf': async ({ id }) => invoicePdf(ctx.requireSession(), id, now),

    'invoices:pay-url': async ({ id }) => {
      const session = ctx.requireSession();
      const view = getInvoiceView(session.cache.db, id, today());
      if (view === null)
        throw new AppFailure('not-found', `Invoice ${id} is not in the cache.`, {
          code: 'invoice-not-cached',
          values: { invoice: id }
        });
      const due = view.balance?.amountMinor ?? view.total.amountMinor;
      if (!(UNPAID_INVOICE_STATUSES as readonly string[]).includes(view.status) || due <= 0)
        throw new AppFailure('invalid-input', `Invoice ${view.number} has nothing left to pay.`, {
          code: 'invoice-nothing-to-pay',
          values: { invoice: view.number }
        });
      if (session.profile.kind === 'demo' || !session.profile.baseUrl)
        throw new AppFailure(
          'unsupported',
          'The demo provider has no payment page a browser could open.',
          { code: 'demo-no-payment-page' }
        );
      const adapter = await session.adapter();
      let url: string;
      let singleSignOn = false;
      if (adapter.clientAreaLink) {
        url = await adapter.clientAreaLink({ kind: 'invoice-payment', invoiceId: view.id });
        singleSignOn = true;
      } else {
        // Without single sign-on the page asks the reseller to log in first.
        const base = session.profile.baseUrl;
        url = new URL(
          `viewinvoice.php?id=${encodeURIComponent(view.id)}`,
          base.endsWith('/') ? base : `${base}/`
        ).href;
      }
      const vetted = vetExternalUrl(url);
      if (!vetted.ok)
        throw new AppFailure('forbidden', `The payment page cannot be opened: ${vetted.reason}`, {
          code: 'link-refused'
        });
      return { url: vetted.url, singleSignOn };
    },

    'invoices:get-pdf-status': async () => {
      const session = ctx.requireSession();
      const scope = ctx.settings().pdfCacheScope;
      return {
        scope,
        ...pdfCacheStatus(session.cache.db, session.pdfDir, scope, today()),
        running: session.pdfs.running()
      };
    },

    'invoices:export-bundle': async (period) => {
      const session = ctx.requireSession();
      const bundle = buildBundle(
        session.cache.db,
        session.pdfDir,
        { ...period, timeZone: ctx.settings().timeZone },
        (progress) => ctx.events.emit('invoices:bundle-progress', progress)
      );
      const { zip } = bundle;
      return {
        filename: bundle.filename,
        base64: Buffer.from(zip.buffer, zip.byteOffset, zip.length).toString('base64'),
        sizeBytes: zip.length,
        invoices: bundle.invoices,
        pdfs: bundle.pdfs,
        transactions: bundle.transactions,
        missing: [...bundle.missing]
      };
    },

    'statement:get': async ({ from, to, offset, limit }) =>
      statementPage(statementOf(from, to), offset, limit),

    'statement:export-csv': async ({ from, to }) => ({
      filename: `hostdeck-statement-${from}-to-${to}.csv`,
      csv: statementCsv(statementOf(from, to))
    })
  };
}
