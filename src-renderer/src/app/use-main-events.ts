/**
 * The one place that listens to main's events: cache invalidation, navigation requests and
 * sync progress. Mounted once by the app frame.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AlertText, HostdeckBridge } from '@shared/contract';
import type { Target } from '@shared/model/target';
import { alertTextNow } from '../lib/alert-text';
import { invalidateScopes } from '../lib/queries/cache-invalidation';
import { navigate } from '../lib/router';
import { targetPath } from '../lib/target-route';
import { useToastStore } from '../features/alerts/toast-store';
import { useSyncProgressStore } from '../lib/sync-progress-store';

/**
 * Subscribes to `cache:changed`, `app:navigate`, `sync:progress`, `alerts:changed`,
 * `outbox:changed` and `alerts:notify` for the app's lifetime.
 */
export function useMainEvents(bridge: HostdeckBridge): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const unsubscribers = [
      bridge.on('cache:changed', ({ scopes }) => void invalidateScopes(queryClient, scopes)),
      bridge.on('app:navigate', ({ target }) => navigate(targetPath(target))),
      bridge.on('sync:progress', (progress) =>
        useSyncProgressStore.getState().setProgress(progress)
      ),
      // These two events speak for their scope too: whatever reads it is refreshed.
      bridge.on('alerts:changed', () => void invalidateScopes(queryClient, ['alerts'])),
      bridge.on('outbox:changed', () => void invalidateScopes(queryClient, ['outbox'])),
      bridge.on('alerts:notify', (notice) => {
        // Always in-app, so a dismissed or blocked OS notification loses nothing.
        useToastStore.getState().push(notice);
        // Electron shows OS notifications from main; only the browser page shows its own.
        if (bridge.shell === 'web') showBrowserNotification(notice);
      })
    ];
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [bridge, queryClient]);
}

/** A browser notification, when this browser allowed them; clicking it opens the item. */
function showBrowserNotification(notice: {
  readonly id: string;
  readonly text: AlertText;
  readonly target: Target | null;
}): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  // In the page's language, which may differ from main's.
  const { title, body } = alertTextNow(notice.text);
  const notification = new Notification(title, { body, tag: notice.id });
  notification.onclick = () => {
    window.focus();
    navigate(notice.target ? targetPath(notice.target) : 'alerts');
    notification.close();
  };
}
