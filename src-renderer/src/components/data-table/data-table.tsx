/**
 * The one table of every list (domains, invoices, services, tickets): TanStack Table for
 * the column model, server-side sorting and paging (main sorts and pages in SQLite; a header
 * click or the pager only asks), TanStack Virtual for the body, so only the rows in view are
 * in the DOM, and a sticky header inside the table's own scroller.
 *
 * Keyboard: each row is a link (in its row header cell) to what it opens, and the table is one
 * tab stop. Up and Down move between rows, Home and End go to the first and last, Page Up and
 * Page Down by a screenful; Enter and Space open the row. A click anywhere on the row opens it
 * too. Back from what a row opened puts focus on that row again.
 *
 * A list whose rows open nothing (Usage) leaves out `rowPath`: the row header cell is then the
 * row's tab stop instead of a link, the same keys move between rows, and Enter, Space and
 * clicks do nothing. The markup stays a plain table (no link or button role on a row).
 */
import {
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater
} from '@tanstack/react-table';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode
} from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, routeHref, type RoutePath } from '../../lib/router';
import { useWidthBeforePaint } from '../../lib/use-width';
import { DataTablePager } from './data-table-pager';
import './data-table.css';

/** A list's order: a column's sort key and a direction. */
export interface SortOrder<S extends string> {
  readonly sort: S;
  readonly dir: 'asc' | 'desc';
}

/** One column of a data table. */
export interface DataColumn<T, S extends string = string> {
  readonly id: string;
  readonly header: string;
  /** The cell's content. In the row header column, the text of the row's link. */
  readonly cell: (row: T) => ReactNode;
  /** The server's sort key of this column; without one the column does not sort. */
  readonly sort?: S;
  /** The direction a first click on this column sorts in (words A→Z, dates newest first…). */
  readonly firstDir?: 'asc' | 'desc';
  /** Right-aligned tabular figures. */
  readonly numeric?: boolean;
  /** The column that names the row: a `<th scope="row">` holding the row's link. */
  readonly rowHeader?: boolean;
  /** In the row header column: what follows the link (badges). */
  readonly after?: (row: T) => ReactNode;
  /**
   * The column's share of the table's width (CSS length) when only the rows in view are
   * rendered, so columns hold still on scroll; shorter pages size columns to their content.
   * `'auto'` for the one column that takes what the others leave, with the share of a
   * secondary column that steps aside in a narrow table.
   */
  readonly width: string;
  readonly className?: string | undefined;
  /** A `data-testid` for the cells of this column. */
  readonly testId?: string;
}

export interface DataTableProps<T, S extends string> {
  /** One page of rows, already filtered, sorted and paged by main. */
  readonly rows: readonly T[];
  readonly columns: readonly DataColumn<T, S>[];
  readonly rowId: (row: T) => string;
  /** The route a row opens; left out, rows open nothing (the row header cell takes focus). */
  readonly rowPath?: ((row: T) => RoutePath) | undefined;
  readonly order: SortOrder<S>;
  readonly onOrder: (order: SortOrder<S>) => void;
  /** Zero-based page, the page size and the total of matching rows. */
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly onPage: (page: number) => void;
  /** The caption for screen readers, e.g. "Invoices by due date, newest first." */
  readonly caption: string;
  /** The plural noun of the rows, e.g. "invoices" (the pager says "Pages of invoices"). */
  readonly noun: string;
  readonly testId: string;
  readonly rowTestId: string;
  readonly pagerTestId?: string | undefined;
  readonly className?: string | undefined;
  /** Extra `data-*` attributes of a row (tests and styles read them). */
  readonly rowData?: (row: T) => Readonly<Record<`data-${string}`, string>>;
  readonly rowClassName?: (row: T) => string | undefined;
  /** A guess at a row's height in pixels before it is measured. */
  readonly estimateRowHeight?: number;
  /**
   * Pages with more rows than this render only the rows in view. Shorter ones render every
   * row: they cost nothing to draw, and the browser's find-in-page then sees them all.
   */
  readonly virtualizeAbove?: number;
  /**
   * The table width (px) from which columns of class `data-table__secondary` are shown; in a
   * narrower table they step aside, their share going to the `'auto'` column. Defaults to the
   * width a list has in a 1280 px window.
   */
  readonly secondaryFrom?: number;
}

const features = tableFeatures({ rowSortingFeature, rowPaginationFeature });
type Features = typeof features;

/** Up to this many rows a page renders every row (the lists' pages of 50). */
const DEFAULT_VIRTUALIZE_ABOVE = 50;

/** A list's width in a 1280 px window: narrower, secondary columns step aside. */
const DEFAULT_SECONDARY_FROM = 978;

const isSecondary = (column: { readonly className?: string | undefined }): boolean =>
  column.className?.split(' ').includes('data-table__secondary') ?? false;

const INTERACTIVE = 'a, button, input, select, textarea, summary, label, [role="button"]';
/** A row's keyboard stop: its link, or the row header cell of a row that opens nothing. */
const ROW_STOPS = ['.data-table__link', '.data-table__stop'];
const openedKey = (testId: string) => `hostdeck.data-table.opened.${testId}`;

/** The table. */
export function DataTable<T extends RowData, S extends string>(props: DataTableProps<T, S>) {
  const { rows, rowId, rowPath, order, onOrder, page, pageSize, total, onPage } = props;
  const { t } = useTranslation('common');
  const [scrollRef, scrollWidth] = useWidthBeforePaint<HTMLDivElement>();
  // Secondary columns leave a narrow table altogether: hiding their cells with CSS would leave
  // their <col> behind in a table of fixed columns, and every cell after them one column off.
  const secondaryFrom = props.secondaryFrom ?? DEFAULT_SECONDARY_FROM;
  const narrow = scrollWidth > 0 && scrollWidth < secondaryFrom;
  const columns = useMemo(
    () => (narrow ? props.columns.filter((column) => !isSecondary(column)) : props.columns),
    [props.columns, narrow]
  );

  const columnDefs = useMemo<ColumnDef<Features, T>[]>(
    () =>
      columns.map((column) => ({
        id: column.id,
        header: column.header,
        // TanStack sorts only columns with an accessor; main sorts, so its value is unused.
        ...(column.sort === undefined ? {} : { accessorFn: () => column.sort }),
        enableSorting: column.sort !== undefined,
        // Explicit, so TanStack never guesses a first direction from the data.
        sortDescFirst: column.firstDir === 'desc'
      })),
    [columns]
  );
  const byId = useMemo(() => new Map(columns.map((column) => [column.id, column])), [columns]);
  // Keyed on the values, not the order object (a new one comes with every address change), so
  // the table's state only changes when the order does.
  const sorting = useMemo<SortingState>(() => {
    const column = columns.find((c) => c.sort === order.sort);
    return column ? [{ id: column.id, desc: order.dir === 'desc' }] : [];
  }, [columns, order.sort, order.dir]);
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: page, pageSize }),
    [page, pageSize]
  );

  const table = useTable({
    features,
    columns: columnDefs,
    data: rows as T[],
    getRowId: (row) => rowId(row),
    state: { sorting, pagination },
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableMultiSort: false,
    enableSortingRemoval: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      const sort = first ? byId.get(first.id)?.sort : undefined;
      if (first && sort !== undefined) onOrder({ sort, dir: first.desc ? 'desc' : 'asc' });
    },
    onPaginationChange: (updater: Updater<PaginationState>) => {
      const next = typeof updater === 'function' ? updater(pagination) : updater;
      if (next.pageIndex !== page) onPage(next.pageIndex);
    }
  });
  const tableRows = table.getRowModel().rows;

  const headRef = useRef<HTMLTableSectionElement>(null);
  const [headHeight, setHeadHeight] = useState(0);
  useLayoutEffect(() => {
    setHeadHeight(headRef.current?.offsetHeight ?? 0);
  }, []);

  // The roving tab stop; while focus is in the table the virtualizer keeps its row rendered.
  const [active, setActive] = useState(0);
  const [focusWithin, setFocusWithin] = useState(false);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const first = indexes[0];
      const last = indexes[indexes.length - 1];
      if (!focusWithin || first === undefined || last === undefined) return indexes;
      if (active >= range.count || (active >= first && active <= last)) return indexes;
      // Rows sit in the table's flow between two spacers, so the rendered run stays contiguous.
      const from = Math.min(first, active);
      const to = Math.max(last, active);
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    },
    [active, focusWithin]
  );

  const virtualize = tableRows.length > (props.virtualizeAbove ?? DEFAULT_VIRTUALIZE_ABOVE);
  // Before the scroller is measured (the first render), the window's height is the guess, so
  // even the first render draws only about a screenful of rows.
  const firstGuess = { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight };
  // The app is not built with the React Compiler; the virtualizer is read during render only.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    enabled: virtualize,
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => props.estimateRowHeight ?? 36,
    getItemKey: (index) => tableRows[index]?.id ?? index,
    overscan: 8,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    rangeExtractor,
    useFlushSync: false,
    initialRect: firstGuess
  });
  // A scroller without a size (not laid out: hidden, or a DOM without layout) cannot tell what
  // is in view, so every row of the page is rendered.
  const laidOut = virtualize && (virtualizer.scrollRect ?? firstGuess).height > 0;
  const items = laidOut ? virtualizer.getVirtualItems() : [];
  const indexes = laidOut ? items.map((item) => item.index) : tableRows.map((_, index) => index);
  const firstItem = items[0];
  const lastItem = items[items.length - 1];
  const padTop = laidOut && firstItem ? firstItem.start - headHeight : 0;
  const padBottom =
    laidOut && lastItem ? Math.max(0, virtualizer.getTotalSize() - (lastItem.end - headHeight)) : 0;
  const tabStop = indexes.includes(active) ? active : (indexes[0] ?? 0);

  const focusTarget = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = focusTarget.current;
    if (index === null) return;
    const row = `tr[data-index="${index}"]`;
    const link = scrollRef.current?.querySelector<HTMLElement>(
      ROW_STOPS.map((stop) => `${row} ${stop}`).join(', ')
    );
    if (!link) return;
    focusTarget.current = null;
    link.focus({ preventScroll: laidOut });
  });

  const moveTo = (index: number): void => {
    const next = Math.max(0, Math.min(tableRows.length - 1, index));
    focusTarget.current = next;
    setFocusWithin(true);
    setActive(next);
    if (laidOut) virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const open = (row: T): void => {
    if (!rowPath) return;
    window.sessionStorage.setItem(openedKey(props.testId), rowId(row));
    navigate(rowPath(row));
  };

  // Back from a row's page: that row takes focus again, after the frame focused the title.
  useEffect(() => {
    const key = openedKey(props.testId);
    const opened = window.sessionStorage.getItem(key);
    if (opened === null) return;
    const index = tableRows.findIndex((row) => row.id === opened);
    if (index === -1) return;
    const frame = window.requestAnimationFrame(() => {
      window.sessionStorage.removeItem(key);
      moveTo(index);
    });
    return () => window.cancelAnimationFrame(frame);
    // Once per page of rows: the rows' identity is what matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tableRows]);

  const rowIndexOf = (target: EventTarget): number | null => {
    const tr = (target as HTMLElement).closest<HTMLTableRowElement>('tr[data-index]');
    return tr ? Number(tr.dataset.index) : null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>): void => {
    const index = rowIndexOf(event.target);
    if (index === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const row = tableRows[index];
    const viewport = (scrollRef.current?.clientHeight ?? 0) - headHeight;
    const screenful = Math.max(1, Math.floor(viewport / (props.estimateRowHeight ?? 36)) - 1);
    const targets: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: tableRows.length - 1,
      PageDown: index + screenful,
      PageUp: index - screenful
    };
    if ((event.key === 'Enter' || event.key === ' ') && row && rowPath) {
      event.preventDefault();
      open(row.original);
      return;
    }
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  // One handler for every row's click (rows are memoized and hold no handlers of their own).
  const onRowClick = (event: MouseEvent<HTMLTableSectionElement>): void => {
    if (!rowPath) return;
    const index = rowIndexOf(event.target);
    const row = index === null ? undefined : tableRows[index];
    if (!row) return;
    const control = (event.target as HTMLElement).closest(INTERACTIVE);
    if (control && !control.classList.contains('data-table__link')) return;
    // Ctrl/Cmd/Shift-click on the link keeps the browser's own behaviour (a new tab).
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open(row.original);
  };

  const headerGroup = table.getHeaderGroups()[0];
  return (
    <div className={`data-table-view ${props.className ?? ''}`}>
      <div
        ref={scrollRef}
        className="data-table-scroll"
        // A row that takes focus scrolls into view below the sticky header, not under it.
        style={{ scrollPaddingTop: headHeight }}
      >
        <table
          className={`data-table data-table--list${laidOut ? ' data-table--virtual' : ''}${rowPath ? '' : ' data-table--static'}`}
          data-testid={props.testId}
          // With only the rows in view in the DOM, say how many there are and where each sits.
          aria-rowcount={laidOut ? tableRows.length + 1 : undefined}
        >
          <caption className="visually-hidden">
            {props.caption} {rowPath ? t('table.keys') : t('table.keysStatic')}
          </caption>
          {laidOut ? (
            <colgroup>
              {columns.map((column) => (
                <col key={column.id} className={column.className} style={{ width: column.width }} />
              ))}
            </colgroup>
          ) : null}
          <thead ref={headRef}>
            <tr aria-rowindex={laidOut ? 1 : undefined}>
              {headerGroup?.headers.map((header) => {
                const column = byId.get(header.column.id);
                if (!column) return null;
                const sorted = header.column.getIsSorted();
                const className = cellClass(column);
                if (!header.column.getCanSort())
                  return (
                    <th key={header.id} scope="col" className={className}>
                      {column.header}
                    </th>
                  );
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={className}
                    // Only the sorted column says so; the others are plain sortable headers.
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                    }
                  >
                    <button
                      type="button"
                      className="data-table__sort"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {column.header}
                      <span className="data-table__arrow" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody
            onKeyDown={onKeyDown}
            onClick={onRowClick}
            onFocus={(event) => {
              setFocusWithin(true);
              const index = rowIndexOf(event.target);
              if (index !== null) setActive(index);
            }}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null))
                setFocusWithin(false);
            }}
          >
            {padTop > 0 ? <Spacer height={padTop} span={columns.length} /> : null}
            {indexes.map((index) => {
              const row = tableRows[index];
              if (!row) return null;
              return (
                <DataRow
                  key={row.id}
                  row={row.original}
                  index={index}
                  columns={columns}
                  isTabStop={index === tabStop}
                  rowIndex={laidOut ? index + 2 : undefined}
                  measure={laidOut ? virtualizer.measureElement : undefined}
                  rowPath={rowPath}
                  rowTestId={props.rowTestId}
                  rowData={props.rowData}
                  rowClassName={props.rowClassName}
                />
              );
            })}
            {padBottom > 0 ? <Spacer height={padBottom} span={columns.length} /> : null}
          </tbody>
        </table>
      </div>
      <DataTablePager
        page={page}
        pages={table.getPageCount()}
        onPrevious={() => table.previousPage()}
        onNext={() => table.nextPage()}
        noun={props.noun}
        testId={props.pagerTestId}
      />
    </div>
  );
}

interface DataRowProps<T, S extends string> {
  readonly row: T;
  readonly index: number;
  readonly columns: readonly DataColumn<T, S>[];
  readonly isTabStop: boolean;
  /** `aria-rowindex` while only the rows in view are rendered. */
  readonly rowIndex: number | undefined;
  /** The virtualizer's measuring ref while only the rows in view are rendered. */
  readonly measure: ((node: HTMLTableRowElement | null) => void) | undefined;
  readonly rowPath: ((row: T) => RoutePath) | undefined;
  readonly rowTestId: string;
  readonly rowData: ((row: T) => Readonly<Record<`data-${string}`, string>>) | undefined;
  readonly rowClassName: ((row: T) => string | undefined) | undefined;
}

/**
 * One row. Memoized: scrolling a long page renders only the rows that come into view, not
 * again every row already there.
 */
const DataRow = memo(function DataRow<T, S extends string>({
  row,
  index,
  columns,
  isTabStop,
  rowIndex,
  measure,
  rowPath,
  rowTestId,
  rowData,
  rowClassName
}: DataRowProps<T, S>) {
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={rowIndex}
      data-testid={rowTestId}
      className={`data-table__row ${rowClassName?.(row) ?? ''}`}
      {...rowData?.(row)}
    >
      {columns.map((column) =>
        column.rowHeader && !rowPath ? (
          <th
            key={column.id}
            scope="row"
            className={`data-table__stop ${cellClass(column) ?? ''}`}
            data-testid={column.testId}
            tabIndex={isTabStop ? 0 : -1}
          >
            {column.cell(row)}
            {column.after?.(row)}
          </th>
        ) : column.rowHeader && rowPath ? (
          <th key={column.id} scope="row" className={cellClass(column)} data-testid={column.testId}>
            <a
              className="data-table__link"
              href={routeHref(rowPath(row))}
              tabIndex={isTabStop ? 0 : -1}
            >
              {column.cell(row)}
            </a>
            {column.after?.(row)}
          </th>
        ) : (
          <td key={column.id} className={cellClass(column)} data-testid={column.testId}>
            {column.cell(row)}
          </td>
        )
      )}
    </tr>
  );
}) as <T, S extends string>(props: DataRowProps<T, S>) => ReactNode;

function cellClass(column: DataColumn<never, string>): string | undefined {
  const classes = [column.numeric ? 'data-table__num' : '', column.className ?? ''].filter(Boolean);
  return classes.length > 0 ? classes.join(' ') : undefined;
}

/** The height of the rows above or below the rendered ones. */
function Spacer({ height, span }: { readonly height: number; readonly span: number }) {
  return (
    <tr className="data-table__spacer" aria-hidden="true">
      <td colSpan={span} style={{ height }} />
    </tr>
  );
}
