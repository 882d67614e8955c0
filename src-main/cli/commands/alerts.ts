/**
 * `hostdeck alerts [list] [--data-dir DIR] [--profile NAME] [--as-of ISO-INSTANT] --format
 * json|table`: the open alerts computed from a profile's cache. Read-only: it never writes the
 * ledger and never notifies, so running it cannot swallow a notification the app still owes.
 * Exit 0 with or without alerts, 2 for bad usage, 1 when there is no cache yet.
 *
 * `hostdeck alerts snooze KEY [--until next-threshold|YYYY-MM-DD]` and `hostdeck alerts
 * acknowledge KEY` do what the alert centre's buttons do (core/alerts/alert-actions.ts), then
 * store what the app's reads show, still without the ledger's pass: the app notifies what it
 * owes at its next pass, and what was acknowledged here is not among it. Exit 2 for a key
 * that is not an open alert, a ticket or invoice alert to snooze, or a date not after today.
 */
import type { TFunction } from 'i18next';
import type { AlertText, AlertView } from '@shared/contract';
import { alertBody } from '@shared/i18n/alert-text';
import type { Target } from '@shared/model/target';
import { createI18n } from '@shared/i18n/create-i18n';
import { localeFor, resolveLanguage } from '@shared/i18n/languages';
import { systemLanguagesFromEnv } from '../../node/system-languages';
import type { DatabaseSync } from 'node:sqlite';
import { alertSettingsFrom, type AlertSettings } from '../../core/alerts';
import {
  acknowledgeAlert,
  snoozeAlert,
  storeAlertsForReads
} from '../../core/alerts/alert-actions';
import { toAppError } from '../../core/errors';
import { daysBetween, localDate } from '../../core/time';
import { alertViews, collectAlerts } from '../../core/alerts/alert-service';
import { readEntities } from '../../core/cache/repositories/entities';
import type { CliIo } from '../cli-io';
import { EXIT, UsageError, instantOption, parseOptions, withUsage } from '../cli-context';
import {
  BILLING_CONNECTION,
  BILLING_CONNECTION_OPTIONS,
  withBillingCache,
  type ConnectionValues
} from './billing-connection';

const LIST_USAGE = `hostdeck alerts [list] ${BILLING_CONNECTION} [--as-of ISO-INSTANT] --format json|table`;
const SNOOZE_USAGE = `hostdeck alerts snooze KEY [--until next-threshold|YYYY-MM-DD] ${BILLING_CONNECTION} [--as-of ISO-INSTANT]`;
const ACKNOWLEDGE_USAGE = `hostdeck alerts acknowledge KEY ${BILLING_CONNECTION} [--as-of ISO-INSTANT]`;
const USAGE = [LIST_USAGE, SNOOZE_USAGE, ACKNOWLEDGE_USAGE].join('\n       ');

/**
 * One open alert as the CLI prints it: facts only (codes and values), so JSON output is the
 * same in every language; the table writes them in the reader's.
 */
export interface CliAlertRow {
  readonly key: string;
  readonly category: 'domain' | 'ticket' | 'invoice';
  readonly severity: 'info' | 'warning' | 'critical';
  /** The domain name, ticket subject or invoice number; null for the credit balance. */
  readonly item: string | null;
  /** Why it alerts: threshold, grace, redemption, expired, ticket-reply, invoice-overdue, low-credit. */
  readonly reason: AlertView['kind'];
  /** Threshold alerts: the threshold crossed, in days; null otherwise. */
  readonly threshold: number | null;
  /** Domains: days until expiry; invoices: days until the due date (negative: overdue); tickets: null. */
  readonly daysLeft: number | null;
  /** What the alert says, as a code and values. */
  readonly text: AlertText;
  /** What the alert opens in the app: `{ kind: 'domain', id }`, `{ kind: 'invoice', id }`… */
  readonly target: Target;
}

/** `--as-of`, else now. */
function asOf(value: string | undefined): number {
  return value === undefined ? Date.now() : instantOption('as-of', value);
}

const REASON_KEYS = {
  grace: 'alerts.reason.grace',
  redemption: 'alerts.reason.redemption',
  expired: 'alerts.reason.expired',
  'ticket-reply': 'alerts.reason.ticketReply',
  'invoice-overdue': 'alerts.reason.invoiceOverdue',
  'low-credit': 'alerts.reason.lowCredit'
} as const;

/** The table in the language of `t`, money and dates in `locale`. */
function formatTable(
  rows: readonly CliAlertRow[],
  t: TFunction<'cli'>,
  notices: TFunction<'notices'>,
  locale: string
): string {
  if (rows.length === 0) return `${t('alerts.none')}\n`;
  const header = [
    t('alerts.header.severity'),
    t('alerts.header.category'),
    t('alerts.header.item'),
    t('alerts.header.reason'),
    t('alerts.header.daysLeft'),
    t('alerts.header.message')
  ];
  const cells = rows.map((r) => [
    t(`alerts.severity.${r.severity}`),
    t(`alerts.category.${r.category}`),
    r.reason === 'low-credit'
      ? t('alerts.creditBalance')
      : r.reason === 'invoice-overdue'
        ? t('alerts.invoice', { number: r.item ?? '?' })
        : (r.item ?? ''),
    r.reason === 'threshold'
      ? t('alerts.reason.threshold', { count: r.threshold ?? 0 })
      : t(REASON_KEYS[r.reason]),
    r.daysLeft === null ? '-' : String(r.daysLeft),
    alertBody(notices, r.text, locale)
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]): string =>
    c
      .map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...cells.map(line)].join('\n')}\n`;
}

/** `hostdeck alerts [list|snooze|acknowledge] …`. */
export async function runAlerts(args: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = args;
  if (first === 'snooze') return runSnooze(rest, io);
  if (first === 'acknowledge') return runAcknowledge(rest, io);
  return runList(first === 'list' ? rest : args, io);
}

/** The options both actions take. */
const ACTION_OPTIONS = {
  ...BILLING_CONNECTION_OPTIONS,
  'as-of': { type: 'string' }
} as const;

/**
 * Runs an alert action on a profile's cache, then stores what reads show and prints the key
 * and the counts as JSON. A refusal (not an open alert, not snoozable, a past date) exits 2.
 */
async function act(
  name: 'snooze' | 'acknowledge',
  values: ConnectionValues & { readonly 'as-of'?: string | undefined },
  io: CliIo,
  action: (db: DatabaseSync, settings: AlertSettings, now: number) => Record<string, unknown>
): Promise<number> {
  const now = asOf(values['as-of']);
  return withBillingCache(`alerts ${name}`, values, io, ({ cache, profile, settings: saved }) => {
    const settings = alertSettingsFrom(saved);
    let done: Record<string, unknown>;
    try {
      done = action(cache.db, settings, now);
    } catch (error) {
      const { kind, message } = toAppError(error);
      if (kind !== 'invalid-input' && kind !== 'not-found') throw error;
      io.stderr(`hostdeck alerts ${name}: ${message}\n`);
      return EXIT.usage;
    }
    const stored = storeAlertsForReads(cache.db, settings, now);
    const { alerts, openCount } = alertViews(cache.db, stored, now);
    const snoozedCount = alerts.length - openCount;
    io.stdout(
      `${JSON.stringify({ profile: profile.name, ...done, openCount, snoozedCount }, null, 2)}\n`
    );
    return EXIT.ok;
  });
}

/** `hostdeck alerts snooze KEY [--until next-threshold|YYYY-MM-DD]`. */
async function runSnooze(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('alerts snooze', SNOOZE_USAGE, io, async () => {
    const { values, positionals } = parseOptions(
      args,
      { ...ACTION_OPTIONS, until: { type: 'string' } },
      true
    );
    const key = oneKey(positionals);
    const until = values.until ?? 'next-threshold';
    if (until !== 'next-threshold' && !/^\d{4}-\d{2}-\d{2}$/.test(until))
      throw new UsageError(`--until must be next-threshold or a date YYYY-MM-DD (got "${until}")`);
    return act('snooze', values, io, (db, settings, now) => {
      snoozeAlert(db, settings, now, key, until);
      return { key, snoozed: true, until };
    });
  });
}

/** `hostdeck alerts acknowledge KEY`. */
async function runAcknowledge(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('alerts acknowledge', ACKNOWLEDGE_USAGE, io, async () => {
    const { values, positionals } = parseOptions(args, ACTION_OPTIONS, true);
    const key = oneKey(positionals);
    return act('acknowledge', values, io, (db, settings, now) => {
      acknowledgeAlert(db, settings, now, key);
      return { key, acknowledged: true };
    });
  });
}

/** The one alert key an action takes, as `hostdeck alerts --format json` prints it. */
function oneKey(positionals: readonly string[]): string {
  if (positionals.length !== 1 || positionals[0]!.trim() === '')
    throw new UsageError('expected one alert key, as "hostdeck alerts --format json" prints it');
  return positionals[0]!.trim();
}

/** Prints the open alerts of a profile's cache. */
async function runList(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('alerts', USAGE, io, async () => {
    const { values } = parseOptions(args, {
      ...BILLING_CONNECTION_OPTIONS,
      'as-of': { type: 'string' },
      format: { type: 'string' }
    });
    if (values.format !== 'json' && values.format !== 'table')
      throw new UsageError('--format must be json or table');
    const now = asOf(values['as-of']);
    const format = values.format;
    return withBillingCache('alerts', values, io, ({ cache, profile, settings: saved }) => {
      const settings = alertSettingsFrom(saved);
      const collected = collectAlerts(cache.db, settings, now);
      const { alerts } = alertViews(cache.db, collected, now);
      const domainNames = new Map(collected.domains.map((d) => [d.id, d.name]));
      const invoices = new Map(readEntities(cache.db, 'invoices').map((i) => [i.id, i]));
      const today = localDate(now, settings.timeZone);
      const rows: CliAlertRow[] = alerts
        .filter((a) => !a.snoozed)
        .map((a) => {
          const invoice =
            a.kind === 'invoice-overdue' ? invoices.get(a.key.split(':')[1] ?? '') : undefined;
          return {
            key: a.key,
            category: a.category,
            severity: a.severity,
            item:
              a.category === 'domain'
                ? (domainNames.get(a.domainId ?? '') ?? a.subject)
                : a.kind === 'invoice-overdue'
                  ? (invoice?.number ?? a.subject)
                  : a.kind === 'low-credit'
                    ? null
                    : a.subject,
            reason: a.kind,
            threshold: a.threshold,
            daysLeft:
              a.kind === 'invoice-overdue'
                ? invoice?.dueOn
                  ? daysBetween(today, invoice.dueOn)
                  : null
                : a.daysLeft,
            text: a.text,
            target: a.target
          };
        });
      if (format === 'json') {
        io.stdout(
          `${JSON.stringify({ profile: profile.name, asOf: new Date(now).toISOString(), today, openCount: rows.length, alerts: rows }, null, 2)}\n`
        );
      } else {
        // Tables speak the Language setting, else the environment's (LANG, LC_ALL…).
        const preferred = systemLanguagesFromEnv(io.env ?? process.env);
        const language = resolveLanguage(saved.language, preferred);
        const i18n = createI18n(language);
        const t = i18n.getFixedT(language, 'cli');
        const notices = i18n.getFixedT(language, 'notices');
        io.stdout(formatTable(rows, t, notices, localeFor(language, preferred)));
      }
      return EXIT.ok;
    });
  });
}
