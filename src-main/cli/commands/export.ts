/**
 * `hostdeck export invoices|domains|tickets --format json|csv`: prints cached data (works
 * offline; run `hostdeck sync` first). Exit 2 for bad usage, 1 when there is no cache yet.
 * The domains CSV takes the Domains screen's filters and sort and streams every matching
 * row from SQLite, with days left and the alert.
 */
import type { CliIo } from '../cli-io';
import { EXIT, UsageError, parseOptions, withUsage } from '../cli-context';
import { domainListInputSchema, type DomainListInput } from '@shared/contract';
import { ensureAlertResults } from '../../core/alerts/alert-results-repository';
import { collectAlerts, withoutDomains } from '../../core/alerts/alert-service';
import { localDate } from '../../core/time';
import { alertSettingsFrom } from '../../core/alerts/settings';
import { writeDomainsCsv } from '../../core/domains/domains-csv';
import { EXPORTABLE, exportEntity, type Exportable } from '../../core/export/entity-export';
import {
  BILLING_CONNECTION,
  BILLING_CONNECTION_OPTIONS,
  withBillingCache
} from './billing-connection';
import {
  EXPORT_PDFS_USAGE,
  EXPORT_STATEMENT_USAGE,
  runExportPdfs,
  runExportStatement
} from './export-billing';

const USAGE = `hostdeck export invoices|domains|tickets ${BILLING_CONNECTION} --format json|csv
       hostdeck export domains --format csv [--status KEY] [--within DAYS] [--search TEXT]
         [--auto-renew-off] [--sort name|status|expiresOn|daysLeft|autoRenew|nextDueOn|renewalPrice|alert] [--dir asc|desc]
       ${EXPORT_PDFS_USAGE}
       ${EXPORT_STATEMENT_USAGE}`;

/** Prints one entity of a profile's cache. */
export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  if (args[0] === 'pdfs') return runExportPdfs(args.slice(1), io);
  if (args[0] === 'statement') return runExportStatement(args.slice(1), io);
  return withUsage('export', USAGE, io, async () => {
    const { values, positionals } = parseOptions(
      args,
      {
        ...BILLING_CONNECTION_OPTIONS,
        format: { type: 'string' },
        status: { type: 'string' },
        within: { type: 'string' },
        search: { type: 'string' },
        'auto-renew-off': { type: 'boolean' },
        sort: { type: 'string' },
        dir: { type: 'string' }
      },
      true
    );
    const [entity, ...extra] = positionals;
    if (!entity || !(EXPORTABLE as readonly string[]).includes(entity))
      throw new UsageError(
        `choose what to export: ${[...EXPORTABLE, 'pdfs', 'statement'].join(', ')}`
      );
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const format = values.format;
    if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv');
    const filtered = ['status', 'within', 'search', 'auto-renew-off', 'sort', 'dir'].filter(
      (name) => values[name as keyof typeof values] !== undefined
    );
    const domainsCsv = entity === 'domains' && format === 'csv';
    if (!domainsCsv && filtered.length > 0)
      throw new UsageError(`--${filtered[0]} only applies to: export domains --format csv`);
    const filters = domainsCsv ? domainFilters(values) : null;
    return withBillingCache('export', values, io, ({ cache, settings: saved }) => {
      if (filters) {
        const now = Date.now();
        const settings = alertSettingsFrom(saved);
        ensureAlertResults(cache.db, settings, now, () =>
          withoutDomains(collectAlerts(cache.db, settings, now))
        );
        writeDomainsCsv(cache.db, filters, localDate(now, settings.timeZone), io.stdout);
        return EXIT.ok;
      }
      io.stdout(exportEntity(cache.db, entity as Exportable, format));
      return EXIT.ok;
    });
  });
}

/** The Domains screen's filters and sort from the command line (usage error when invalid). */
function domainFilters(values: {
  status?: string;
  within?: string;
  search?: string;
  'auto-renew-off'?: boolean;
  sort?: string;
  dir?: string;
}): DomainListInput {
  const within = values.within === undefined ? null : Number(values.within);
  const parsed = domainListInputSchema.safeParse({
    status: values.status,
    within,
    q: values.search,
    autoRenewOffOnly: values['auto-renew-off'],
    sort: values.sort ?? 'expiresOn',
    dir: values.dir
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = issue?.path[0] === 'q' ? 'search' : String(issue?.path[0] ?? 'filters');
    throw new UsageError(`--${flag === 'autoRenewOffOnly' ? 'auto-renew-off' : flag} is not valid`);
  }
  return parsed.data;
}
