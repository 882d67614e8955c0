import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTablePager } from '@renderer/components/data-table/data-table-pager';

/**
 * A list of `pages` pages above its pager, its start `startTop` px from the top of the window
 * (jsdom lays nothing out: the list's place is given, and its scrolling recorded).
 */
function PagedList({ pages, startTop }: { readonly pages: number; readonly startTop: number }) {
  const [page, setPage] = useState(0);
  return (
    <div>
      <ul
        data-testid="list"
        ref={(list) => {
          if (list) list.getBoundingClientRect = () => ({ top: startTop }) as DOMRect;
        }}
      >
        <li>Row of page {page + 1}</li>
      </ul>
      <DataTablePager
        page={page}
        pages={pages}
        onPrevious={() => setPage((p) => p - 1)}
        onNext={() => setPage((p) => p + 1)}
        noun="rows"
      />
    </div>
  );
}

/** Records scrollIntoView calls (jsdom has none) until the test ends. */
function scrolls(): ReturnType<typeof vi.fn> {
  const scrollIntoView = vi.fn();
  Element.prototype.scrollIntoView = scrollIntoView;
  return scrollIntoView;
}

const jsdomScrollIntoView = Element.prototype.scrollIntoView;
afterEach(() => {
  Element.prototype.scrollIntoView = jsdomScrollIntoView;
});

describe('the pager under a paged list', () => {
  it('brings the start of the next page into view when it was scrolled away above', async () => {
    const scrollIntoView = scrolls();
    render(<PagedList pages={3} startTop={-900} />);
    expect(scrollIntoView).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Next →' }));
    expect(screen.getByText('Row of page 2')).toBeTruthy();
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(screen.getByTestId('list'));
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
  });

  it('leaves the window where it is when the list starts in view', async () => {
    const scrollIntoView = scrolls();
    render(<PagedList pages={3} startTop={120} />);
    await userEvent.click(screen.getByRole('button', { name: 'Next →' }));
    expect(screen.getByText('Row of page 2')).toBeTruthy();
    expect(scrollIntoView).not.toHaveBeenCalled();
  });

  it('keeps the focus on Next when it reaches the last page, where Next does nothing', async () => {
    scrolls();
    render(<PagedList pages={2} startTop={0} />);
    const next = screen.getByRole('button', { name: 'Next →' });
    const previous = screen.getByRole('button', { name: '← Previous' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(next);
    expect(screen.getByText('Page 2 of 2')).toBeTruthy();
    expect(document.activeElement).toBe(next);
    expect(next.getAttribute('aria-disabled')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('Page 2 of 2')).toBeTruthy();
    expect(previous.getAttribute('aria-disabled')).toBeNull();
  });
});
