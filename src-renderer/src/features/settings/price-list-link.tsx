/**
 * Settings' way to the active profile's price list, shown only for a profile whose usage
 * Hostdeck records and prices itself (Combell).
 */
import { useTranslation } from 'react-i18next';
import { useCapabilities } from '../../lib/capabilities';
import { useAppStatus } from '../../lib/queries/app-status';
import { navigate, routeHref } from '../../lib/router';

/** A card linking to `prices`, or nothing. */
export function PriceListLink() {
  const recording = useCapabilities()?.usageRecording === true;
  const profile = useAppStatus().data?.profile;
  const { t } = useTranslation('settings');
  if (!recording || !profile) return null;
  return (
    <section className="card" aria-labelledby="settings-prices-title" data-testid="settings-prices">
      <h2 id="settings-prices-title">{t('prices.title', { name: profile.name })}</h2>
      <p className="muted">{t('prices.text')}</p>
      <p>
        <a
          href={routeHref('prices')}
          onClick={(event) => {
            event.preventDefault();
            navigate('prices');
          }}
        >
          {t('prices.edit')}
        </a>
      </p>
    </section>
  );
}
