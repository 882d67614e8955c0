/**
 * The Settings page: the settings form and read-only facts about the installation.
 */
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/call';
import { useAccountSummary } from '../../lib/queries/account';
import { useSettings } from '../../lib/queries/settings';
import { PriceListLink } from './price-list-link';
import { AppInfo } from './app-info';
import { SettingsForm } from './settings-form';

/** The Settings page (route `settings`). */
export function SettingsPage() {
  const settings = useSettings();
  // The low-credit amount is in the account's currency; until it is known, in hundredths.
  const currency = useAccountSummary().data?.currency ?? null;
  const { t } = useTranslation(['settings', 'common']);
  const viewState = settings.data ? 'ready' : settings.isError ? 'error' : 'loading';
  return (
    <div data-page="settings" data-view-state={viewState} className="settings">
      {settings.data ? (
        <SettingsForm settings={settings.data} currency={currency} />
      ) : settings.isError ? (
        <div className="card error-panel" role="alert">
          <p>{t('loadFailed', { reason: errorMessage(settings.error) })}</p>
          <button type="button" className="button" onClick={() => void settings.refetch()}>
            {t('common:actions.retry')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('loading')}</p>
      )}
      <PriceListLink />
      <AppInfo />
    </div>
  );
}
