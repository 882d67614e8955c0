/**
 * What the window shows for a route no page answers: an unknown page, or a hash that is not
 * valid percent-encoding. Always with a way back to the dashboard.
 */
import { navigate, routeHref } from '../lib/router';
import { DEFAULT_PAGE_ID } from './pages';

export function NotFoundPage({ path }: { readonly path: string }) {
  return (
    <div className="card" data-page="not-found" data-view-state="error">
      <p>There is no page at “{path}”.</p>
      <a
        href={routeHref(DEFAULT_PAGE_ID)}
        onClick={(event) => {
          event.preventDefault();
          navigate(DEFAULT_PAGE_ID);
        }}
      >
        Go to the dashboard
      </a>
    </div>
  );
}
