/**
 * A sortable column header for the data tables: a button inside the `<th>`, `aria-sort` on
 * the header of the active column, an arrow that says the direction. Main sorts; this only
 * asks.
 */
import type { ReactNode } from 'react';
import './list-controls.css';

/** A list's order: a column and a direction. */
export interface SortOrder<S extends string> {
  readonly sort: S;
  readonly dir: 'asc' | 'desc';
}

/** A `<th scope="col">` whose button sorts by `sort` (a second click flips the direction). */
export function SortHeader<S extends string>({
  sort,
  order,
  onSort,
  className,
  children
}: {
  readonly sort: S;
  readonly order: SortOrder<S>;
  readonly onSort: (sort: S) => void;
  readonly className?: string | undefined;
  readonly children: ReactNode;
}) {
  const active = order.sort === sort;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (order.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="list-sort" onClick={() => onSort(sort)}>
        {children}
        <span className="list-sort__arrow" aria-hidden="true">
          {active ? (order.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
