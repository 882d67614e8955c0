/**
 * What an address shows when the active provider cannot serve its page (a bookmark to
 * Invoices or Tickets while a Combell profile is active): a plain statement, not an error,
 * with the way back.
 */
import { navigate, routeHref } from '../lib/router';
import { DEFAULT_PAGE_ID, type PageDefinition } from './pages';

export interface UnavailablePageProps {
  readonly page: PageDefinition;
  /** The active profile's name, or null when none is known. */
  readonly profileName: string | null;
}

/** Why the page is empty, by what it needs. */
function reason(page: PageDefinition, provider: string): string {
  switch (page.requires) {
    case 'invoices':
      return `${provider} does not offer invoices through its API, so there are no invoices or statements to show.`;
    case 'tickets':
      return `${provider} does not offer support tickets through its API, so there is no ticket inbox.`;
    case 'usageRecording':
      return `${provider} sends its own prices and usage, so Hostdeck keeps no price list for it.`;
    default:
      return `${provider} does not offer this through its API.`;
  }
}

/** The stand-in root (`data-page="<id>"`, `data-view-state="empty"`). */
export function UnavailablePage({ page, profileName }: UnavailablePageProps) {
  return (
    <div
      className="empty-state card"
      data-page={page.id}
      data-view-state="empty"
      data-testid="page-unavailable"
    >
      <h2 className="empty-state__title">Not available for this provider</h2>
      <div className="empty-state__body">
        <p>{reason(page, profileName ? `The provider of “${profileName}”` : 'This provider')}</p>
        <p>Other providers can be added or switched to from the profile name in the status bar.</p>
      </div>
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
