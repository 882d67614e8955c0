/**
 * Read-only facts about this installation, for support requests and finding the logs.
 */
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/call';
import { useAppStatus } from '../../lib/queries/app-status';

/** The "About this installation" card. */
export function AppInfo() {
  const status = useAppStatus();
  const { t } = useTranslation(['settings', 'common']);
  return (
    <section className="card settings__section" aria-labelledby="settings-about">
      <h2 id="settings-about">{t('about.title')}</h2>
      {status.data ? (
        <dl className="info-list">
          <dt>{t('about.version')}</dt>
          <dd>{status.data.version}</dd>
          <dt>{t('about.shell')}</dt>
          <dd>
            {status.data.shell === 'electron' ? t('about.shellElectron') : t('about.shellWeb')}
          </dd>
          <dt>{t('about.dataDir')}</dt>
          <dd>
            <code>{status.data.dataDir}</code>
          </dd>
          <dt>{t('about.logDir')}</dt>
          <dd>
            <code>{status.data.logDir}</code>
          </dd>
          <dt>{t('about.secretStorage')}</dt>
          <dd>{status.data.secretStorage}</dd>
        </dl>
      ) : status.isError ? (
        <p role="alert">{errorMessage(status.error)}</p>
      ) : (
        <p className="muted">{t('common:loading')}</p>
      )}
    </section>
  );
}
