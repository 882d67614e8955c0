/**
 * The domains CSV of a filtered, sorted view: every matching domain (not one page), read
 * row by row from SQLite and handed to `write` in chunks, so neither the rows nor the text
 * of a large reseller's 5,000 domains are held at once.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { DomainListInput } from '@shared/contract';
import { minorToDecimalString } from '@shared/money';
import { iterateDomains } from './domain-repository';
import { csvLine } from '../export/csv';

export const DOMAIN_CSV_HEADER = [
  'id',
  'name',
  'status',
  'expires_on',
  'next_due_on',
  'days_left',
  'auto_renew',
  'registrar',
  'renewal_price',
  'currency',
  'alert'
] as const;

/** Rows per chunk handed to `write`. */
const CHUNK_ROWS = 500;

/** Writes the CSV of every domain matching `input` (today: the reseller's local date); returns the row count. */
export function writeDomainsCsv(
  db: DatabaseSync,
  input: DomainListInput,
  today: string,
  write: (chunk: string) => void
): number {
  let chunk = csvLine(DOMAIN_CSV_HEADER);
  let inChunk = 0;
  let count = 0;
  for (const d of iterateDomains(db, input, today)) {
    chunk += csvLine([
      d.id,
      d.name,
      d.status,
      d.expiresOn,
      d.nextDueOn,
      d.daysLeft,
      d.autoRenew,
      d.registrar,
      d.renewalPrice ? minorToDecimalString(d.renewalPrice.amountMinor) : null,
      d.renewalPrice?.currency ?? null,
      d.alert ? d.alert.message : null
    ]);
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
