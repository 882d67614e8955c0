import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCache } from '@main/core/cache/database';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { downloadMissingPdfs, missingPdfs, windowStart } from '@main/core/invoices/pdf-downloader';
import {
  NotAPdfError,
  cachedPdfRow,
  isPdf,
  readCachedPdf,
  storePdf
} from '@main/core/invoices/pdf-repository';
import { NetworkError } from '@main/core/providers/errors';
import type { ProviderAdapter } from '@main/core/providers/provider';
import type { Invoice, InvoiceStatus } from '@shared/model';
import { AutoClock } from '@tests/fakes/auto-clock';
import { RecordingLogger } from '@tests/fakes/recording-logger';
import { openTempCache } from '@tests/fakes/temp-cache';
import { sampleInvoice } from '@tests/fakes/model-fixtures';

const pdfBytes = (text: string) =>
  new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
const LOGIN_PAGE = new TextEncoder().encode(
  '<!DOCTYPE html><html><body><form id="login"></form></body></html>'
);

function invoice(id: string, status: InvoiceStatus, issuedOn: string): Invoice {
  return sampleInvoice(id, 1_000, { number: `HD-${id}`, issuedOn, dueOn: issuedOn, status });
}

/** A provider that serves PDFs (or whatever `answer` says) and records what it was asked. */
function fakeAdapter(answer: (id: string) => Uint8Array | Error): {
  adapter: ProviderAdapter;
  asked: string[];
} {
  const asked: string[] = [];
  const adapter = {
    getInvoicePdf: async (id: string) => {
      asked.push(id);
      const result = answer(id);
      if (result instanceof Error) throw result;
      return { bytes: result, filename: `Invoice-${id}.pdf` };
    }
  } as unknown as ProviderAdapter;
  return { adapter, asked };
}

describe('the PDF cache', () => {
  let cache: OpenedCache;
  let pdfDir: string;
  const clock = new AutoClock(Date.parse('2026-11-22T09:30:00Z'));
  const logger = new RecordingLogger();
  const at = '2026-11-22T09:30:00.000Z';

  beforeEach(() => {
    const temp = openTempCache(() => clock.now(), logger);
    cache = temp.cache;
    pdfDir = join(temp.dir, 'invoices');
    return temp.close;
  });

  it('knows a PDF from an HTML page, even one sent as application/pdf, and from half a PDF', () => {
    expect(isPdf(pdfBytes('ok'))).toBe(true);
    expect(isPdf(LOGIN_PAGE)).toBe(false);
    const whole = pdfBytes('cut');
    expect(isPdf(whole.subarray(0, whole.length - 8))).toBe(false);
  });

  it('refuses to store a login page, writing nothing', () => {
    expect(() =>
      storePdf(cache.db, pdfDir, {
        invoiceId: '1',
        bytes: LOGIN_PAGE,
        filename: 'x.pdf',
        invoiceStatus: 'paid',
        at
      })
    ).toThrow(NotAPdfError);
    expect(cachedPdfRow(cache.db, '1')).toBeNull();
    expect(existsSync(join(pdfDir, '1.pdf'))).toBe(false);
  });

  it('stores a PDF readable by its owner only and hands it back byte for byte', () => {
    const bytes = pdfBytes('one');
    const row = storePdf(cache.db, pdfDir, {
      invoiceId: '1',
      bytes,
      filename: 'Invoice-1.pdf',
      invoiceStatus: 'paid',
      at
    });
    expect(statSync(join(pdfDir, row.file)).mode & 0o777).toBe(0o600);
    expect(statSync(pdfDir).mode & 0o777).toBe(0o700);
    const read = readCachedPdf(cache.db, pdfDir, '1');
    expect(read.ok && Buffer.from(read.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses and forgets a cached file that no longer matches its checksum, or is gone', () => {
    const row = storePdf(cache.db, pdfDir, {
      invoiceId: '1',
      bytes: pdfBytes('one'),
      filename: 'a.pdf',
      invoiceStatus: 'paid',
      at
    });
    writeFileSync(join(pdfDir, row.file), pdfBytes('tampered'));
    expect(readCachedPdf(cache.db, pdfDir, '1')).toEqual({
      ok: false,
      reason: 'checksum-mismatch'
    });
    expect(cachedPdfRow(cache.db, '1')).toBeNull();
    expect(readCachedPdf(cache.db, pdfDir, '1')).toEqual({ ok: false, reason: 'not-cached' });

    storePdf(cache.db, pdfDir, {
      invoiceId: '2',
      bytes: pdfBytes('two'),
      filename: 'b.pdf',
      invoiceStatus: 'paid',
      at
    });
    writeFileSync(join(pdfDir, '2.pdf'), '');
    expect(readCachedPdf(cache.db, pdfDir, '2').ok).toBe(false);
  });

  it('wants unpaid invoices of any age and every invoice of the last 24 months, never drafts', () => {
    const today = '2026-11-22';
    expect(windowStart(today)).toBe('2024-11-22');
    upsertEntities(
      cache.db,
      'invoices',
      [
        invoice('1', 'paid', '2024-11-21'),
        invoice('2', 'paid', '2024-11-22'),
        invoice('3', 'unpaid', '2019-01-01'),
        invoice('4', 'draft', '2026-11-20'),
        invoice('5', 'cancelled', '2026-01-01')
      ],
      'r'
    );
    // Unpaid first, then newest first.
    expect(missingPdfs(cache.db, pdfDir, '24-months', today).map((i) => i.id)).toEqual([
      '3',
      '5',
      '2'
    ]);
    expect(missingPdfs(cache.db, pdfDir, 'all', today).map((i) => i.id)).toEqual([
      '3',
      '5',
      '2',
      '1'
    ]);
  });

  it('fetches a PDF again once its invoice changed status (the PDF says PAID)', () => {
    upsertEntities(cache.db, 'invoices', [invoice('1', 'unpaid', '2026-11-01')], 'r');
    storePdf(cache.db, pdfDir, {
      invoiceId: '1',
      bytes: pdfBytes('unpaid'),
      filename: 'a.pdf',
      invoiceStatus: 'unpaid',
      at
    });
    expect(missingPdfs(cache.db, pdfDir, '24-months', '2026-11-22')).toEqual([]);
    upsertEntities(cache.db, 'invoices', [invoice('1', 'paid', '2026-11-01')], 'r');
    expect(missingPdfs(cache.db, pdfDir, '24-months', '2026-11-22').map((i) => i.id)).toEqual([
      '1'
    ]);
  });

  it('downloads one at a time with a pause between, resumes where a stopped run ended, and backs off from failures', async () => {
    upsertEntities(
      cache.db,
      'invoices',
      ['1', '2', '3', '4'].map((id) => invoice(id, 'paid', `2026-11-0${id}`)),
      'r'
    );
    const controller = new AbortController();
    const first = fakeAdapter((id) => {
      if (id === '3') controller.abort();
      return id === '2' ? LOGIN_PAGE : pdfBytes(id);
    });
    clock.sleeps.length = 0;
    const run = await downloadMissingPdfs({
      db: cache.db,
      dir: pdfDir,
      adapter: first.adapter,
      clock,
      logger,
      scope: '24-months',
      today: '2026-11-22',
      signal: controller.signal,
      pauseMs: 750
    });
    // Newest first: 4, then 3 (stopped during its download, which is still kept), never 2 or 1.
    expect(first.asked).toEqual(['4', '3']);
    expect(run).toMatchObject({ cancelled: true, downloaded: 2 });
    expect(clock.sleeps).toEqual([750]);

    const second = fakeAdapter((id) => (id === '2' ? LOGIN_PAGE : pdfBytes(id)));
    const resumed = await downloadMissingPdfs({
      db: cache.db,
      dir: pdfDir,
      adapter: second.adapter,
      clock,
      logger,
      scope: '24-months',
      today: '2026-11-22',
      pauseMs: 0
    });
    expect(second.asked).toEqual(['2', '1']);
    expect(resumed.failed.map((f) => f.invoiceId)).toEqual(['2']);
    expect(cachedPdfRow(cache.db, '2')).toBeNull();

    for (let i = 0; i < 2; i++)
      await downloadMissingPdfs({
        db: cache.db,
        dir: pdfDir,
        adapter: second.adapter,
        clock,
        logger,
        scope: '24-months',
        today: '2026-11-22',
        pauseMs: 0
      });
    const asked = second.asked.length;
    // Three failures in a day: left alone until tomorrow.
    await downloadMissingPdfs({
      db: cache.db,
      dir: pdfDir,
      adapter: second.adapter,
      clock,
      logger,
      scope: '24-months',
      today: '2026-11-22',
      pauseMs: 0
    });
    expect(second.asked.length).toBe(asked);
  });

  it('stops the run at the first sign that the provider is unreachable', async () => {
    upsertEntities(
      cache.db,
      'invoices',
      ['1', '2', '3'].map((id) => invoice(id, 'paid', '2026-11-01')),
      'r'
    );
    const offline = fakeAdapter(() => new NetworkError('connection refused'));
    const run = await downloadMissingPdfs({
      db: cache.db,
      dir: pdfDir,
      adapter: offline.adapter,
      clock,
      logger,
      scope: 'all',
      today: '2026-11-22',
      pauseMs: 0
    });
    expect(offline.asked).toHaveLength(1);
    expect(run.stoppedBecause).toMatch(/connection refused/);
    expect(readFileSync(cache.path).length).toBeGreaterThan(0);
  });
});
