/**
 * The status bar: active profile, last sync, online state and the running sync's progress.
 */
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AppStatus, SyncProgress } from '@shared/contract';
import { SYNC_ENTITIES } from '@shared/contract/sync-entities';
import { AlertCountButton } from '../components/alert-count-button';
import { AlertToasts } from '../features/alerts/alert-toasts';
import { lastSyncFailure } from '../components/sync-controls/sync-failure';
import { SyncNowButton } from '../components/sync-controls/sync-now-button';
import { serves } from '../lib/capabilities';
import { formatDateTime, formatPercent, formatTimeAgo } from '@shared/i18n/format';
import { useLocale } from '../lib/i18n';
import { useProfileName } from '../lib/profile-name';
import { useSyncState } from '../lib/queries/sync-state';
import { navigate, routeHref } from '../lib/router';
import { isRunning, useSyncProgressStore } from '../lib/sync-progress-store';
import { lazyWithWords } from './lazy-page';
import './status-bar-actions.css';

/** Loaded with the tickets words, after the first paint (it shows only once the outbox is read). */
const OutboxStatus = lazyWithWords(() =>
  import('../features/tickets/outbox-status').then((m) => m.OutboxStatus)
);

/** The clock for relative times, re-read every `intervalMs` so "5 min ago" keeps moving. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export interface StatusBarProps {
  /** Undefined while the first status is loading or when it failed. */
  readonly status: AppStatus | undefined;
  /** The last status read's error; with an older status present it means main went away. */
  readonly statusError: string | null;
  readonly timeZone: string | undefined;
}

/** The bottom bar (`data-testid="status-bar"`). */
export function StatusBar({ status, statusError, timeZone }: StatusBarProps) {
  const now = useNow(30_000);
  const progress = useSyncProgressStore((state) => state.progress);
  const lastSyncMs = status?.lastSyncAt ? Date.parse(status.lastSyncAt) : null;
  const syncState = useSyncState();
  const failure = status?.profile ? lastSyncFailure(progress, syncState.data) : null;
  const { t } = useTranslation(['app', 'common']);
  const locale = useLocale();
  const profileName = useProfileName();
  const when = (ms: number): string => formatDateTime(ms, locale, { timeZone });

  return (
    <footer className="status-bar" data-testid="status-bar" aria-label={t('status.label')}>
      <span className="status-bar__item" data-testid="status-profile">
        {status?.profile ? (
          // The profile name opens Profiles: switch, rename, add or remove providers.
          <a
            className="status-bar__profile-link"
            href={routeHref('profiles')}
            title={t('status.manageProviders')}
            onClick={(event) => {
              event.preventDefault();
              navigate('profiles');
            }}
          >
            {profileName(status.profile)}
          </a>
        ) : status ? (
          t('status.noProvider')
        ) : statusError ? (
          t('status.unavailable')
        ) : (
          t('common:loading')
        )}
        {status?.profile?.kind === 'demo' && !isDefaultDemoName(status.profile) ? (
          // A renamed demo profile still says what it is; the default name already does.
          <span className="badge">{t('status.demoBadge')}</span>
        ) : status?.profile?.kind === 'combell' && !/combell/i.test(status.profile.name) ? (
          <span className="badge">{COMBELL}</span>
        ) : null}
      </span>
      <span
        className="status-bar__item"
        data-testid="status-last-sync"
        title={lastSyncMs !== null ? when(lastSyncMs) : undefined}
      >
        {status
          ? lastSyncMs !== null
            ? t('status.lastSynced', { when: formatTimeAgo(lastSyncMs, now, locale) })
            : t('status.neverSynced')
          : null}
      </span>
      <span className="status-bar__item" data-testid="status-online">
        {status && statusError ? (
          <>
            <span className="dot dot--offline" aria-hidden="true" />
            {statusError}
          </>
        ) : status ? (
          <OnlineState
            online={status.online}
            dataFrom={lastSyncMs !== null ? when(lastSyncMs) : null}
          />
        ) : null}
      </span>
      <SyncIndicator
        progress={progress}
        syncing={status?.syncing ?? false}
        failure={failure}
        dataFrom={lastSyncMs !== null ? when(lastSyncMs) : null}
      />
      {status?.profile ? (
        <SyncNowButton
          syncing={(status.syncing || isRunning(progress)) && progress?.phase !== 'failed'}
          className="button status-bar__sync-now"
        />
      ) : null}
      {/* The ticket outbox only where the provider has tickets. */}
      {serves(status?.capabilities, 'tickets') ? (
        <Suspense fallback={null}>
          <OutboxStatus />
        </Suspense>
      ) : null}
      <AlertCountButton />
      <AlertToasts />
    </footer>
  );
}

/**
 * The demo profile keeps the English name core gave it until renamed; shown in the app's
 * language instead, since the reseller did not choose it.
 */
function isDefaultDemoName(profile: { readonly kind: string; readonly name: string }): boolean {
  return profile.kind === 'demo' && profile.name === DEFAULT_DEMO_NAME;
}

const DEFAULT_DEMO_NAME = 'Demo provider';

/** A provider's brand name, the same in every language. */
const COMBELL = 'Combell';

/**
 * The sync entities the catalog names (every one a sync reads, and the connection); others
 * are shown as main sends them.
 */
const NAMED_ENTITIES = [...SYNC_ENTITIES, 'connection'] as const;

function entityName(t: TFunction<'app'>, entity: string): string {
  const known = NAMED_ENTITIES.find((name) => name === entity);
  return known ? t(`sync.entities.${known}`) : entity;
}

function OnlineState({
  online,
  dataFrom
}: {
  readonly online: boolean;
  /** When the shown data was last fresh, formatted; null when never synced. */
  readonly dataFrom: string | null;
}) {
  const { t } = useTranslation('app');
  if (online) {
    return (
      <>
        <span className="dot dot--online" aria-hidden="true" />
        {t('status.online')}
      </>
    );
  }
  return (
    <>
      <span className="dot dot--offline" aria-hidden="true" />
      {dataFrom !== null ? t('status.offlineSince', { when: dataFrom }) : t('status.offlineNoData')}
    </>
  );
}

function SyncIndicator({
  progress,
  syncing,
  failure,
  dataFrom
}: {
  readonly progress: SyncProgress | null;
  readonly syncing: boolean;
  /** The last run's failure message (live event or stored state), or null. */
  readonly failure: string | null;
  /** When the shown data was last fresh, formatted; null when never synced. */
  readonly dataFrom: string | null;
}) {
  const { t } = useTranslation('app');
  const locale = useLocale();
  if (failure !== null && !isRunning(progress)) {
    // An empty message: the run failed without saying why.
    const reason = failure || t('sync.failedUnknown');
    return (
      <span
        className="status-bar__item status-bar__sync status-bar__sync--failed"
        role="status"
        data-testid="sync-failure"
      >
        {dataFrom
          ? t('sync.failedDataFrom', { reason, when: dataFrom })
          : t('sync.failed', { reason })}
      </span>
    );
  }
  // The status poll can notice a running sync before the first event arrives (e.g. after reload).
  if (!isRunning(progress) && !syncing) return null;
  const percent = progress && isRunning(progress) ? Math.round(progress.fraction * 100) : 0;
  const label = progress?.entity
    ? t('sync.syncingEntity', { entity: entityName(t, progress.entity) })
    : t('sync.syncing');
  return (
    <span className="status-bar__item status-bar__sync">
      <span className="status-bar__sync-label">{label}</span>
      <span
        className="progress"
        role="progressbar"
        aria-label={t('sync.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('sync.progressText', {
          label,
          percent: formatPercent(percent / 100, locale)
        })}
        data-testid="sync-progress"
      >
        <span className="progress__fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="status-bar__sync-percent" aria-hidden="true">
        {formatPercent(percent / 100, locale)}
      </span>
    </span>
  );
}
