/**
 * The status bar: active profile, last sync, online state and the running sync's progress.
 */
import { useEffect, useState } from 'react';
import type { AppStatus, SyncProgress } from '../../../src-shared/contract';
import { AlertCountButton } from '../components/alert-count-button';
import { AlertToasts } from '../features/alerts/alert-toasts';
import { OutboxStatus } from '../features/tickets/outbox-status';
import { lastSyncFailure } from '../components/sync-controls/sync-failure';
import { SyncNowButton } from '../components/sync-controls/sync-now-button';
import { serves } from '../lib/capabilities';
import { formatDateTime, formatRelativeTime } from '../lib/format-time';
import { useSyncState } from '../lib/queries/sync-state';
import { navigate, routeHref } from '../lib/router';
import { isRunning, useSyncProgressStore } from './sync-progress-store';
import './status-bar-actions.css';

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

  return (
    <footer className="status-bar" data-testid="status-bar" aria-label="Status">
      <span className="status-bar__item" data-testid="status-profile">
        {status?.profile ? (
          // The profile name opens Profiles: switch, rename, add or remove providers.
          <a
            className="status-bar__profile-link"
            href={routeHref('profiles')}
            title="Manage providers"
            onClick={(event) => {
              event.preventDefault();
              navigate('profiles');
            }}
          >
            {status.profile.name}
          </a>
        ) : status ? (
          'No provider connected'
        ) : statusError ? (
          'Status unavailable'
        ) : (
          'Loading…'
        )}
        {status?.profile?.kind === 'demo' && status.profile.name !== 'Demo provider' ? (
          // A renamed demo profile still says what it is; the default name already does.
          <span className="badge">Demo provider</span>
        ) : status?.profile?.kind === 'combell' && !/combell/i.test(status.profile.name) ? (
          <span className="badge">Combell</span>
        ) : null}
      </span>
      <span
        className="status-bar__item"
        data-testid="status-last-sync"
        title={lastSyncMs !== null ? formatDateTime(lastSyncMs, timeZone) : undefined}
      >
        {status
          ? lastSyncMs !== null
            ? `Last synced ${formatRelativeTime(lastSyncMs, now)}`
            : 'Never synced'
          : null}
      </span>
      <span className="status-bar__item" data-testid="status-online">
        {status && statusError ? (
          <>
            <span className="dot dot--offline" aria-hidden="true" />
            {statusError}
          </>
        ) : status ? (
          <OnlineState online={status.online} lastSyncMs={lastSyncMs} timeZone={timeZone} />
        ) : null}
      </span>
      <SyncIndicator
        progress={progress}
        syncing={status?.syncing ?? false}
        failure={failure}
        dataFrom={lastSyncMs !== null ? formatDateTime(lastSyncMs, timeZone) : null}
      />
      {status?.profile ? (
        <SyncNowButton
          syncing={(status.syncing || isRunning(progress)) && progress?.phase !== 'failed'}
          className="button status-bar__sync-now"
        />
      ) : null}
      {/* The ticket outbox only where the provider has tickets. */}
      {serves(status?.capabilities, 'tickets') ? <OutboxStatus /> : null}
      <AlertCountButton />
      <AlertToasts />
    </footer>
  );
}

function OnlineState({
  online,
  lastSyncMs,
  timeZone
}: {
  readonly online: boolean;
  readonly lastSyncMs: number | null;
  readonly timeZone: string | undefined;
}) {
  if (online) {
    return (
      <>
        <span className="dot dot--online" aria-hidden="true" />
        Online
      </>
    );
  }
  return (
    <>
      <span className="dot dot--offline" aria-hidden="true" />
      {lastSyncMs !== null
        ? `Offline — showing data from ${formatDateTime(lastSyncMs, timeZone)}`
        : 'Offline — no cached data yet'}
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
  if (failure !== null && !isRunning(progress)) {
    return (
      <span
        className="status-bar__item status-bar__sync status-bar__sync--failed"
        role="status"
        data-testid="sync-failure"
      >
        Sync failed: {failure}
        {dataFrom ? ` — data from ${dataFrom}` : ''}
      </span>
    );
  }
  // The status poll can notice a running sync before the first event arrives (e.g. after reload).
  if (!isRunning(progress) && !syncing) return null;
  const percent = progress && isRunning(progress) ? Math.round(progress.fraction * 100) : 0;
  const label = progress?.entity ? `Syncing ${progress.entity}…` : 'Syncing…';
  return (
    <span className="status-bar__item status-bar__sync">
      <span className="status-bar__sync-label">{label}</span>
      <span
        className="progress"
        role="progressbar"
        aria-label="Sync progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${label} ${percent}%`}
        data-testid="sync-progress"
      >
        <span className="progress__fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="status-bar__sync-percent" aria-hidden="true">
        {percent}%
      </span>
    </span>
  );
}
