/**
 * The engine's warnings about the data behind the figures (missing snapshots, interpolated
 * hours, runs older than the cached history), shown above the table so nobody reads a figure
 * without knowing how sure it is.
 */
import type { UsageMonthView } from '../../../../src-shared/contract';
import { formatShortDateTime } from './usage-format';

type Warning = NonNullable<UsageMonthView['report']>['warnings'][number];

const TITLES: Record<string, string> = {
  'missing-snapshots': 'Missing snapshots (hours interpolated)',
  'hours-without-data': 'Hours without data',
  'established-run': 'Run started before the cached history',
  'non-whole-hour-zone': 'Time zone with a non-whole-hour offset',
  'addon-without-parent': 'Add-on without an account',
  'addon-parent-absent': 'Add-on whose account is gone'
};

/**
 * The sentence to show. The engine words its warnings in UTC instants; a gap of missing
 * snapshots is re-worded in the reseller's zone, like every other time on the screen.
 */
export function warningText(warning: Warning, timeZone: string): string {
  const { from, to, hours } = warning as { from?: unknown; to?: unknown; hours?: unknown };
  if (
    warning.code === 'missing-snapshots' &&
    typeof from === 'string' &&
    typeof to === 'string' &&
    typeof hours === 'number'
  ) {
    const plural = hours === 1 ? 'snapshot' : 'snapshots';
    return `${hours} hourly ${plural} missing, ${formatShortDateTime(from, timeZone)} to ${formatShortDateTime(to, timeZone)}; resources present before and after are counted for those hours.`;
  }
  return warning.message;
}

/**
 * Warnings grouped by kind, each kind folded into one line with its details. Main sends the
 * first few of each kind and `counts` says how many there are in all.
 */
export function UsageWarnings({
  warnings,
  counts,
  timeZone
}: {
  readonly warnings: readonly Warning[];
  readonly counts: Readonly<Record<string, number>>;
  readonly timeZone: string;
}) {
  if (warnings.length === 0) return null;
  const byCode = new Map<string, Warning[]>();
  for (const warning of warnings)
    byCode.set(warning.code, [...(byCode.get(warning.code) ?? []), warning]);
  return (
    <section
      className="usage-warnings banner banner--info"
      aria-label="Data warnings"
      role="status"
    >
      <ul>
        {[...byCode].map(([code, list]) => {
          const count = Math.max(counts[code] ?? 0, list.length);
          return (
            <li key={code}>
              <details>
                <summary>
                  <strong>{TITLES[code] ?? code}</strong> —{' '}
                  {count === 1 && list[0] ? warningText(list[0], timeZone) : `${count} cases`}
                </summary>
                {count > 1 ? (
                  <ul className="usage-warnings__details">
                    {list.map((warning, index) => (
                      <li key={index}>{warningText(warning, timeZone)}</li>
                    ))}
                    {count > list.length ? (
                      <li className="usage-muted">…and {count - list.length} more.</li>
                    ) : null}
                  </ul>
                ) : null}
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
