/**
 * The Notifier port over Electron's main-process `Notification`. Notifications are raised
 * from main only (the renderer's web Notification is denied by the permission handler).
 */
import type { Target } from '@shared/model/target';
import type { Logger, NotificationRequest, Notifier } from '../core/ports';
import type { ElectronModule } from './electron-types';
import type { MainWords } from './main-words';

export interface ElectronNotifierOptions {
  /** `process.platform`; Linux bodies are markup and must be escaped. */
  readonly platform: NodeJS.Platform;
  /** Called on click: the composition root focuses the window and emits `app:navigate`. */
  onActivate(target: Target | undefined): void;
  readonly logger?: Logger;
  /** Window/app icon shown next to the text on Linux and Windows. */
  readonly iconPath?: string;
  /** Writes the notification's coded text in the chosen language; English without it. */
  readonly words?: Pick<MainWords, 'alert'>;
}

/**
 * Escapes the characters the freedesktop notification spec treats as markup. Provider text
 * (ticket subjects, domain names) with a bare `<` or `&` is otherwise dropped or mangled by
 * some daemons.
 */
export function escapeNotificationMarkup(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The body as the platform should receive it. */
export function notificationBodyFor(platform: NodeJS.Platform, body: string): string {
  return platform === 'linux' ? escapeNotificationMarkup(body) : body;
}

/** Builds the Notifier; a platform without notification support logs and shows nothing. */
export function createElectronNotifier(
  electron: Pick<ElectronModule, 'Notification'>,
  options: ElectronNotifierOptions
): Notifier {
  // Electron drops click handlers of notifications that are garbage-collected, so each one is
  // held until it closes.
  const live = new Map<string, InstanceType<ElectronModule['Notification']>>();
  return {
    notify(request: NotificationRequest) {
      if (!electron.Notification.isSupported()) {
        options.logger?.log('info', 'desktop notifications are not supported here', {
          id: request.id
        });
        return;
      }
      live.get(request.id)?.close();
      const { title, body } = options.words?.alert(request.text) ?? request;
      const notification = new electron.Notification({
        title,
        body: notificationBodyFor(options.platform, body),
        ...(options.iconPath ? { icon: options.iconPath } : {})
      });
      notification.on('click', () => options.onActivate(request.target));
      notification.on('close', () => {
        if (live.get(request.id) === notification) live.delete(request.id);
      });
      notification.on('failed', (_event, error) => {
        live.delete(request.id);
        options.logger?.log('warn', 'a desktop notification failed', { id: request.id, error });
      });
      live.set(request.id, notification);
      notification.show();
    }
  };
}
