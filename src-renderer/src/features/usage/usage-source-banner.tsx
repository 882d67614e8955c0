/**
 * For a profile whose provider has no usage data (Combell), what the month's figures rest
 * on: Hostdeck's own hourly record, since when it records, the hours it was not running
 * (from–to, how many; resources present on both sides are interpolated), and the packs and
 * add-ons without a price, which count as unknown rather than free. Nothing for a provider
 * that reports its own usage.
 */
import type { MonthSource, UnpricedPack } from '../../../../src-shared/contract';
import { formatDateTime } from '../../lib/format-time';
import { navigate, routeHref } from '../../lib/router';
import { useUsageSource } from './use-usage-source';
import './usage-source.css';

/** A `missing-snapshots` warning of the source: one gap in Hostdeck's record. */
export interface RecordingGap {
  readonly from: string;
  readonly to: string;
  readonly hours: number;
  readonly message: string;
}

/** The gaps among the source's warnings, oldest first. */
export function recordingGaps(source: MonthSource): readonly RecordingGap[] {
  const gaps: RecordingGap[] = [];
  for (const warning of source.warnings) {
    const { from, to, hours } = warning as { from?: unknown; to?: unknown; hours?: unknown };
    if (
      warning.code === 'missing-snapshots' &&
      typeof from === 'string' &&
      typeof to === 'string' &&
      typeof hours === 'number'
    )
      gaps.push({ from, to, hours, message: warning.message });
  }
  return gaps.sort((a, b) => Date.parse(a.from) - Date.parse(b.from));
}

const KIND_LABELS = { servicepack: 'Service pack', addon: 'Add-on' } as const;

/** The banner (`data-testid="usage-source"`), or nothing for a provider's own usage data. */
export function UsageSourceBanner({
  month,
  timeZone
}: {
  /** The month on screen (null = the current one). */
  readonly month: string | null;
  readonly timeZone: string | undefined;
}) {
  const source = useUsageSource(month);
  if (!source.data || source.data.source !== 'hostdeck') return null;
  return <RecordedSource source={source.data} timeZone={timeZone} />;
}

/** The banner's content for Hostdeck's own record. */
export function RecordedSource({
  source,
  timeZone
}: {
  readonly source: MonthSource;
  readonly timeZone: string | undefined;
}) {
  const gaps = recordingGaps(source);
  const at = (iso: string): string => formatDateTime(Date.parse(iso), timeZone);
  return (
    <section
      className="card usage-source"
      data-testid="usage-source"
      aria-labelledby="usage-source-title"
    >
      <h2 id="usage-source-title" className="usage-source__title">
        Hostdeck&apos;s own hourly record
      </h2>
      <p data-testid="usage-recording-since">
        {source.recordingSince ? (
          <>
            <strong>Recording since {at(source.recordingSince)}.</strong> Your provider keeps no
            usage history Hostdeck can read, so Hostdeck records your accounts and add-ons every
            hour while it runs (the tray included). Hours before that are unknown.
          </>
        ) : (
          <>
            <strong>Not recording yet.</strong> Hostdeck records your accounts and add-ons at each
            hourly sync; the first sync starts the record.
          </>
        )}
      </p>
      {gaps.length > 0 ? (
        <div className="usage-source__gaps" role="status" data-testid="usage-missing-hours">
          <p>
            <strong>
              {gaps.length === 1
                ? 'Hostdeck was not running for a while this month:'
                : `Hostdeck was not running ${gaps.length} times this month:`}
            </strong>
          </p>
          <ul>
            {gaps.map((gap) => (
              <li key={gap.from}>
                {at(gap.from)} to {at(gap.to)}: {gap.hours} {gap.hours === 1 ? 'hour' : 'hours'}{' '}
                without an hourly image.
              </li>
            ))}
          </ul>
          <p className="usage-muted">
            Accounts present before and after a gap are counted for its hours; one created and
            deleted inside it cannot be seen. Keep Hostdeck running (in the tray) to record every
            hour.
          </p>
        </div>
      ) : null}
      {source.unpriced.length > 0 ? <UnpricedList packs={source.unpriced} /> : null}
    </section>
  );
}

function UnpricedList({ packs }: { readonly packs: readonly UnpricedPack[] }) {
  return (
    <div className="usage-source__unpriced" data-testid="usage-unpriced">
      <p>
        <strong>
          {packs.length === 1 ? 'One pack has' : `${packs.length} packs and add-ons have`} no price
          yet:
        </strong>{' '}
        their hours count as unknown, not free, so the month&apos;s total is incomplete.
      </p>
      <ul>
        {packs.map((pack) => (
          <li key={`${pack.kind}:${pack.name}`}>
            {KIND_LABELS[pack.kind]} <strong>{pack.name}</strong>: {pack.resourceIds.length}{' '}
            {pack.resourceIds.length === 1 ? 'resource' : 'resources'}, {pack.activeHours}{' '}
            {pack.activeHours === 1 ? 'hour' : 'hours'}
          </li>
        ))}
      </ul>
      <a
        href={routeHref('prices')}
        onClick={(event) => {
          event.preventDefault();
          navigate('prices');
        }}
      >
        Set the prices in the price list
      </a>
    </div>
  );
}
