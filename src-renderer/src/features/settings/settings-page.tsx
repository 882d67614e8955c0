/**
 * The Settings page: the settings form and read-only facts about the installation.
 */
import { errorMessage } from '../../lib/call';
import { useSettings } from '../../lib/queries/settings';
import { PriceListLink } from './price-list-link';
import { AppInfo } from './app-info';
import { SettingsForm } from './settings-form';

/** The Settings page (route `settings`). */
export function SettingsPage() {
  const settings = useSettings();
  const viewState = settings.data ? 'ready' : settings.isError ? 'error' : 'loading';
  return (
    <div data-page="settings" data-view-state={viewState} className="settings">
      {settings.data ? (
        <SettingsForm settings={settings.data} />
      ) : settings.isError ? (
        <div className="card error-panel" role="alert">
          <p>Settings could not be loaded: {errorMessage(settings.error)}</p>
          <button type="button" className="button" onClick={() => void settings.refetch()}>
            Retry
          </button>
        </div>
      ) : (
        <p className="muted">Loading settings…</p>
      )}
      <PriceListLink />
      <AppInfo />
    </div>
  );
}
