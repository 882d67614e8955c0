import type { Migration } from './types';

/**
 * Billing for offline use: the credit log, invoice details (lines searchable in SQL, the
 * balance GetInvoices does not give, which list row a cached detail belongs to) and the
 * invoice PDFs kept on disk under `<profile dir>/invoices/`, each with its SHA-256.
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

      -- The list row (invoices.json) the cached detail was fetched for: a changed row makes
      -- the detail stale. detail_error says why the provider gave no detail for that row.
      ALTER TABLE invoices ADD COLUMN detail_source TEXT;
      ALTER TABLE invoices ADD COLUMN detail_error TEXT;
      -- The amount still due, from the detail (GetInvoices does not give it).
      ALTER TABLE invoices ADD COLUMN balance_minor INTEGER;
      CREATE INDEX invoices_due ON invoices (due_on);

      CREATE TABLE invoice_lines (
        invoice_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        description TEXT NOT NULL,
        amount_minor INTEGER NOT NULL,
        PRIMARY KEY (invoice_id, position)
      ) STRICT, WITHOUT ROWID;

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
