/**
 * For a profile whose provider has no usage data (Combell), what the month's figures rest
 * on: Hostdeck's own hourly record, since when it records, the hours it was not running
 * (from–to, how many; resources present on both sides are interpolated), and the packs and
 * add-ons without a price, which count as unknown rather than free. Nothing for a provider
 * that reports its own usage.
 */
import { useTranslation } from 'react-i18next';
import type { MonthSource, UnpricedPack } from '@shared/contract';
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
  const { t } = useTranslation('usage');
  const at = (iso: string): string => formatDateTime(Date.parse(iso), timeZone);
  return (
    <section
      className="card usage-source"
      data-testid="usage-source"
      aria-labelledby="usage-source-title"
    >
      <h2 id="usage-source-title" className="usage-source__title">
        {t('source.title')}
      </h2>
      <p data-testid="usage-recording-since">
        {source.recordingSince ? (
          <>
            <strong>{t('source.recordingSince', { when: at(source.recordingSince) })}</strong>{' '}
            {t('source.recordingText')}
          </>
        ) : (
          <>
            <strong>{t('source.notRecording')}</strong> {t('source.notRecordingText')}
          </>
        )}
      </p>
      {gaps.length > 0 ? (
        <div className="usage-source__gaps" role="status" data-testid="usage-missing-hours">
          <p>
            <strong>{t('source.gaps', { count: gaps.length })}</strong>
          </p>
          <ul>
            {gaps.map((gap) => (
              <li key={gap.from}>
                {t('source.gap', { from: at(gap.from), to: at(gap.to), count: gap.hours })}
              </li>
            ))}
          </ul>
          <p className="usage-muted">{t('source.gapsNote')}</p>
        </div>
      ) : null}
      {source.unpriced.length > 0 ? <UnpricedList packs={source.unpriced} /> : null}
    </section>
  );
}

function UnpricedList({ packs }: { readonly packs: readonly UnpricedPack[] }) {
  const { t } = useTranslation('usage');
  return (
    <div className="usage-source__unpriced" data-testid="usage-unpriced">
      <p>
        <strong>{t('source.unpriced', { count: packs.length })}</strong> {t('source.unpricedText')}
      </p>
      <ul>
        {packs.map((pack) => (
          <li key={`${pack.kind}:${pack.name}`}>
            {t(`source.kinds.${pack.kind}`)} <strong>{pack.name}</strong>:{' '}
            {t('source.resources', { count: pack.resourceIds.length })},{' '}
            {t('source.activeHours', { count: pack.activeHours })}
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
        {t('source.setPrices')}
      </a>
    </div>
  );
}
