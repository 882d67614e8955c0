/**
 * `hostdeck invoices`, over a profile's cache (the queries the app's Invoices page uses):
 *
 *   hostdeck invoices list [--status unpaid|overdue|paid|cancelled|refunded|draft|all]
 *     [--from DATE] [--to DATE] [--q TEXT] [--sort issued|due|number|total|status]
 *     [--dir asc|desc] [--format json|csv|table]
 *   hostdeck invoices show <id|number> [--format json|text]
 *   hostdeck invoices pdf <id|number> --out FILE
 *
 * Reads work offline. `invoices pdf` writes the cached PDF byte for byte; only a PDF that is
 * not cached is downloaded, when the provider can be reached. Exit codes: 0 done; 1 no cache
 * yet, or a PDF neither cached nor downloadable (offline); 2 invalid usage or an invoice
 * that is not in the cache; 3 the provider refused the credentials.
 */
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  INVOICE_LIST_LIMIT,
  invoiceListInputSchema,
  type InvoiceDetailView,
  type InvoiceListInput,
  type InvoiceListItem
} from '@shared/contract';
import { moneyToDecimalString, type Money } from '@shared/money';
import { localDate } from '../../core/time';
import { toAppError } from '../../core/errors';
import { toCsv } from '../../core/export/csv';
import { invoicePdf } from '../../core/invoices/invoice-handlers';
import {
  findInvoiceId,
  getInvoiceView,
  listInvoices
} from '../../core/invoices/invoice-list-repository';
import { pdfDirOf, readCachedPdf } from '../../core/invoices/pdf-repository';
import type { CliIo } from '../cli-io';
import { cliWords, type CliWords } from '../cli-words';
import { formatAmount } from '@shared/i18n/format';
import { EXIT, UsageError, parseOptions, withUsage } from '../cli-context';
import {
  BILLING_CONNECTION,
  BILLING_CONNECTION_OPTIONS,
  everyPage,
  listFormatOption,
  localDateOption,
  printList,
  textTable,
  withBillingCache
} from './billing-connection';
import {
  WRITE_CONNECTION_OPTIONS,
  WRITE_CONNECTION_USAGE,
  openWriteSession
} from './write-connection';

export const INVOICES_LIST_USAGE = `hostdeck invoices list [--status unpaid|overdue|paid|cancelled|refunded|draft|all] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--q TEXT] [--sort issued|due|number|total|status] [--dir asc|desc] [--format json|csv|table] ${BILLING_CONNECTION}`;
export const INVOICES_SHOW_USAGE = `hostdeck invoices show <id|number> [--format json|text] ${BILLING_CONNECTION}`;
export const INVOICES_PDF_USAGE = `hostdeck invoices pdf <id|number> --out FILE ${WRITE_CONNECTION_USAGE}`;
const USAGE = `${INVOICES_LIST_USAGE}\n       ${INVOICES_SHOW_USAGE}\n       ${INVOICES_PDF_USAGE}`;

const money = (m: Money | null): string | null => (m === null ? null : moneyToDecimalString(m));

function listInputOf(values: Record<string, string | undefined>): InvoiceListInput {
  const parsed = invoiceListInputSchema.safeParse({
    ...(values['status'] !== undefined ? { status: values['status'] } : {}),
    ...(values['q'] !== undefined ? { q: values['q'] } : {}),
    ...(values['from'] !== undefined ? { from: localDateOption('from', values['from']) } : {}),
    ...(values['to'] !== undefined ? { to: localDateOption('to', values['to']) } : {}),
    ...(values['sort'] !== undefined ? { sort: values['sort'] } : {}),
    ...(values['dir'] !== undefined ? { dir: values['dir'] } : {}),
    offset: 0,
    limit: INVOICE_LIST_LIMIT
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function listCsv(invoices: readonly InvoiceListItem[]): string {
  return toCsv(
    [
      'id',
      'number',
      'issued_on',
      'due_on',
      'paid_at',
      'status',
      'overdue',
      'currency',
      'total',
      'balance',
      'payment_method',
      'pdf_cached'
    ],
    invoices.map((i) => [
      i.id,
      i.number,
      i.issuedOn,
      i.dueOn,
      i.paidAt,
      i.status,
      i.overdue,
      i.total.currency,
      money(i.total),
      money(i.balance),
      i.paymentMethod,
      i.pdfCached
    ])
  );
}

function listText(invoices: readonly InvoiceListItem[], { t, locale }: CliWords): string {
  const amount = (m: Money) => formatAmount(m.amountMinor, m.currency, locale);
  return textTable(
    [
      t('invoices.header.number'),
      t('invoices.header.issued'),
      t('invoices.header.due'),
      t('invoices.header.status'),
      t('invoices.header.total'),
      t('invoices.header.balance'),
      t('invoices.header.pdf')
    ],
    invoices.map((i) => [
      i.number,
      i.issuedOn ?? '-',
      i.dueOn ?? '-',
      t(`invoices.status.${i.overdue ? 'overdue' : i.status}`),
      amount(i.total),
      i.balance === null ? '-' : amount(i.balance),
      i.pdfCached ? t('invoices.pdfCached') : '-'
    ])
  );
}

/** `hostdeck invoices list`: every cached invoice matching the filters. */
async function runList(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('invoices list', INVOICES_LIST_USAGE, io, async () => {
    const { values } = parseOptions(args, {
      ...BILLING_CONNECTION_OPTIONS,
      status: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      q: { type: 'string' },
      sort: { type: 'string' },
      dir: { type: 'string' },
      format: { type: 'string', default: 'table' }
    });
    const format = listFormatOption(values.format);
    const input = listInputOf(values);
    return withBillingCache('invoices list', values, io, ({ cache, profile, settings }) => {
      const today = localDate(Date.now(), settings.timeZone);
      const words = cliWords(settings, io);
      const first = listInvoices(cache.db, input, today);
      const invoices = everyPage(
        first.invoices,
        first.total,
        input.limit,
        (offset) => listInvoices(cache.db, { ...input, offset }, today).invoices
      );
      printList(io, format, {
        noun: 'invoices',
        rows: invoices,
        cachedCount: first.cachedCount,
        json: () => {
          const { total, sums, cachedCount } = first;
          return { profile: profile.name, today, total, sums, cachedCount, invoices };
        },
        csv: listCsv,
        empty: { none: words.t('invoices.none'), noMatch: words.t('invoices.noMatch') },
        table: (rows) => {
          io.stdout(listText(rows, words));
          const sums = first.sums
            .map((s) =>
              words.t('invoices.sum', {
                total: formatAmount(s.total, s.currency, words.locale),
                due: formatAmount(s.due, s.currency, words.locale)
              })
            )
            .join(', ');
          io.stdout(`${words.t('invoices.summary', { count: first.total, sums })}\n`);
        }
      });
      return EXIT.ok;
    });
  });
}

function detailText(invoice: InvoiceDetailView, { t, locale }: CliWords): string {
  const currency = invoice.total.currency;
  const amount = (m: { readonly amountMinor: number } | null) =>
    m === null ? '-' : formatAmount(m.amountMinor, currency, locale);
  const status = t(`invoices.status.${invoice.overdue ? 'overdue' : invoice.status}`);
  const parts = [
    t('invoices.detail.title', { number: invoice.number, id: invoice.id }),
    [
      t('invoices.detail.status', { status }),
      t('invoices.detail.issued', { date: invoice.issuedOn ?? '-' }),
      t('invoices.detail.due', { date: invoice.dueOn ?? '-' }),
      t('invoices.detail.paid', { date: invoice.paidAt?.replace('T', ' ') ?? '-' })
    ].join('   '),
    t('invoices.detail.paymentMethod', { method: invoice.paymentMethod ?? '-' }),
    ''
  ];
  if (invoice.lines.length > 0) {
    parts.push(t('invoices.detail.lines'));
    for (const line of invoice.lines) {
      const value = amount(line.amount);
      parts.push(
        `  ${line.description}  ${line.taxed ? value : t('invoices.detail.untaxed', { amount: value })}`
      );
    }
  } else {
    parts.push(
      invoice.detailError
        ? t('invoices.detail.linesUnavailable', { reason: invoice.detailError })
        : t('invoices.detail.linesNotSynced')
    );
  }
  parts.push(
    '',
    [
      t('invoices.detail.subtotal', { amount: amount(invoice.subtotal) }),
      t('invoices.detail.tax', { amount: amount(invoice.tax) }),
      t('invoices.detail.credit', { amount: amount(invoice.credit) })
    ].join('   '),
    [
      t('invoices.detail.total', { amount: amount(invoice.total) }),
      t('invoices.detail.balance', { amount: amount(invoice.balance) })
    ].join('   ')
  );
  if (invoice.transactions.length > 0) {
    parts.push('', t('invoices.detail.transactions'));
    for (const tx of invoice.transactions) {
      const moved =
        tx.amountOut.amountMinor > 0
          ? t('invoices.detail.refund', { amount: amount(tx.amountOut) })
          : t('invoices.detail.payment', { amount: amount(tx.amountIn) });
      parts.push(
        `  ${tx.date.replace('T', ' ')}  ${tx.description}  ${tx.gateway ?? '-'}  ${moved}  ${t('invoices.detail.reference', { reference: tx.reference ?? '-' })}`
      );
    }
  }
  parts.push(
    '',
    invoice.pdf.cached
      ? t('invoices.detail.pdfCached', {
          file: invoice.pdf.filename ?? '-',
          size: formatBytes(invoice.pdf.sizeBytes ?? 0, locale)
        })
      : t('invoices.detail.pdfNotCached')
  );
  return `${parts.join('\n')}\n`;
}

/** "12,3 kB" in the locale: bytes, kB or MB with the locale's separators. */
function formatBytes(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, 'megabyte']
      : bytes >= 1000
        ? [bytes / 1000, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1
  }).format(value);
}

function oneReference(positionals: readonly string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`give exactly one invoice: ${what}`);
  return positionals[0]!.trim();
}

function notInCache(io: CliIo, command: string, reference: string, profile: string): number {
  io.stderr(
    `hostdeck ${command}: invoice ${reference} is not in the cache of "${profile}"; run "hostdeck sync" if it is new\n`
  );
  return EXIT.usage;
}

/** `hostdeck invoices show <id|number>`: one cached invoice with lines and payments. */
async function runShow(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('invoices show', INVOICES_SHOW_USAGE, io, async () => {
    const { values, positionals } = parseOptions(
      args,
      { ...BILLING_CONNECTION_OPTIONS, format: { type: 'string', default: 'text' } },
      true
    );
    if (values.format !== 'json' && values.format !== 'text')
      throw new UsageError('--format must be json or text');
    const reference = oneReference(positionals, 'its id or its number');
    return withBillingCache('invoices show', values, io, ({ cache, profile, settings }) => {
      const words = cliWords(settings, io);
      const invoice = getInvoiceView(cache.db, reference, localDate(Date.now(), settings.timeZone));
      if (invoice === null) return notInCache(io, 'invoices show', reference, profile.name);
      io.stdout(
        values.format === 'json'
          ? `${JSON.stringify(invoice, null, 2)}\n`
          : detailText(invoice, words)
      );
      return EXIT.ok;
    });
  });
}

/** `hostdeck invoices pdf <id|number> --out FILE`: the cached PDF, or a fresh download. */
async function runPdf(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('invoices pdf', INVOICES_PDF_USAGE, io, async () => {
    const { values, positionals } = parseOptions(
      args,
      { ...WRITE_CONNECTION_OPTIONS, out: { type: 'string' } },
      true
    );
    const reference = oneReference(positionals, 'its id or its number');
    const out = values.out;
    if (!out) throw new UsageError('--out FILE is required');
    return withBillingCache('invoices pdf', values, io, async (opened) => {
      const { cache, profile } = opened;
      const id = findInvoiceId(cache.db, reference);
      if (id === null) return notInCache(io, 'invoices pdf', reference, profile.name);
      const cached = readCachedPdf(cache.db, pdfDirOf(dirname(cache.path)), id);
      if (cached.ok) {
        writeFileSync(out, cached.bytes);
        io.stdout(`Wrote ${out} (${cached.bytes.length} bytes, from the cache)\n`);
        return EXIT.ok;
      }
      // Not cached: a session (a second connection to the cache, which WAL allows) that
      // can reach the provider, with the secret as the write commands take it.
      const { session, close } = await openWriteSession(values, { ...io, command: 'invoices pdf' });
      try {
        const pdf = await invoicePdf(session, id, () => Date.now());
        const bytes = Buffer.from(pdf.base64, 'base64');
        writeFileSync(out, bytes);
        io.stdout(`Wrote ${out} (${bytes.length} bytes, downloaded from the provider)\n`);
        return EXIT.ok;
      } catch (error) {
        const { kind, message } = toAppError(error);
        io.stderr(`hostdeck invoices pdf: ${message}\n`);
        return kind === 'auth' || kind === 'ip-not-allowed' ? EXIT.auth : EXIT.failed;
      } finally {
        await close();
      }
    });
  });
}

/** `hostdeck invoices list|show|pdf …`. */
export async function runInvoices(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') return runList(rest, io);
  if (sub === 'show') return runShow(rest, io);
  if (sub === 'pdf') return runPdf(rest, io);
  if (sub === '--help' || sub === '-h') {
    io.stdout(`Usage: ${USAGE}\n`);
    return EXIT.ok;
  }
  io.stderr(`hostdeck invoices: choose list, show or pdf\nUsage: ${USAGE}\n`);
  return EXIT.usage;
}
