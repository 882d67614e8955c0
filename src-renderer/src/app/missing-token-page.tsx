/**
 * Shown when the web shell refuses the page's credentials (it was restarted with a new
 * token): nothing can be loaded, so say exactly how to get back in. The server answers a
 * browser that never had the token with the same words (src-main/web-shell/access.ts).
 */
import { useTranslation } from 'react-i18next';
import { useReadinessSignal } from './readiness';

/** The full-page "open the printed link" message. */
export function MissingTokenPage() {
  useReadinessSignal('error');
  const { t } = useTranslation('app');
  return (
    <main className="full-page" data-page="missing-token" data-view-state="error">
      <div className="card full-page__card" role="alert">
        <h1>{t('missingToken.title')}</h1>
        <p>
          {t('missingToken.open')} <code>npm run web</code> {t('missingToken.openAfter')}
        </p>
        <p className="muted">{t('missingToken.why')}</p>
      </div>
    </main>
  );
}
