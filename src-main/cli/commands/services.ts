/**
 * `hostdeck services list [--status S] [--q TEXT] [--sort name|domain|status|next-due|amount|disk|bandwidth]
 * [--dir asc|desc] [--format json|csv|table]`: the cached hosting accounts and products with
 * their billing and disk/bandwidth use (the query the app's Services page uses). Works
 * offline. Exit codes: 0 shown; 1 no cache yet; 2 invalid usage.
 */
import {
  SERVICE_LIST_LIMIT,
  serviceListInputSchema,
  type ServiceListInput,
  type ServiceView
} from '@shared/contract';
import { moneyToDecimalString } from '@shared/money';
import { toCsv } from '../../core/export/csv';
import { listServices } from '../../core/services/service-repository';
import type { CliIo } from '../cli-io';
import { cliWords } from '../cli-words';
import { formatAmount } from '@shared/i18n/format';
import { EXIT, UsageError, parseOptions, withUsage } from '../cli-context';
import {
  BILLING_CONNECTION,
  BILLING_CONNECTION_OPTIONS,
  everyPage,
  listFormatOption,
  printList,
  textTable,
  withBillingCache
} from './billing-connection';

export const SERVICES_LIST_USAGE = `hostdeck services list [--status active|suspended|terminated|cancelled|pending|all] [--q TEXT] [--sort name|domain|status|next-due|amount|disk|bandwidth] [--dir asc|desc] [--format json|csv|table] ${BILLING_CONNECTION}`;

function inputOf(values: Record<string, string | undefined>): ServiceListInput {
  const parsed = serviceListInputSchema.safeParse({
    ...(values['status'] !== undefined ? { status: values['status'] } : {}),
    ...(values['q'] !== undefined ? { q: values['q'] } : {}),
    ...(values['sort'] !== undefined ? { sort: values['sort'] } : {}),
    ...(values['dir'] !== undefined ? { dir: values['dir'] } : {}),
    offset: 0,
    limit: SERVICE_LIST_LIMIT
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

const meter = (m: ServiceView['disk']): string =>
  m === null
    ? '-'
    : `${m.usedMb} / ${m.limitMb === null ? 'unlimited' : `${m.limitMb} MB`}${m.percent === null ? '' : ` (${m.percent}%)`}`;

function servicesCsv(services: readonly ServiceView[]): string {
  return toCsv(
    [
      'id',
      'domain',
      'pack',
      'group',
      'status',
      'billing_cycle',
      'recurring_amount',
      'currency',
      'next_due_on',
      'disk_used_mb',
      'disk_limit_mb',
      'bandwidth_used_mb',
      'bandwidth_limit_mb',
      'server'
    ],
    services.map((s) => [
      s.id,
      s.domain,
      s.name,
      s.group,
      s.status,
      s.billingCycle,
      s.recurringAmount ? moneyToDecimalString(s.recurringAmount) : null,
      s.recurringAmount?.currency ?? null,
      s.nextDueOn,
      s.disk?.usedMb ?? null,
      s.disk?.limitMb ?? null,
      s.bandwidth?.usedMb ?? null,
      s.bandwidth?.limitMb ?? null,
      s.serverHostname
    ])
  );
}

/** `hostdeck services list`. */
async function runList(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('services list', SERVICES_LIST_USAGE, io, async () => {
    const { values } = parseOptions(args, {
      ...BILLING_CONNECTION_OPTIONS,
      status: { type: 'string' },
      q: { type: 'string' },
      sort: { type: 'string' },
      dir: { type: 'string' },
      format: { type: 'string', default: 'table' }
    });
    const format = listFormatOption(values.format);
    const input = inputOf(values);
    return withBillingCache('services list', values, io, ({ cache, profile, settings }) => {
      const { t, locale } = cliWords(settings, io);
      const first = listServices(cache.db, input);
      const services = everyPage(
        first.services,
        first.total,
        input.limit,
        (offset) => listServices(cache.db, { ...input, offset }).services
      );
      printList(io, format, {
        noun: 'services',
        rows: services,
        cachedCount: first.cachedCount,
        json: () => {
          const { total, cachedCount, statusCounts } = first;
          return { profile: profile.name, total, cachedCount, statusCounts, services };
        },
        csv: servicesCsv,
        empty: { none: t('services.none'), noMatch: t('services.noMatch') },
        table: (rows) => {
          io.stdout(
            textTable(
              [
                t('services.header.domain'),
                t('services.header.pack'),
                t('services.header.status'),
                t('services.header.cycle'),
                t('services.header.amount'),
                t('services.header.nextDue'),
                t('services.header.disk'),
                t('services.header.bandwidth')
              ],
              rows.map((s) => [
                s.domain ?? '-',
                s.name,
                t(`services.status.${s.status}`),
                s.billingCycle ?? '-',
                s.recurringAmount
                  ? formatAmount(s.recurringAmount.amountMinor, s.recurringAmount.currency, locale)
                  : '-',
                s.nextDueOn ?? '-',
                meter(s.disk),
                meter(s.bandwidth)
              ])
            )
          );
          io.stdout(`${t('services.summary', { shown: rows.length, count: first.cachedCount })}\n`);
        }
      });
      return EXIT.ok;
    });
  });
}

/** `hostdeck services list …`. */
export async function runServices(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'list') return runList(rest, io);
  if (sub === '--help' || sub === '-h') {
    io.stdout(`Usage: ${SERVICES_LIST_USAGE}\n`);
    return EXIT.ok;
  }
  io.stderr(`hostdeck services: choose list\nUsage: ${SERVICES_LIST_USAGE}\n`);
  return EXIT.usage;
}
