/**
 * "← All …" back to a list page, as a real link (middle-click, copy link) that navigates
 * in-app on a plain click.
 */
import type { ReactNode } from 'react';
import { navigate, routeHref } from '../lib/router';

/** A link back to `page`. */
export function BackLink({
  page,
  children
}: {
  readonly page: string;
  readonly children: ReactNode;
}) {
  return (
    <a
      className="back-link"
      href={routeHref(page)}
      onClick={(event) => {
        event.preventDefault();
        navigate(page);
      }}
    >
      {children}
    </a>
  );
}
