/**
 * The billing exports, from the cache (offline):
 *
 *   hostdeck export pdfs --from DATE --to DATE --out FILE.zip
 *     the accountant's bundle: every cached PDF of the invoices issued in the period,
 *     invoices.csv and transactions.csv, in one ZIP; lists the invoices whose PDF is missing
 *   hostdeck export statement --from DATE --to DATE --format csv|json
 *     payments, refunds and credit movements of the period with running balances
 *
 * Exit codes: 0 written (missing PDFs are listed, not an error); 1 no cache yet or the file
 * cannot be written; 2 invalid usage.
 */
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildBundle } from '../../core/invoices/bundle';
import { pdfDirOf } from '../../core/invoices/pdf-repository';
import { readStatement, statementCsv } from '../../core/invoices/statement';
import type { CliIo } from '../cli-io';
import { EXIT, UsageError, parseOptions, withUsage } from '../cli-context';
import {
  BILLING_CONNECTION,
  BILLING_CONNECTION_OPTIONS,
  localDateOption,
  withBillingCache
} from './billing-connection';

export const EXPORT_PDFS_USAGE = `hostdeck export pdfs --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.zip ${BILLING_CONNECTION}`;
export const EXPORT_STATEMENT_USAGE = `hostdeck export statement --from YYYY-MM-DD --to YYYY-MM-DD --format csv|json ${BILLING_CONNECTION}`;

function periodOf(values: { from?: string | undefined; to?: string | undefined }): {
  readonly from: string;
  readonly to: string;
} {
  const from = localDateOption('from', values.from);
  const to = localDateOption('to', values.to);
  if (from === undefined || to === undefined) throw new UsageError('--from and --to are required');
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  return { from, to };
}

/** `hostdeck export pdfs`. */
export async function runExportPdfs(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('export pdfs', EXPORT_PDFS_USAGE, io, async () => {
    const { values } = parseOptions(args, {
      ...BILLING_CONNECTION_OPTIONS,
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' }
    });
    const period = periodOf(values);
    const out = values.out;
    if (!out) throw new UsageError('--out FILE.zip is required');
    return withBillingCache('export pdfs', values, io, ({ cache, settings }) => {
      const bundle = buildBundle(cache.db, pdfDirOf(dirname(cache.path)), {
        ...period,
        timeZone: settings.timeZone
      });
      try {
        writeFileSync(out, bundle.zip);
      } catch (error) {
        io.stderr(
          `hostdeck export pdfs: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}\n`
        );
        return EXIT.failed;
      }
      io.stdout(
        `Wrote ${out}: ${bundle.invoices} invoices, ${bundle.pdfs} PDFs, ${bundle.transactions} transactions (${period.from} to ${period.to})\n`
      );
      if (bundle.missing.length > 0) {
        io.stdout(`${bundle.missing.length} PDFs are not cached (run "hostdeck sync" online):\n`);
        for (const m of bundle.missing)
          io.stdout(`  ${m.number} (id ${m.invoiceId}): ${m.reason}\n`);
      }
      return EXIT.ok;
    });
  });
}

/** `hostdeck export statement`. */
export async function runExportStatement(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('export statement', EXPORT_STATEMENT_USAGE, io, async () => {
    const { values } = parseOptions(args, {
      ...BILLING_CONNECTION_OPTIONS,
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' }
    });
    const period = periodOf(values);
    if (values.format !== 'csv' && values.format !== 'json')
      throw new UsageError('--format must be csv or json');
    const format = values.format;
    return withBillingCache('export statement', values, io, ({ cache, settings }) => {
      const statement = readStatement(cache.db, period.from, period.to, settings.timeZone);
      io.stdout(
        format === 'json' ? `${JSON.stringify(statement, null, 2)}\n` : statementCsv(statement)
      );
      return EXIT.ok;
    });
  });
}
