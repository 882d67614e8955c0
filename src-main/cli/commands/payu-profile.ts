/**
 * `hostdeck payu` without `--snapshots`: the month computed from a profile's cached
 * snapshots — the provider's usage data (WHMCS), or Hostdeck's own hourly record priced with
 * the profile's price list (Combell), which adds `source`, `recordingSince`, `currency`,
 * `unpriced` and the unpriced-pack warnings to the same month object.
 */
import type { CliIo } from '../cli-io';
import { openProfileCache } from '../cli-context';
import {
  computeMonth,
  FREE_HOURS,
  payuMonthTable,
  type ComputeMonthOptions,
  type PayuMonth
} from '../../core/usage';
import { HOUR_MS } from '../../core/time';
import { loadUsageWindow } from '../../core/usage/usage-window';
import { withSourceFacts } from '../../core/usage/recorded-month';
import { defaultDataDir } from '../../node/paths';

/** The month of the profile's cache, or null (said on stderr) when there is no cache. */
export function profileMonth(
  dataDir: string | undefined,
  profileName: string | undefined,
  options: ComputeMonthOptions,
  io: CliIo
): PayuMonth | null {
  const opened = openProfileCache('payu', dataDir ?? defaultDataDir(), profileName, io);
  if (opened === null) return null;
  try {
    const table = payuMonthTable(options.month, options.timeZone);
    const asOfMs = Date.parse(options.asOf);
    // 48 hours either side: enough to judge runs crossing the month's edges.
    const fromHour = table.startHour - FREE_HOURS;
    const toHour = Math.max(
      fromHour,
      Math.min(Math.ceil(asOfMs / HOUR_MS), table.endHour + FREE_HOURS)
    );
    const month = computeMonth(loadUsageWindow(opened.cache.db, fromHour, toHour), options);
    return withSourceFacts(opened.cache.db, month);
  } finally {
    opened.cache.close();
  }
}
