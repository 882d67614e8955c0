import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCache, schemaVersion } from '@main/core/cache/database';
import { MIGRATIONS } from '@main/core/cache/migrations';
import { staleInvoiceDetails } from '@main/core/invoices/invoice-repository';
import { RecordingLogger } from '@tests/fakes/recording-logger';
import { makeTempDir } from '@tests/fakes/temp-dir';

const open = (path: string, upTo: number) =>
  openCache(path, {
    logger: new RecordingLogger(),
    now: () => 0,
    migrations: MIGRATIONS.slice(0, upTo)
  });

describe('cache migration 006 (billing)', () => {
  let dir: { path: string; cleanup: () => void };
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.cleanup());

  it('keeps the invoices of a version 5 cache and marks their details for fetching', () => {
    const path = join(dir.path, 'c.sqlite');
    const before = open(path, 5);
    before.db
      .prepare(
        "INSERT INTO invoices (id, number, issued_on, due_on, status, total_minor, currency, json, detail_json) VALUES ('7', 'HD-7', '2026-01-01', '2026-01-15', 'paid', 1595, 'EUR', '{}', '{\"lines\":[]}')"
      )
      .run();
    before.close();

    const after = open(path, 6);
    expect(schemaVersion(after.db)).toBe(6);
    expect(
      after.db.prepare('SELECT number, detail_json, balance_minor FROM invoices').all()
    ).toEqual([{ number: 'HD-7', detail_json: '{"lines":[]}', balance_minor: null }]);
    // No detail is known to belong to the current list row: the next sync fetches it.
    expect(staleInvoiceDetails(after.db, false)).toEqual(['7']);
    after.close();
  });

  it('marks a detail stale when its list row changes, and drops it with the invoice', () => {
    const cache = open(join(dir.path, 'c.sqlite'), 6);
    const { db } = cache;
    db.prepare(
      "INSERT INTO invoices (id, number, status, total_minor, currency, json) VALUES ('7', 'HD-7', 'unpaid', 1595, 'EUR', '{\"v\":1}')"
    ).run();
    db.prepare(
      "INSERT INTO invoice_details (invoice_id, json, fetched_at) VALUES ('7', '{}', '2026-01-02T00:00:00Z')"
    ).run();
    db.prepare(
      "INSERT INTO invoice_lines (invoice_id, position, description, amount_minor) VALUES ('7', 0, 'Reseller Pro', 1595)"
    ).run();
    const stale = () =>
      (
        db.prepare("SELECT stale FROM invoice_details WHERE invoice_id = '7'").get() as {
          stale: number;
        }
      ).stale;
    db.prepare("UPDATE invoices SET balance_minor = 0 WHERE id = '7'").run();
    expect(stale()).toBe(0);
    db.prepare("UPDATE invoices SET json = '{\"v\":2}' WHERE id = '7'").run();
    expect(stale()).toBe(1);
    db.prepare("DELETE FROM invoices WHERE id = '7'").run();
    expect(db.prepare('SELECT count(*) AS n FROM invoice_details').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM invoice_lines').get()).toEqual({ n: 0 });
    cache.close();
  });

  it('adds the credit log, searchable invoice lines and the PDF records with their checksum', () => {
    const cache = open(join(dir.path, 'c.sqlite'), 6);
    const { db } = cache;
    db.prepare(
      "INSERT INTO credits (id, date, amount_minor, json) VALUES ('1', '2026-01-01', -500, '{}')"
    ).run();
    db.prepare(
      "INSERT INTO invoice_lines (invoice_id, position, description, amount_minor) VALUES ('7', 0, 'Reseller Pro', 1295)"
    ).run();
    const record = (sha: string, size: number) =>
      db
        .prepare(
          "INSERT INTO invoice_pdfs (invoice_id, file, filename, sha256, size, invoice_status, fetched_at) VALUES ('7', '7.pdf', 'Invoice-7.pdf', ?, ?, 'paid', '2026-01-02T00:00:00Z')"
        )
        .run(sha, size);
    // A record without a whole SHA-256 or with an empty file cannot be stored.
    expect(() => record('abc', 10)).toThrow(/CHECK/);
    expect(() => record('a'.repeat(64), 0)).toThrow(/CHECK/);
    record('a'.repeat(64), 10);
    // STRICT tables refuse a text amount.
    expect(() =>
      db
        .prepare(
          "INSERT INTO credits (id, date, amount_minor, json) VALUES ('2', NULL, 'ten', '{}')"
        )
        .run()
    ).toThrow();
    cache.close();
  });
});
