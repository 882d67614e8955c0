/**
 * "← All …" back to a list page, as a real link (middle-click, copy link) that navigates
 * in-app on a plain click, to the list as it was last shown (its filters, sort and page).
 */
import type { ReactNode } from 'react';
import { navigate, routeHref, type RoutePath } from '../lib/router';
import { listReturnPath } from './data-table/use-list-view';

/** A link back to `page`. */
export function BackLink({
  page,
  children
}: {
  readonly page: RoutePath;
  readonly children: ReactNode;
}) {
  const target = listReturnPath(page);
  return (
    <a
      className="back-link"
      href={routeHref(target)}
      onClick={(event) => {
        event.preventDefault();
        navigate(target);
      }}
    >
      {children}
    </a>
  );
}
