/**
 * Disk or bandwidth use against the limit: a bar (a `meter` for assistive technology) and
 * the figures in words. Without a limit there is no bar; without figures, a dash.
 */
import type { ServiceView } from '@shared/contract';
import { useLocale } from '../../lib/i18n';
import { meterLevel, meterPercent, meterWords } from './services-lib';

export function UsageMeter({
  meter,
  label,
  compact = false
}: {
  readonly meter: ServiceView['disk'];
  /** "Disk" or "Bandwidth", for the meter's accessible name. */
  readonly label: string;
  /** In a table: the bar and the percentage, the figures in the tooltip. */
  readonly compact?: boolean;
}) {
  const locale = useLocale();
  const words = meterWords(meter, locale);
  if (meter === null || meter.percent === null) {
    return <span className={meter === null ? 'muted' : undefined}>{words}</span>;
  }
  const level = meterLevel(meter.percent);
  return (
    <span className="usage-meter" data-level={level} title={compact ? words : undefined}>
      <span
        className="usage-meter__bar"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, Math.round(meter.percent))}
        aria-valuetext={words}
      >
        <span className="usage-meter__fill" style={{ width: `${Math.min(100, meter.percent)}%` }} />
      </span>
      <span className="usage-meter__words">
        {compact ? meterPercent(meter.percent, locale) : words}
      </span>
    </span>
  );
}
