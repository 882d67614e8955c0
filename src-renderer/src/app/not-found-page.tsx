/**
 * What the window shows for an address no route answers: an unknown page, or a hash that is
 * not valid percent-encoding. Always with a way back to the dashboard. The root route's
 * not-found component.
 */
import { useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref } from '../lib/router';
import { DEFAULT_PAGE_ID } from './pages';

export function NotFoundPage() {
  const { t } = useTranslation('app');
  // As typed: `nowhere`, `tickets/%E0%A4%A`.
  const path = useRouterState({ select: (state) => state.location.pathname }).replace(/^\//, '');
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
