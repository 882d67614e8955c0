/**
 * The one place that listens to main's events: cache invalidation, navigation requests and
 * sync progress. Mounted once by the app frame.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AlertText, HostdeckBridge } from '@shared/contract';
import type { Target } from '@shared/model/target';
import { alertTextNow } from '../lib/alert-text';
import { queryKeys } from '../lib/query-keys';
import { navigate } from '../lib/router';
import { targetPath } from '../lib/target-route';
import { useToastStore } from '../features/alerts/toast-store';
import { useSyncProgressStore } from './sync-progress-store';

/**
 * Subscribes to `cache:changed`, `app:navigate`, `sync:progress`, `alerts:changed`,
 * `outbox:changed` and `alerts:notify` for the app's lifetime.
 */
export function useMainEvents(bridge: HostdeckBridge): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const unsubscribers = [
      bridge.on('cache:changed', ({ scopes }) => {
        for (const scope of new Set(scopes)) {
          void queryClient.invalidateQueries({ queryKey: queryKeys[scope].all });
        }
      }),
      bridge.on('app:navigate', ({ target }) => navigate(targetPath(target))),
      bridge.on('sync:progress', (progress) =>
        useSyncProgressStore.getState().setProgress(progress)
      ),
      // The count lives in alerts:list and the row badges in domains:list.
      bridge.on('alerts:changed', () => {
        void queryClient.invalidateQueries({ queryKey: queryKeys.alerts.all });
        void queryClient.invalidateQueries({ queryKey: queryKeys.domains.all });
      }),
      // The outbox count, the message states in threads and the rows' unsent badges.
      bridge.on('outbox:changed', () => {
        void queryClient.invalidateQueries({ queryKey: queryKeys.tickets.all });
      }),
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
