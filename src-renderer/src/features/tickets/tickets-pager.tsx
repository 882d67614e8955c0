/**
 * Previous / next page of the ticket list, with "Page 2 of 25" between. The buttons keep
 * their place, so keyboard users can page on with the same key.
 */

/** The pager under the table; `page` is zero-based. */
export function TicketsPager({
  page,
  pages,
  onPage
}: {
  readonly page: number;
  readonly pages: number;
  readonly onPage: (page: number) => void;
}) {
  return (
    <nav className="tickets-pager" aria-label="Pages of tickets" data-testid="tickets-pager">
      <button
        type="button"
        className="button"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        ← Previous
      </button>
      <span className="tickets-pager__where" aria-live="polite">
        Page {page + 1} of {pages}
      </span>
      <button
        type="button"
        className="button"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
      >
        Next →
      </button>
    </nav>
  );
}
