/**
 * Previous / next page of a paged list, with "Page 2 of 25" between. The buttons keep their
 * place, so keyboard users can page on with the same key. Not shown for a single page.
 *
 * A new page is read from its top: when the page changes, a list that scrolls its own rows
 * (the pager's previous sibling) goes back to its first row, and a list whose start is
 * scrolled out of view above (the reseller paged from the bottom of a long page) is scrolled
 * back into view. Focus stays on the button, even when it has just become unavailable.
 */

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './data-table.css';

/** The pager under a table; `page` is zero-based. */
export function DataTablePager({
  page,
  pages,
  onPrevious,
  onNext,
  noun,
  testId
}: {
  readonly page: number;
  readonly pages: number;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  /** The rows' plural noun: the navigation is named "Pages of <noun>". */
  readonly noun: string;
  /** A `data-testid` for the navigation, when a test needs to find it. */
  readonly testId?: string | undefined;
}) {
  const { t } = useTranslation('common');
  const nav = useRef<HTMLElement>(null);
  const shown = useRef(page);
  useEffect(() => {
    if (shown.current === page) return;
    shown.current = page;
    const list = nav.current?.previousElementSibling;
    if (list instanceof HTMLElement) showStart(list);
  }, [page]);
  if (pages <= 1) return null;
  // Unavailable, not disabled: a disabled button drops the focus (to the page's body) at the
  // moment Next reaches the last page; this one keeps it, and does nothing.
  const atStart = page === 0;
  const atEnd = page >= pages - 1;
  return (
    <nav
      ref={nav}
      className="data-table-pager"
      aria-label={t('pager.pagesOf', { noun })}
      data-testid={testId}
    >
      <button
        type="button"
        className="button"
        aria-disabled={atStart || undefined}
        onClick={atStart ? undefined : onPrevious}
      >
        {t('pager.previous')}
      </button>
      <span className="data-table-pager__where" aria-live="polite">
        {t('pager.pageOf', { page: page + 1, pages })}
      </span>
      <button
        type="button"
        className="button"
        aria-disabled={atEnd || undefined}
        onClick={atEnd ? undefined : onNext}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}

/** The nearest ancestor that scrolls vertically (the page's content pane), else the document. */
function scroller(element: HTMLElement): Element {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if ((overflowY === 'auto' || overflowY === 'scroll') && at.scrollHeight > at.clientHeight)
      return at;
  }
  return document.scrollingElement ?? document.documentElement;
}

/** Shows `list`'s first row: its own rows scrolled back, its start scrolled into view. */
function showStart(list: HTMLElement): void {
  if (list.scrollTop > 0) list.scrollTop = 0;
  const pane = scroller(list);
  const top = pane === document.scrollingElement ? 0 : pane.getBoundingClientRect().top;
  if (list.getBoundingClientRect().top < top) list.scrollIntoView({ block: 'start' });
}
