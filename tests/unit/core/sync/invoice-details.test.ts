import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoiceListInputSchema } from '@shared/contract';
import type { Invoice, InvoiceDetail } from '@shared/model';
import { openCache, type OpenedCache } from '@main/core/cache/database';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { listInvoices } from '@main/core/invoices/invoice-list-repository';
import { NotFoundError } from '@main/core/providers/errors';
import type { ProviderReader } from '@main/core/providers/provider';
import { STORE_BATCH, syncInvoiceDetails } from '@main/core/sync/invoice-details';
import { FakeClock } from '@tests/fakes/fake-clock';
import { eur, sampleInvoice } from '@tests/fakes/model-fixtures';
import { RecordingLogger } from '@tests/fakes/recording-logger';
import { makeTempDir } from '@tests/fakes/temp-dir';

const TODAY = '2026-11-22';

/** Invoice `id` of 10.00 (unpaid), its GetInvoice saying `paid` cents were paid already. */
const invoice = (id: number): Invoice => sampleInvoice(String(id), 1_000);
const detailOf = (row: Invoice, paid: number): InvoiceDetail => ({
  ...row,
  balance: eur(row.total.amountMinor - paid),
  lines: [
    {
      id: `${row.id}-1`,
      type: 'Hosting',
      relatedId: null,
      description: `Hosting ${row.id}`,
      amount: row.total,
      taxed: false
    }
  ],
  payments: []
});

/** GetInvoice over `details`; ids in `hang` never answer (the process ends first). */
function provider(
  details: (id: string) => InvoiceDetail | null,
  hang: ReadonlySet<string> = new Set()
): { adapter: ProviderReader; asked: string[] } {
  const asked: string[] = [];
  const adapter = {
    getInvoice: async (id: string) => {
      asked.push(id);
      if (hang.has(id)) return new Promise<never>(() => undefined);
      const detail = details(id);
      if (detail === null) throw new NotFoundError('Invoice ID Not Found');
      return detail;
    }
  } as unknown as ProviderReader;
  return { adapter, asked };
}

describe('invoice details step: balances on the invoice list', () => {
  let dir: { path: string; cleanup: () => void };
  let cache: OpenedCache;
  const open = () =>
    openCache(join(dir.path, 'cache.sqlite'), { logger: new RecordingLogger(), now: () => 0 });
  const run = (adapter: ProviderReader, mode: 'full' | 'incremental' = 'incremental') =>
    syncInvoiceDetails(
      { db: cache.db, adapter, logger: new RecordingLogger(), clock: new FakeClock() },
      { mode },
      () => undefined
    );
  /** Amount due per invoice id as the invoice list shows it, page by page, and its due sum. */
  const shown = () => {
    const due = new Map<string, number>();
    let sum = 0;
    for (let offset = 0; offset === 0 || due.size === offset; offset += 500) {
      const page = listInvoices(
        cache.db,
        invoiceListInputSchema.parse({ limit: 500, offset }),
        TODAY
      );
      for (const i of page.invoices) due.set(i.id, (i.balance ?? i.total).amountMinor);
      sum = page.sums[0]?.due ?? 0;
    }
    return { due, sum };
  };
  /** Runs a step that stores the details of all but `hang` and never ends: the process ends. */
  const interrupted = async (details: (id: string) => InvoiceDetail, hang: Set<string>) => {
    void run(provider(details, hang).adapter, 'full');
    await new Promise((resolve) => setTimeout(resolve, 50));
    cache.close();
    cache = open();
  };

  beforeEach(() => {
    dir = makeTempDir();
    cache = open();
  });
  afterEach(() => {
    cache.close();
    dir.cleanup();
  });

  it("shows every fetched detail's balance in the list and its sums once the step ends", async () => {
    // More invoices than one copy of balances takes, so both copies are in play.
    const rows = Array.from({ length: 1_130 }, (_, i) => invoice(i + 1));
    upsertEntities(cache.db, 'invoices', rows, 'run-1');
    const paid = (id: string) => (Number(id) % 7) * 100;
    const { adapter } = provider((id) => detailOf(rows[Number(id) - 1]!, paid(id)));

    expect(await run(adapter, 'full')).toBe(rows.length);

    const { due, sum } = shown();
    for (const row of rows) expect(due.get(row.id)).toBe(1_000 - paid(row.id));
    expect(sum).toBe(rows.reduce((n, row) => n + 1_000 - paid(row.id), 0));
  });

  it('shows the balances a step stored before the process ended, after the next step, without asking again', async () => {
    const rows = Array.from({ length: 2 * STORE_BATCH + 20 }, (_, i) => invoice(i + 1));
    upsertEntities(cache.db, 'invoices', rows, 'run-1');
    // Asked newest first: all but 20 are stored (two batches), 20 to 1 never answer.
    const hang = new Set(rows.slice(0, 20).map((r) => r.id));
    await interrupted((id) => detailOf(rows[Number(id) - 1]!, 400), hang);
    expect(shown().due.get(String(rows.length))).toBe(1_000);

    const second = provider((id) => detailOf(rows[Number(id) - 1]!, 400));
    await run(second.adapter);
    expect(second.asked.sort()).toEqual([...hang].sort());
    const { due, sum } = shown();
    for (const row of rows) expect(due.get(row.id)).toBe(600);
    expect(sum).toBe(600 * rows.length);
  });

  it('shows the list amount, not an older detail balance, for an invoice changed since and then refused', async () => {
    const rows = Array.from({ length: STORE_BATCH + 10 }, (_, i) => invoice(i + 1));
    const newest = rows[rows.length - 1]!;
    upsertEntities(cache.db, 'invoices', rows, 'run-1');
    // All but 10 are stored (one batch); 10 to 1 never answer.
    const hang = new Set(rows.slice(0, 10).map((r) => r.id));
    await interrupted((id) => detailOf(rows[Number(id) - 1]!, 250), hang);

    // The provider changed the newest invoice (a new due date), and now refuses its detail.
    upsertEntities(cache.db, 'invoices', [{ ...newest, dueOn: '2026-12-15' }], 'run-2');
    const second = provider((id) =>
      id === newest.id ? null : detailOf(rows[Number(id) - 1]!, 250)
    );
    await run(second.adapter);
    expect(second.asked.sort()).toEqual([...hang, newest.id].sort());
    const { due } = shown();
    expect(due.get(newest.id)).toBe(1_000);
    for (const row of rows.slice(0, -1)) expect(due.get(row.id)).toBe(750);
  });

  it('keeps no detail of an invoice changed while it was fetched, and skips one deleted before its fetch', async () => {
    // Asked newest first: one batch of list rows is read ahead, the rest as the fetches reach it.
    const rows = Array.from({ length: STORE_BATCH + 30 }, (_, i) => invoice(i + 1));
    upsertEntities(cache.db, 'invoices', rows, 'run-1');
    const newest = rows[rows.length - 1]!;
    const oldest = rows[0]!;
    const changed = { ...newest, dueOn: '2026-12-15', balance: eur(1_000) };
    const { adapter, asked } = provider((id) => {
      if (id === newest.id) {
        // The provider's list moved on meanwhile: a new due date, and the oldest invoice gone.
        upsertEntities(cache.db, 'invoices', [changed], 'run-2');
        cache.db.prepare('DELETE FROM invoices WHERE id = ?').run(oldest.id);
      }
      return detailOf(rows[Number(id) - 1]!, 300);
    });

    expect(await run(adapter, 'full')).toBe(rows.length - 2);

    expect(asked).not.toContain(oldest.id);
    expect(asked).toHaveLength(rows.length - 1);
    const { due } = shown();
    // The detail fetched for the older row is not shown against the changed one.
    expect(due.get(newest.id)).toBe(1_000);
    expect(due.has(oldest.id)).toBe(false);
    for (const row of rows.slice(1, -1)) expect(due.get(row.id)).toBe(700);
    // Still to fetch for the row as it is now.
    const again = provider((id) => detailOf(changed, id === newest.id ? 300 : 0));
    await run(again.adapter);
    expect(again.asked).toEqual([newest.id]);
    expect(shown().due.get(newest.id)).toBe(700);
  });
});
