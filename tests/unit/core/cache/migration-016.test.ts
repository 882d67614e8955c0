import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoiceListInputSchema } from '@shared/contract';
import type { InvoiceDetail } from '@shared/model';
import { openCache, schemaVersion } from '@main/core/cache/database';
import { MIGRATIONS } from '@main/core/cache/migrations';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { listInvoices } from '@main/core/invoices/invoice-list-repository';
import { storeInvoiceDetail } from '@main/core/invoices/invoice-repository';
import { eur, sampleInvoice } from '@tests/fakes/model-fixtures';
import { RecordingLogger } from '@tests/fakes/recording-logger';
import { makeTempDir } from '@tests/fakes/temp-dir';

const open = (path: string, upTo: number) =>
  openCache(path, {
    logger: new RecordingLogger(),
    now: () => 0,
    migrations: MIGRATIONS.slice(0, upTo)
  });

const detailOf = (id: string, balance: number): InvoiceDetail => ({
  ...sampleInvoice(id, 1_000),
  balance: eur(balance),
  lines: [],
  payments: []
});

describe('cache migration 016 (invoice detail balance)', () => {
  let dir: { path: string; cleanup: () => void };
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.cleanup());

  it('keeps the amounts due and date filters of a version 15 cache, and stores new balances', () => {
    const path = join(dir.path, 'c.sqlite');
    const before = open(path, 15);
    const rows = [
      sampleInvoice('1', 1_000, { issuedOn: '2026-09-01' }),
      sampleInvoice('2', 1_000, { issuedOn: '2026-10-01' }),
      sampleInvoice('3', 1_000, { issuedOn: '2026-11-01' })
    ];
    upsertEntities(before.db, 'invoices', rows, 'run-1');
    // As version 15 stored a detail: its balance written into the list row.
    before.db
      .prepare(
        "INSERT INTO invoice_details (invoice_id, json, stale, fetched_at) VALUES ('2', ?, 0, '2026-11-02T00:00:00Z')"
      )
      .run(JSON.stringify(detailOf('2', 400)));
    before.db.prepare("UPDATE invoices SET balance_minor = 400 WHERE id = '2'").run();
    before.close();

    const after = open(path, 16);
    expect(schemaVersion(after.db)).toBe(16);
    const list = (fields: Record<string, unknown>) =>
      listInvoices(after.db, invoiceListInputSchema.parse({ limit: 100, ...fields }), '2026-11-22');
    const due = () => new Map(list({}).invoices.map((i) => [i.id, i.balance?.amountMinor]));
    expect(due()).toEqual(
      new Map([
        ['1', undefined],
        ['2', 400],
        ['3', undefined]
      ])
    );
    expect(list({}).sums).toEqual([{ currency: 'EUR', count: 3, total: 3_000, due: 2_400 }]);
    expect(list({ from: '2026-10-01', to: '2026-11-30' }).invoices.map((i) => i.id)).toEqual([
      '3',
      '2'
    ]);
    expect(
      after.db.prepare("SELECT name FROM sqlite_master WHERE name = 'invoices_issued'").all()
    ).toEqual([]);

    const source = (
      after.db.prepare("SELECT json FROM invoices WHERE id = '3'").get() as { json: string }
    ).json;
    expect(storeInvoiceDetail(after.db, detailOf('3', 250), source, '2026-11-22T00:00:00Z')).toBe(
      true
    );
    expect(due().get('3')).toBe(250);
    expect(list({}).sums[0]?.due).toBe(1_000 + 400 + 250);
    after.close();
  });
});
