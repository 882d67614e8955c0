/**
 * Settings' way to the active profile's price list, shown only for a profile whose usage
 * Hostdeck records and prices itself (Combell).
 */
import { useCapabilities } from '../../lib/capabilities';
import { useAppStatus } from '../../lib/queries/app-status';
import { navigate, routeHref } from '../../lib/router';

/** A card linking to `prices`, or nothing. */
export function PriceListLink() {
  const recording = useCapabilities()?.usageRecording === true;
  const profile = useAppStatus().data?.profile;
  if (!recording || !profile) return null;
  return (
    <section className="card" aria-labelledby="settings-prices-title" data-testid="settings-prices">
      <h2 id="settings-prices-title">Price list of {profile.name}</h2>
      <p className="muted">
        This provider&apos;s API has no prices: the monthly price of each service pack and add-on is
        set here and prices the usage Hostdeck records.
      </p>
      <p>
        <a
          href={routeHref('prices')}
          onClick={(event) => {
            event.preventDefault();
            navigate('prices');
          }}
        >
          Edit the price list
        </a>
      </p>
    </section>
  );
}
