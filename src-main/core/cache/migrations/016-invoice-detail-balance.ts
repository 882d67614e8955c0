import type { Migration } from './types';

/**
 * A fetched invoice detail keeps its balance in its own row (`invoice_details.balance_minor`),
 * from which the details step copies the balances onto the list rows in bulk
 * (invoice-repository invoiceDetailWriter) instead of rewriting each wide invoices row and its
 * `invoices_sums` entry as each detail arrives. The list row's `balance_minor` stays what the
 * screens read. Details cached before keep a NULL there: their balances are on their list
 * rows already.
 *
 * `invoices_issued (issued_on)` goes: `invoices_issued_id (issued_on, id)` serves every query
 * it served (the same ranges, in the same order), and every listed invoice wrote both.
 */
export const migration016: Migration = {
  version: 16,
  name: 'invoice-detail-balance',
  up: (db) => {
    db.exec(`
      DROP INDEX invoices_issued;

      -- The balance the detail gave (NULL when it gave none or was never fetched).
      ALTER TABLE invoice_details ADD COLUMN balance_minor INTEGER;
    `);
  }
};
