import type { Migration } from './types';

/**
 * Billing for offline use: the credit log, invoice details (lines searchable in SQL, the
 * balance GetInvoices does not give) and the invoice PDFs kept on disk under
 * `<profile dir>/invoices/`, each with its SHA-256. Details live in their own table so the
 * invoices table stays narrow: the list pages, filters and sums of 20,000 invoices scan it.
 */
export const migration006: Migration = {
  version: 6,
  name: 'billing',
  up: (db) => {
    db.exec(`
      CREATE TABLE credits (
        id TEXT PRIMARY KEY,
        date TEXT,
        amount_minor INTEGER NOT NULL,
        json TEXT NOT NULL,
        run_id TEXT
      ) STRICT;
      CREATE INDEX credits_date ON credits (date);

      CREATE INDEX transactions_date ON transactions (date);
      CREATE INDEX transactions_invoice ON transactions (invoice_id);

      -- The amount still due: the list's when the provider lists it, else the cached detail's.
      ALTER TABLE invoices ADD COLUMN balance_minor INTEGER;
      CREATE INDEX invoices_issued_id ON invoices (issued_on, id);
      CREATE INDEX invoices_due ON invoices (due_on, id);
      -- Covers the filters and sums of the invoice list (status, dates, amounts) without
      -- reading the rows.
      CREATE INDEX invoices_sums ON invoices (status, currency, total_minor, balance_minor, due_on, issued_on);

      CREATE TABLE invoice_details (
        invoice_id TEXT PRIMARY KEY,
        -- The InvoiceDetail as GetInvoice gave it; NULL when it never could be fetched.
        json TEXT,
        -- Why the provider gave no detail for the current list row (lines are never made up).
        error TEXT,
        -- 1 once the list row changed: the detail is fetched again.
        stale INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1)),
        fetched_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE invoice_lines (
        invoice_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        description TEXT NOT NULL,
        amount_minor INTEGER NOT NULL,
        PRIMARY KEY (invoice_id, position)
      ) STRICT, WITHOUT ROWID;

      -- Kept on write, in the transaction of the list page: a changed invoice makes its
      -- detail stale; a vanished one takes its detail and lines with it.
      CREATE TRIGGER invoices_changed_detail_stale AFTER UPDATE OF json ON invoices
        WHEN old.json IS NOT new.json
      BEGIN
        UPDATE invoice_details SET stale = 1 WHERE invoice_id = new.id;
      END;
      CREATE TRIGGER invoices_deleted_detail AFTER DELETE ON invoices
      BEGIN
        DELETE FROM invoice_details WHERE invoice_id = old.id;
        DELETE FROM invoice_lines WHERE invoice_id = old.id;
      END;

      CREATE TABLE invoice_pdfs (
        invoice_id TEXT PRIMARY KEY,
        -- The file's name inside <profile dir>/invoices/.
        file TEXT NOT NULL,
        -- The name the provider suggested, for "Save PDF…".
        filename TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size > 0),
        -- The invoice status the PDF was made for: a paid invoice's PDF says so, so a status
        -- change fetches it again.
        invoice_status TEXT NOT NULL,
        fetched_at TEXT NOT NULL
      ) STRICT;

      -- Downloads that failed, so the background downloader backs off instead of retrying
      -- the same invoice on every run.
      CREATE TABLE invoice_pdf_failures (
        invoice_id TEXT PRIMARY KEY,
        attempts INTEGER NOT NULL CHECK (attempts > 0),
        last_error TEXT NOT NULL,
        last_attempt_at TEXT NOT NULL
      ) STRICT;
    `);
  }
};
