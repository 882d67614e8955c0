/**
 * The left navigation: real links (Tab, Enter, open-in-new-tab all work) with the current
 * page marked and the digit shortcut in the tooltip.
 */
import { Suspense, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCapabilities } from '../lib/capabilities';
import { PRODUCT_NAME } from '../lib/i18n';
import { navigate, routeHref } from '../lib/router';
import { findPage, navEntries, type PageId } from './pages';

/** The navigation list; `currentPageId` gets `aria-current="page"`. */
export function NavBar({ currentPageId }: { readonly currentPageId: string }) {
  // Pages the provider cannot fill (Combell: invoices, tickets) are left out.
  const capabilities = useCapabilities();
  const { t } = useTranslation('nav');
  // A page outside the navigation (e.g. the statement) marks its parent entry.
  const currentEntry = findPage(currentPageId)?.navParent ?? currentPageId;
  const onClick = (event: MouseEvent<HTMLAnchorElement>, pageId: PageId): void => {
    // Let modified clicks (new tab/window) behave like normal links.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(pageId);
  };
  return (
    <nav className="nav" aria-label={t('label')}>
      <div className="nav__brand">{PRODUCT_NAME}</div>
      <ul className="nav__list">
        {navEntries(capabilities).map(({ page, shortcut }) => {
          const current = page.id === currentEntry;
          const title = t(`pages.${page.id}`);
          return (
            <li key={page.id}>
              <a
                className={current ? 'nav__link nav__link--current' : 'nav__link'}
                href={routeHref(page.id)}
                aria-current={current ? 'page' : undefined}
                aria-keyshortcuts={
                  shortcut !== null ? `Alt+${shortcut} Control+${shortcut}` : undefined
                }
                title={shortcut !== null ? t('entryTitle', { title, digit: shortcut }) : title}
                onClick={(event) => onClick(event, page.id)}
              >
                <span>{title}</span>
                {page.navBadge ? (
                  <Suspense fallback={null}>
                    <page.navBadge />
                  </Suspense>
                ) : null}
                {shortcut !== null ? (
                  <kbd className="nav__shortcut" aria-hidden="true">
                    Alt+{shortcut}
                  </kbd>
                ) : null}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
