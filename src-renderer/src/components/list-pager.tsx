/**
 * Previous / next page of a paged list, with "Page 2 of 25" between. The buttons keep their
 * place, so keyboard users can page on with the same key.
 */
import { useTranslation } from 'react-i18next';
import './list-controls.css';

/** The pager under a table; `page` is zero-based. */
export function ListPager({
  page,
  pages,
  onPage,
  label,
  testId
}: {
  readonly page: number;
  readonly pages: number;
  readonly onPage: (page: number) => void;
  /** The navigation's accessible name, e.g. "Pages of invoices". */
  readonly label: string;
  /** A `data-testid` for the navigation, when a test needs to find it. */
  readonly testId?: string | undefined;
}) {
  const { t } = useTranslation('common');
  return (
    <nav className="list-pager" aria-label={label} data-testid={testId}>
      <button
        type="button"
        className="button"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        {t('pager.previous')}
      </button>
      <span className="list-pager__where" aria-live="polite">
        {t('pager.pageOf', { page: page + 1, pages })}
      </span>
      <button
        type="button"
        className="button"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
