/**
 * `hostdeck account`: the dashboard's figures from a profile's cache, as JSON (works
 * offline): the credit balance, the unpaid and overdue invoices with their totals, the spend
 * per month and the counts of domains, services and open tickets. "Overdue" is what it is on
 * the dashboard: unpaid and due before today in the reseller's time zone (Settings), or at
 * `--as-of`. Exit 0; 1 when there is no cache yet; 2 for bad usage.
 */
import { readAccountSummary } from '../../core/account/account-summary-reader';
import type { CliIo } from '../cli-io';
import { EXIT, instantOption, parseOptions, withUsage } from '../cli-context';
import {
  BILLING_CONNECTION,
  BILLING_CONNECTION_OPTIONS,
  withBillingCache
} from './billing-connection';

const USAGE = `hostdeck account ${BILLING_CONNECTION} [--as-of ISO-INSTANT]`;

export async function runAccount(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('account', USAGE, io, async () => {
    const { values } = parseOptions(args, {
      ...BILLING_CONNECTION_OPTIONS,
      'as-of': { type: 'string' }
    });
    const asOf = values['as-of'];
    const now = asOf === undefined ? Date.now() : instantOption('as-of', asOf);
    return withBillingCache('account', values, io, ({ cache, profile, settings }) => {
      const summary = readAccountSummary(cache.db, now, settings.timeZone);
      io.stdout(`${JSON.stringify({ profile: profile.name, ...summary }, null, 2)}\n`);
      return EXIT.ok;
    });
  });
}
