/**
 * What an address shows when the active provider cannot serve its page (a bookmark to
 * Invoices or Tickets while a Combell profile is active): a plain statement, not an error,
 * with the way back.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref } from '../lib/router';
import { DEFAULT_PAGE_ID, type PageDefinition } from './pages';

export interface UnavailablePageProps {
  readonly page: PageDefinition;
  /** The active profile's name, or null when none is known. */
  readonly profileName: string | null;
}

/** Why the page is empty, by what it needs. */
function reason(t: TFunction<'app'>, page: PageDefinition, provider: string): string {
  switch (page.requires) {
    case 'invoices':
      return t('unavailable.invoices', { provider });
    case 'tickets':
      return t('unavailable.tickets', { provider });
    case 'usageRecording':
      return t('unavailable.usageRecording', { provider });
    default:
      return t('unavailable.other', { provider });
  }
}

/** The stand-in root (`data-page="<id>"`, `data-view-state="empty"`). */
export function UnavailablePage({ page, profileName }: UnavailablePageProps) {
  const { t } = useTranslation('app');
  const provider = profileName
    ? t('unavailable.providerNamed', { name: profileName })
    : t('unavailable.thisProvider');
  return (
    <div
      className="empty-state card"
      data-page={page.id}
      data-view-state="empty"
      data-testid="page-unavailable"
    >
      <h2 className="empty-state__title">{t('unavailable.title')}</h2>
      <div className="empty-state__body">
        <p>{reason(t, page, provider)}</p>
        <p>{t('unavailable.switchHint')}</p>
      </div>
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
