import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DataTable,
  type DataColumn,
  type SortOrder
} from '@renderer/components/data-table/data-table';

interface Fruit {
  readonly id: string;
  readonly name: string;
  readonly price: number;
}

type FruitSort = 'name' | 'price';

const COLUMNS: readonly DataColumn<Fruit, FruitSort>[] = [
  { id: 'name', header: 'Name', cell: (f) => f.name, sort: 'name', rowHeader: true, width: '60%' },
  {
    id: 'price',
    header: 'Price',
    cell: (f) => f.price,
    sort: 'price',
    firstDir: 'desc',
    numeric: true,
    width: '20%'
  },
  { id: 'colour', header: 'Colour', cell: () => 'green', width: '20%' }
];

function fruits(count: number): Fruit[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `f${i}`,
    name: `Fruit ${i}`,
    price: i
  }));
}

/** The table with its order and page in state, as a list page holds them. */
function Harness({
  rows,
  total = rows.length,
  pageSize = 50,
  initialOrder = { sort: 'name', dir: 'asc' },
  opensRows = true
}: {
  readonly rows: readonly Fruit[];
  /** False: the rows open nothing (no rowPath). */
  readonly opensRows?: boolean;
  readonly total?: number;
  readonly pageSize?: number;
  readonly initialOrder?: SortOrder<FruitSort>;
}) {
  const [order, setOrder] = useState<SortOrder<FruitSort>>(initialOrder);
  const [page, setPage] = useState(0);
  return (
    <>
      <p data-testid="state">
        {order.sort} {order.dir} page {page}
      </p>
      <DataTable
        rows={rows}
        columns={COLUMNS}
        rowId={(f) => f.id}
        rowPath={opensRows ? (f) => `services/${f.id}` : undefined}
        order={order}
        onOrder={setOrder}
        page={page}
        pageSize={pageSize}
        total={total}
        onPage={setPage}
        caption="Fruits by name."
        noun="fruits"
        testId="fruits-table"
        rowTestId="fruit-row"
        rowData={(f) => ({ 'data-fruit': f.id })}
      />
    </>
  );
}

const rowLinks = () =>
  screen.getAllByTestId('fruit-row').map((row) => within(row).getByRole('link'));

describe('DataTable', () => {
  it('makes each row a link to what it opens, with one tab stop for the whole table', () => {
    render(<Harness rows={fruits(3)} />);
    const links = rowLinks();
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#/services/f0',
      '#/services/f1',
      '#/services/f2'
    ]);
    expect(links.map((link) => link.tabIndex)).toEqual([0, -1, -1]);
    // The row itself is no focus target without a role: its link is.
    for (const row of screen.getAllByTestId('fruit-row'))
      expect(row.hasAttribute('tabindex')).toBe(false);
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toContain(
      'Enter or Space opens one'
    );
  });

  it('moves between rows with Up, Down, Home and End, and opens one with Enter or Space', async () => {
    const user = userEvent.setup();
    render(<Harness rows={fruits(5)} />);
    rowLinks()[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(rowLinks()[2]);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(rowLinks()[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(rowLinks()[4]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowLinks()[4]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(rowLinks()[0]);
    // The tab stop follows the focus, so Tab away and back lands on the same row.
    await user.keyboard('{ArrowDown}');
    expect(rowLinks().map((link) => link.tabIndex)).toEqual([-1, 0, -1, -1, -1]);

    await user.keyboard(' ');
    expect(window.location.hash).toBe('#/services/f1');
    window.history.replaceState(null, '', '/');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(window.location.hash).toBe('#/services/f2');
  });

  it('opens a row on a click anywhere in it', async () => {
    const user = userEvent.setup();
    render(<Harness rows={fruits(3)} />);
    await user.click(within(screen.getAllByTestId('fruit-row')[1]!).getByText('green'));
    expect(window.location.hash).toBe('#/services/f1');
  });

  it('sorts from header buttons with aria-sort: a new column in its first direction, the same one flipped', async () => {
    const user = userEvent.setup();
    render(<Harness rows={fruits(3)} />);
    const header = (name: string) =>
      screen.getAllByRole('columnheader').find((th) => th.textContent?.startsWith(name))!;
    expect(header('Name').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Price').hasAttribute('aria-sort')).toBe(false);
    expect(within(header('Price')).getByRole('button')).toBeTruthy();
    expect(header('Colour').hasAttribute('aria-sort')).toBe(false);
    expect(within(header('Colour')).queryByRole('button')).toBeNull();

    await user.click(within(header('Price')).getByRole('button', { name: /Price/ }));
    expect(screen.getByTestId('state').textContent).toBe('price desc page 0');
    expect(header('Price').getAttribute('aria-sort')).toBe('descending');
    expect(header('Name').hasAttribute('aria-sort')).toBe(false);
    await user.click(within(header('Price')).getByRole('button', { name: /Price/ }));
    expect(screen.getByTestId('state').textContent).toBe('price asc page 0');
    await user.click(within(header('Name')).getByRole('button', { name: /Name/ }));
    expect(screen.getByTestId('state').textContent).toBe('name asc page 0');
  });

  it('pages through the total main counted, and has no pager for one page', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness rows={fruits(10)} total={25} pageSize={10} />);
    const pager = screen.getByRole('navigation', { name: 'Pages of fruits' });
    expect(pager.textContent).toContain('Page 1 of 3');
    const previous = within(pager).getByRole('button', { name: /Previous/ });
    // Unavailable on the first page: clicking it changes nothing.
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    await user.click(previous);
    expect(screen.getByTestId('state').textContent).toBe('name asc page 0');
    await user.click(within(pager).getByRole('button', { name: /Next/ }));
    expect(screen.getByTestId('state').textContent).toBe('name asc page 1');
    expect(pager.textContent).toContain('Page 2 of 3');
    unmount();
    render(<Harness rows={fruits(10)} total={10} pageSize={10} />);
    expect(screen.queryByRole('navigation', { name: 'Pages of fruits' })).toBeNull();
  });

  describe('with a laid-out scroller', () => {
    const restore: (() => void)[] = [];
    afterEach(() => {
      for (const undo of restore.splice(0)) undo();
    });

    /** Gives jsdom a layout: a 360 px scroller and 36 px rows. */
    function layOut(): void {
      const define = (
        name: 'clientHeight' | 'offsetHeight' | 'scrollHeight',
        get: (el: HTMLElement) => number
      ) => {
        const previous = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
        Object.defineProperty(HTMLElement.prototype, name, {
          configurable: true,
          get(this: HTMLElement) {
            return get(this);
          }
        });
        restore.push(() => {
          if (previous) Object.defineProperty(HTMLElement.prototype, name, previous);
        });
      };
      define('clientHeight', (el) => (el.classList.contains('data-table-scroll') ? 360 : 0));
      // 200 rows of 36 px under a 36 px header.
      define('scrollHeight', (el) => (el.classList.contains('data-table-scroll') ? 36 * 201 : 0));
      define('offsetHeight', (el) => (el.tagName === 'TR' ? 36 : el.tagName === 'THEAD' ? 36 : 0));
      const scrollTo = Element.prototype.scrollTo;
      Element.prototype.scrollTo = function (this: Element, options?: ScrollToOptions | number) {
        if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
        this.dispatchEvent(new Event('scroll'));
      };
      restore.push(() => {
        Element.prototype.scrollTo = scrollTo;
      });
    }

    it('renders every row of a page of 50, which costs nothing and keeps find-in-page whole', () => {
      layOut();
      render(<Harness rows={fruits(50)} total={50} pageSize={50} />);
      expect(screen.getAllByTestId('fruit-row')).toHaveLength(50);
      expect(screen.getByRole('table').hasAttribute('aria-rowcount')).toBe(false);
    });

    it('renders only the rows in view of a long page, and End brings the last row in and focuses it', async () => {
      layOut();
      const user = userEvent.setup();
      render(<Harness rows={fruits(200)} total={200} pageSize={200} />);
      const rendered = screen.getAllByTestId('fruit-row');
      expect(rendered.length).toBeGreaterThan(5);
      expect(rendered.length).toBeLessThan(40);
      expect(rendered[0]!.getAttribute('data-fruit')).toBe('f0');
      // Screen readers still learn how many rows there are and where each one sits.
      expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('201');
      expect(rendered[1]!.getAttribute('aria-rowindex')).toBe('3');

      rowLinks()[0]!.focus();
      await user.keyboard('{End}');
      await act(async () => {
        await new Promise((resolve) => window.requestAnimationFrame(resolve));
      });
      expect(document.activeElement?.closest('tr')?.getAttribute('data-fruit')).toBe('f199');
      expect(screen.getAllByTestId('fruit-row').length).toBeLessThan(200);

      // Page Up moves by a screenful (nine 36 px rows under the 36 px header, less one kept).
      await user.keyboard('{PageUp}');
      expect(document.activeElement?.closest('tr')?.getAttribute('data-fruit')).toBe('f191');
      await user.keyboard('{Enter}');
      expect(window.location.hash).toBe('#/services/f191');
    });
  });
});

describe('DataTable whose rows open nothing', () => {
  const rowHeaders = () =>
    screen.getAllByTestId('fruit-row').map((row) => within(row).getByRole('rowheader'));

  it('has no links: the row header cell is the one tab stop, and the caption says no key opens', () => {
    render(<Harness rows={fruits(3)} opensRows={false} />);
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(rowHeaders().map((cell) => cell.textContent)).toEqual(['Fruit 0', 'Fruit 1', 'Fruit 2']);
    expect(rowHeaders().map((cell) => cell.tabIndex)).toEqual([0, -1, -1]);
    // Still a plain table: rows and cells keep their roles, nothing pretends to be a button.
    for (const row of screen.getAllByTestId('fruit-row')) {
      expect(row.getAttribute('role')).toBeNull();
      expect(row.hasAttribute('tabindex')).toBe(false);
    }
    expect(screen.queryAllByRole('button', { name: /Fruit/ })).toEqual([]);
    const caption = screen.getByRole('table').querySelector('caption')?.textContent ?? '';
    expect(caption).toContain('Up and Down move between rows.');
    expect(caption).not.toContain('opens');
  });

  it('moves between rows with the keys, and Enter, Space or a click go nowhere', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#/list');
    render(<Harness rows={fruits(5)} opensRows={false} />);
    rowHeaders()[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(rowHeaders()[2]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(rowHeaders()[4]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(rowHeaders()[0]);
    expect(rowHeaders().map((cell) => cell.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    await user.keyboard('{Enter} ');
    await user.click(screen.getAllByTestId('fruit-row')[3]!);
    expect(window.location.hash).toBe('#/list');
    // Sorting still asks for a new order.
    await user.click(screen.getByRole('button', { name: /Price/ }));
    expect(screen.getByTestId('state').textContent).toBe('price desc page 0');
  });
});
