/**
 * "Enable desktop notifications" for the web shell: asks this browser for permission. The
 * Electron app shows OS notifications from main, so there the control is not shown.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Permission = NotificationPermission | 'unsupported';

function currentPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** The permission card; renders nothing outside the web shell. */
export function NotificationPermission({ shell }: { readonly shell: 'electron' | 'web' | null }) {
  const [permission, setPermission] = useState<Permission>(currentPermission);
  const { t } = useTranslation('alerts');
  if (shell !== 'web') return null;

  const request = async (): Promise<void> => {
    if (typeof Notification === 'undefined') return;
    setPermission(await Notification.requestPermission());
  };

  return (
    <div className="card notify-permission" data-testid="notification-permission">
      {permission === 'granted' ? (
        <p>{t('permission.granted')}</p>
      ) : permission === 'denied' ? (
        <p>{t('permission.denied')}</p>
      ) : permission === 'unsupported' ? (
        <p>{t('permission.unsupported')}</p>
      ) : (
        <>
          <p>{t('permission.ask')}</p>
          <button type="button" className="button" onClick={() => void request()}>
            {t('permission.enable')}
          </button>
        </>
      )}
    </div>
  );
}
