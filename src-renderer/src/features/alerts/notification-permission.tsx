/**
 * "Enable desktop notifications" for the web shell: asks this browser for permission. The
 * Electron app shows OS notifications from main, so there the control is not shown.
 */
import { useState } from 'react';

type Permission = NotificationPermission | 'unsupported';

function currentPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** The permission card; renders nothing outside the web shell. */
export function NotificationPermission({ shell }: { readonly shell: 'electron' | 'web' | null }) {
  const [permission, setPermission] = useState<Permission>(currentPermission);
  if (shell !== 'web') return null;

  const request = async (): Promise<void> => {
    if (typeof Notification === 'undefined') return;
    setPermission(await Notification.requestPermission());
  };

  return (
    <div className="card notify-permission" data-testid="notification-permission">
      {permission === 'granted' ? (
        <p>Desktop notifications are on in this browser.</p>
      ) : permission === 'denied' ? (
        <p>
          This browser blocks notifications from Hostdeck. Allow them in the browser’s site settings
          if you want them; alerts still appear here and in the status bar.
        </p>
      ) : permission === 'unsupported' ? (
        <p>
          This browser cannot show desktop notifications; alerts appear here and in the status bar.
        </p>
      ) : (
        <>
          <p>
            Get a desktop notification when a domain crosses an alert threshold. This only affects
            this browser; the desktop app has its own setting.
          </p>
          <button type="button" className="button" onClick={() => void request()}>
            Enable desktop notifications
          </button>
        </>
      )}
    </div>
  );
}
