/**
 * The price list of the active profile (route `prices`, reached from Settings, the profile's
 * row and the Usage screen): Combell's API has no prices, so the reseller sets the monthly
 * price of each service pack and add-on here, or imports them from a CSV file.
 */
import { errorMessage } from '../../lib/call';
import { useAppStatus } from '../../lib/queries/app-status';
import { useSettings } from '../../lib/queries/settings';
import { PriceCsvImport } from './price-csv-import';
import { PriceListEditor } from './price-list-editor';
import { usePriceList } from './prices-api';
import './prices.css';

/** The Price list page (`data-page="prices"`). */
export function PricesPage() {
  const list = usePriceList();
  const status = useAppStatus();
  const settings = useSettings();
  const profileName = status.data?.profile?.name ?? null;

  if (list.isPending) {
    return (
      <div data-page="prices" data-view-state="loading">
        <p className="muted" role="status">
          Loading the price list…
        </p>
      </div>
    );
  }
  if (list.isError) {
    return (
      <div data-page="prices" data-view-state="error">
        <div className="banner banner--error" role="alert">
          <span>The price list could not be read: {errorMessage(list.error)}</span>
          <button type="button" className="button" onClick={() => void list.refetch()}>
            Retry
          </button>
        </div>
      </div>
    );
  }

  const empty = list.data.entries.length === 0;
  return (
    <div className="prices" data-page="prices" data-view-state={empty ? 'empty' : 'ready'}>
      <p className="muted prices__intro">
        {profileName ? `${profileName}: ` : ''}Combell&apos;s API has no prices, so Hostdeck prices
        its own hourly record of your accounts with this list. Enter what Combell charges you per
        month for each service pack and add-on; leave a price empty when you do not know it yet (its
        usage is then shown as unknown, never as free).
      </p>
      <section className="card" aria-labelledby="prices-list-title">
        <h2 id="prices-list-title">Monthly prices</h2>
        {empty ? (
          <p className="muted" data-testid="prices-empty">
            Hostdeck has not seen any service pack or add-on yet. They are listed here after the
            first sync; you can already import a CSV file below.
          </p>
        ) : (
          <PriceListEditor list={list.data} timeZone={settings.data?.timeZone} />
        )}
      </section>
      <PriceCsvImport />
    </div>
  );
}
