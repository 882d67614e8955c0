/**
 * Previous / next page of a paged list, with "Page 2 of 25" between. The buttons keep their
 * place, so keyboard users can page on with the same key. Not shown for a single page.
 */

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
  if (pages <= 1) return null;
  return (
    <nav
      className="data-table-pager"
      aria-label={t('pager.pagesOf', { noun })}
      data-testid={testId}
    >
      <button type="button" className="button" disabled={page === 0} onClick={onPrevious}>
        {t('pager.previous')}
      </button>
      <span className="data-table-pager__where" aria-live="polite">
        {t('pager.pageOf', { page: page + 1, pages })}
      </span>
      <button type="button" className="button" disabled={page >= pages - 1} onClick={onNext}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
