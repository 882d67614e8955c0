/**
 * What the window shows for a route no page answers: an unknown page, or a hash that is not
 * valid percent-encoding. Always with a way back to the dashboard.
 */
import { useTranslation } from 'react-i18next';
import { navigate, routeHref } from '../lib/router';
import { DEFAULT_PAGE_ID } from './pages';

export function NotFoundPage({ path }: { readonly path: string }) {
  const { t } = useTranslation('app');
  return (
    <div className="card" data-page="not-found" data-view-state="error">
      <p>{t('notFound.text', { path })}</p>
      <a
        href={routeHref(DEFAULT_PAGE_ID)}
        onClick={(event) => {
          event.preventDefault();
          navigate(DEFAULT_PAGE_ID);
        }}
      >
        {t('notFound.toDashboard')}
      </a>
    </div>
  );
}
