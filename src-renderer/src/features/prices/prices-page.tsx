/**
 * The price list of the active profile (route `prices`, reached from Settings, the profile's
 * row and the Usage screen): Combell's API has no prices, so the reseller sets the monthly
 * price of each service pack and add-on here, or imports them from a CSV file.
 */
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/call';
import { useProfileName } from '../../lib/profile-name';
import { useAppStatus } from '../../lib/queries/app-status';
import { useSettings } from '../../lib/queries/settings';
import { PriceCsvImport } from './price-csv-import';
import { PriceListEditor } from './price-list-editor';
import { usePriceList } from './prices-api';
import './prices.css';

/** The Price list page (`data-page="prices"`). */
export function PricesPage() {
  const { t } = useTranslation('prices');
  const { t: common } = useTranslation('common');
  const nameOf = useProfileName();
  const list = usePriceList();
  const status = useAppStatus();
  const settings = useSettings();
  const profile = status.data?.profile ?? null;
  const profileName = profile ? nameOf(profile) : null;

  if (list.isPending) {
    return (
      <div data-page="prices" data-view-state="loading">
        <p className="muted" role="status">
          {t('loading')}
        </p>
      </div>
    );
  }
  if (list.isError) {
    return (
      <div data-page="prices" data-view-state="error">
        <div className="banner banner--error" role="alert">
          <span>{t('loadFailed', { reason: errorMessage(list.error) })}</span>
          <button type="button" className="button" onClick={() => void list.refetch()}>
            {common('actions.retry')}
          </button>
        </div>
      </div>
    );
  }

  const empty = list.data.entries.length === 0;
  return (
    <div className="prices" data-page="prices" data-view-state={empty ? 'empty' : 'ready'}>
      <p className="muted prices__intro">
        {profileName ? t('introFor', { profile: profileName, intro: t('intro') }) : t('intro')}
      </p>
      <section className="card" aria-labelledby="prices-list-title">
        <h2 id="prices-list-title">{t('title')}</h2>
        {empty ? (
          <p className="muted" data-testid="prices-empty">
            {t('empty')}
          </p>
        ) : (
          <PriceListEditor list={list.data} timeZone={settings.data?.timeZone} />
        )}
      </section>
      <PriceCsvImport />
    </div>
  );
}
