/**
 * The domains CSV of a filtered, sorted view: every matching domain (not one page), read
 * row by row from SQLite and handed to `write` in chunks, so neither the rows nor the text
 * of a large reseller's 5,000 domains are held at once.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { DomainListInput, DomainView } from '@shared/contract';
import type { Domain } from '@shared/model';
import { LIST_ENTITIES } from '../cache/entity-table';
import { iterateDomains } from './domain-repository';
import { csvLine, type CsvCell } from '../export/csv';

/** One column of the view's CSV: its header and its cell from the view and its model fields. */
type ViewColumn = readonly [header: string, cell: (view: DomainView, model: Domain) => CsvCell];

/**
 * The entity table's domain export columns (core/cache/entity-table.ts), with what only the
 * view knows: the days left after the due date, and the alert last.
 */
const COLUMNS: readonly ViewColumn[] = [
  ...LIST_ENTITIES.domains.export.columns.flatMap(([header, cell]): ViewColumn[] => {
    const column: ViewColumn = [header, (_, model) => cell(model)];
    return header === 'next_due_on' ? [column, ['days_left', (view) => view.daysLeft]] : [column];
  }),
  ['alert', (view) => (view.alert ? view.alert.message : null)]
];

/** The view's fields under the model's names, for the entity table's cells. */
function modelOf(view: DomainView): Domain {
  return { ...view, registeredOn: null, recurringAmount: view.renewalPrice };
}

/** Rows per chunk handed to `write`. */
const CHUNK_ROWS = 500;

/** Writes the CSV of every domain matching `input` (today: the reseller's local date); returns the row count. */
export function writeDomainsCsv(
  db: DatabaseSync,
  input: DomainListInput,
  today: string,
  write: (chunk: string) => void
): number {
  let chunk = csvLine(COLUMNS.map(([header]) => header));
  let inChunk = 0;
  let count = 0;
  for (const d of iterateDomains(db, input, today)) {
    const model = modelOf(d);
    chunk += csvLine(COLUMNS.map(([, cell]) => cell(d, model)));
    count += 1;
    if (++inChunk === CHUNK_ROWS) {
      write(chunk);
      chunk = '';
      inChunk = 0;
    }
  }
  if (chunk) write(chunk);
  return count;
}
