/**
 * The engine's warnings about the data behind the figures (missing snapshots, interpolated
 * hours, runs older than the cached history), shown above the table so nobody reads a figure
 * without knowing how sure it is.
 */
import { useTranslation } from 'react-i18next';
import type { UsageMonthView } from '@shared/contract';
import { currentLocale, i18n } from '../../lib/i18n';
import { formatShortDateTime } from './usage-format';
import { payuWarningText } from '@shared/i18n/warning-text';

type Warning = NonNullable<UsageMonthView['report']>['warnings'][number];

const TITLE_CODES = [
  'missing-snapshots',
  'hours-without-data',
  'established-run',
  'non-whole-hour-zone',
  'addon-without-parent',
  'addon-parent-absent'
] as const;
type TitledCode = (typeof TITLE_CODES)[number];

/** The kind's heading in the app's language; an unknown code is shown as it is. */
function warningTitle(code: string): string {
  return (TITLE_CODES as readonly string[]).includes(code)
    ? i18n.t(`usage:warnings.titles.${code as TitledCode}`)
    : code;
}

/**
 * The sentence to show. The engine words its warnings in UTC instants; a gap of missing
 * snapshots is re-worded in the reseller's zone, like every other time on the screen.
 */
export function warningText(warning: Warning, timeZone: string, locale = currentLocale()): string {
  const { from, to, hours } = warning as { from?: unknown; to?: unknown; hours?: unknown };
  if (
    warning.code === 'missing-snapshots' &&
    typeof from === 'string' &&
    typeof to === 'string' &&
    typeof hours === 'number'
  ) {
    return i18n.t('usage:warnings.missingSnapshots', {
      count: hours,
      from: formatShortDateTime(from, timeZone, locale),
      to: formatShortDateTime(to, timeZone, locale)
    });
  }
  // The other kinds from their values; the engine's English sentence only for a code this
  // version does not know.
  const t = i18n.getFixedT(null, 'notices');
  const words = payuWarningText(t, warning, (iso) => formatShortDateTime(iso, timeZone, locale));
  return words ?? warning.message;
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
  const { t } = useTranslation('usage');
  if (warnings.length === 0) return null;
  const byCode = new Map<string, Warning[]>();
  for (const warning of warnings)
    byCode.set(warning.code, [...(byCode.get(warning.code) ?? []), warning]);
  return (
    <section
      className="usage-warnings banner banner--info"
      aria-label={t('warnings.region')}
      role="status"
    >
      <ul>
        {[...byCode].map(([code, list]) => {
          const count = Math.max(counts[code] ?? 0, list.length);
          const title = <strong>{warningTitle(code)}</strong>;
          // One case says it all in one line: nothing to disclose, so no disclosure.
          if (count === 1 && list[0])
            return (
              <li key={code} className="usage-warnings__one">
                {title} — {warningText(list[0], timeZone)}
              </li>
            );
          return (
            <li key={code}>
              <details>
                <summary>
                  {title} — {t('warnings.cases', { count })}
                </summary>
                <ul className="usage-warnings__details">
                  {list.map((warning, index) => (
                    <li key={index}>{warningText(warning, timeZone)}</li>
                  ))}
                  {count > list.length ? (
                    <li className="usage-muted">
                      {t('warnings.more', { count: count - list.length })}
                    </li>
                  ) : null}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
