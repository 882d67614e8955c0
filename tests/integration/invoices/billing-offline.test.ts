import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, STATEMENT_MAX_PAGE, type Settings } from '@shared/contract';
import { alertSettingsFrom } from '@main/core/alerts';
import { collectAlerts } from '@main/core/alerts/alert-service';
import { localDate } from '@main/core/time';
import { readAccountSummary } from '@main/core/account/account-summary-reader';
import {
  deleteMissing,
  readEntities,
  upsertEntities
} from '@main/core/cache/repositories/entities';
import { createInvoiceHandlers } from '@main/core/invoices/invoice-handlers';
import { downloadMissingPdfs } from '@main/core/invoices/pdf-downloader';
import {
  cachedPdfRow,
  cachedPdfRows,
  forgetPdf,
  isPdf,
  sha256Hex
} from '@main/core/invoices/pdf-repository';
import type { StoredProfile } from '@main/core/profiles/profile-store';
import { createServiceHandlers } from '@main/core/services/service-handlers';
import { type Session } from '@main/core/profile-session';
import type { SyncReport } from '@main/core/sync/sync-engine';
import {
  demoCredentials,
  startDemoProvider,
  type DemoInvoice,
  type DemoProvider
} from '@main/demo-provider';
import { AutoClock } from '../../fakes/auto-clock';
import { RecordingEventSink } from '../../fakes/recording-notifier';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { openTestSession, sessionContext } from '../../fakes/core-kit';

const ZONE = 'Europe/Brussels';
const LOGIN_PAGE = '<!DOCTYPE html><html><body><h1>Login</h1><form></form></body></html>\n';

/**
 * Billing end to end over loopback: the demo provider, a classic WHMCS profile, the sync
 * engine writing a real SQLite cache, the background PDF downloader writing real files, and
 * the contract handlers reading it all back — then the same reads with the provider down.
 */
describe('billing cached for offline use', () => {
  const clock = new AutoClock();
  const logger = new RecordingLogger();
  const events = new RecordingEventSink();
  const settings: Settings = { ...defaultSettings(), timeZone: ZONE };
  let provider: DemoProvider;
  let dir: { path: string; cleanup: () => void };
  let session: Session;
  let report: SyncReport;
  let invoices: ReturnType<typeof createInvoiceHandlers>;
  let services: ReturnType<typeof createServiceHandlers>;
  /** A paid invoice the provider lists but whose GetInvoice answers {"status":"error"}. */
  let gone: DemoInvoice;

  const today = () => localDate(clock.now(), ZONE);
  const db = () => session.cache.db;
  const demoInvoice = (id: string) => provider.data.invoices.find((i) => String(i.id) === id)!;
  /** One run of the background PDF downloader over the last 24 months, without pauses. */
  const downloadPdfs = async () =>
    downloadMissingPdfs({
      db: db(),
      dir: session.pdfDir,
      adapter: await session.adapter(),
      clock,
      logger,
      scope: '24-months',
      today: today(),
      pauseMs: 0
    });

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 5, clock });
    gone = provider.data.invoices.filter((i) => i.status === 'Paid')[3]!;
    provider.setFaults({ invoiceDetailErrors: [gone.id] });
    const profile: StoredProfile = {
      id: 'p1',
      name: 'Demo over classic API',
      kind: 'whmcs',
      baseUrl: provider.url,
      authMode: 'classic',
      login: demoCredentials.identifier,
      clientId: String(demoCredentials.clientId),
      createdAt: '2026-11-22T09:00:00Z'
    };
    const secret = JSON.stringify({ kind: 'classic', secret: demoCredentials.secret });
    session = openTestSession(profile, join(dir.path, 'profiles', 'p1'), {
      clock,
      secrets: {
        description: 'test',
        get: async (account) => (account === 'profile:p1' ? secret : null),
        set: async () => undefined,
        delete: async () => false
      },
      events,
      logger,
      demo: null,
      timeZone: () => ZONE,
      pdfCache: { scope: () => '24-months', pauseMs: 0 }
    });
    const ctx = sessionContext(() => session, { clock, logger, events, settings: () => settings });
    invoices = createInvoiceHandlers(ctx);
    services = createServiceHandlers(ctx);
    report = await session.sync('full');
    // The sync started the background downloader; wait for its run.
    await session.pdfs.start();
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await provider?.close();
    dir?.cleanup();
  });

  it('syncs every list and then the invoice details, and finishes although one GetInvoice failed', () => {
    expect(report.entities.filter((e) => !e.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    const order = report.entities.map((e) => e.entity);
    expect(order.at(-1)).toBe('invoice-details');
    expect(order).toEqual(expect.arrayContaining(['invoices', 'transactions', 'credits']));
  });

  it('caches each invoice with the lines, balance and payments GetInvoice gave', async () => {
    const partial = provider.data.invoices.find(
      (i) => i.status === 'Unpaid' && i.transactions.length > 0
    )!;
    const paid = provider.data.invoices.find(
      (i) => i.status === 'Paid' && i.id !== gone.id && i.items.length > 1
    )!;
    for (const source of [partial, paid]) {
      const detail = await invoices['invoices:get']({ id: String(source.id) });
      expect(detail.detailCached).toBe(true);
      expect(detail.lines.map((l) => [l.description, l.amount.amountMinor])).toEqual(
        source.items.map((it) => [it.description, it.amountMinor])
      );
      expect(detail.transactions.map((t) => t.amountIn.amountMinor)).toEqual(
        source.transactions.map((t) => t.amountInMinor)
      );
      expect(detail.total.amountMinor).toBe(source.totalMinor);
    }
    const open = await invoices['invoices:get']({ id: String(partial.id) });
    const paidSoFar = partial.transactions.reduce((n, t) => n + t.amountInMinor, 0);
    expect(open.balance?.amountMinor).toBe(partial.totalMinor - paidSoFar);
    expect(open.payable).toBe(true);
    // An invoice is found by its number as well as by its id.
    const numbered = provider.data.invoices.find((i) => i.invoicenum !== '')!;
    expect((await invoices['invoices:get']({ id: numbered.invoicenum })).id).toBe(
      String(numbered.id)
    );
  });

  it('leaves an invoice whose GetInvoice answered {"status":"error"} without invented lines, saying why', async () => {
    const detail = await invoices['invoices:get']({ id: String(gone.id) });
    expect(detail.lines).toEqual([]);
    expect(detail.detailCached).toBe(false);
    expect(detail.detailError).toMatch(/Invoice ID Not Found/);
    // The list row is still there, with its total from GetInvoices.
    expect(detail.total.amountMinor).toBe(gone.totalMinor);
    const warned = logger.entries.find((e) => e.fields?.['invoiceId'] === String(gone.id));
    expect(warned?.level).toBe('warn');
  });

  it('caches the transactions, the credit log and the services with their usage (no passwords)', () => {
    const transactions = readEntities(db(), 'transactions');
    const allTx = provider.data.invoices.flatMap((i) => i.transactions);
    expect(transactions).toHaveLength(allTx.length);
    expect(readEntities(db(), 'credits')).toHaveLength(provider.data.credits.length);
    const cached = readEntities(db(), 'services');
    expect(cached).toHaveLength(provider.data.services.length);
    for (const source of provider.data.services) {
      const service = cached.find((s) => s.id === String(source.id))!;
      expect(service.usage).toEqual({
        diskUsedMb: source.diskusageMb,
        diskLimitMb: source.disklimitMb,
        bandwidthUsedMb: source.bwusageMb,
        bandwidthLimitMb: source.bwlimitMb
      });
      expect(JSON.stringify(service)).not.toContain(source.password);
    }
    const file = readFileSync(session.cache.path);
    for (const source of provider.data.services)
      expect(file.includes(Buffer.from(source.password))).toBe(false);
  });

  it('downloads the PDF of every invoice of the last 24 months in the background, 0600, with its checksum', () => {
    const wanted = provider.data.invoices.filter((i) => i.status !== 'Draft');
    const rows = cachedPdfRows(db());
    expect([...rows.keys()].sort()).toEqual(wanted.map((i) => String(i.id)).sort());
    for (const row of rows.values()) {
      const path = join(session.pdfDir, row.file);
      const bytes = readFileSync(path);
      expect(isPdf(bytes)).toBe(true);
      expect(sha256Hex(bytes)).toBe(row.sha256);
      expect(statSync(path).mode & 0o777).toBe(0o600);
    }
    const progress = events.payloadsOf('invoices:pdf-progress');
    expect(progress.at(-1)).toMatchObject({ phase: 'finished', done: wanted.length, failed: 0 });
  });

  it('does not fetch details or PDFs again when nothing changed', async () => {
    const again = await session.sync('incremental');
    expect(again.entities.find((e) => e.entity === 'invoice-details')).toMatchObject({
      ok: true,
      written: 0
    });
    const second = await session.pdfs.start();
    expect(second).toMatchObject({ wanted: 0, downloaded: 0 });
  });

  describe('with the demo provider stopped', () => {
    beforeAll(async () => {
      await provider.pause();
    });
    afterAll(async () => {
      await provider.resume();
    });

    it('lists, filters, searches, sorts and sums invoices from the cache', async () => {
      const all = await invoices['invoices:list']({
        status: 'all',
        sort: 'issued',
        dir: 'desc',
        offset: 0,
        limit: 500
      });
      expect(all.total).toBe(provider.data.invoices.length);
      expect(all.invoices.map((i) => i.issuedOn)).toEqual(
        [...all.invoices.map((i) => i.issuedOn)].sort().reverse()
      );
      const page = await invoices['invoices:list']({
        status: 'all',
        sort: 'total',
        dir: 'asc',
        offset: 10,
        limit: 5
      });
      expect(page.invoices).toHaveLength(5);
      expect(page.total).toBe(all.total);
      const totals = page.invoices.map((i) => i.total.amountMinor);
      expect(totals).toEqual([...totals].sort((a, b) => a - b));

      const sum = provider.data.invoices.reduce((n, i) => n + i.totalMinor, 0);
      expect(all.sums).toEqual([
        expect.objectContaining({ currency: 'EUR', count: all.total, total: sum })
      ]);

      const byLine = provider.data.invoices.find((i) =>
        i.items.some((it) => it.description.startsWith('Domain Renewal'))
      )!;
      const domain = byLine.items.find((it) => it.description.startsWith('Domain Renewal'))!;
      const needle = domain.description.split(' - ')[1]!.toUpperCase();
      const found = await invoices['invoices:list']({
        status: 'all',
        q: needle,
        sort: 'issued',
        dir: 'desc',
        offset: 0,
        limit: 100
      });
      expect(found.invoices.map((i) => i.id)).toContain(String(byLine.id));
      for (const row of found.invoices) {
        const source = demoInvoice(row.id);
        expect(
          source.items.some((it) => it.description.toUpperCase().includes(needle)) ||
            source.invoicenum.toUpperCase().includes(needle)
        ).toBe(true);
      }
      const byAmount = await invoices['invoices:list']({
        status: 'all',
        q: (byLine.totalMinor / 100).toFixed(2),
        sort: 'issued',
        dir: 'desc',
        offset: 0,
        limit: 100
      });
      expect(byAmount.invoices.map((i) => i.id)).toContain(String(byLine.id));

      const from = provider.data.invoices[10]!.date;
      const to = provider.data.invoices[20]!.date;
      const ranged = await invoices['invoices:list']({
        status: 'paid',
        from,
        to,
        sort: 'issued',
        dir: 'asc',
        offset: 0,
        limit: 100
      });
      const expected = provider.data.invoices.filter(
        (i) => i.status === 'Paid' && i.date >= from && i.date <= to
      );
      expect(ranged.invoices.map((i) => i.id).sort()).toEqual(
        expected.map((i) => String(i.id)).sort()
      );
    });

    it('calls the same invoices overdue as the dashboard and the alerts do', async () => {
      const overdue = await invoices['invoices:list']({
        status: 'overdue',
        sort: 'due',
        dir: 'asc',
        offset: 0,
        limit: 500
      });
      expect(overdue.total).toBeGreaterThan(0);
      expect(overdue.invoices.every((i) => i.overdue)).toBe(true);
      const dashboard = readAccountSummary(db(), clock.now(), ZONE);
      expect(overdue.total).toBe(dashboard.overdueCount);
      expect(overdue.sums[0]?.due).toBe(dashboard.overdueTotal?.amountMinor);
      const alerts = collectAlerts(db(), alertSettingsFrom(settings), clock.now());
      expect(alerts.invoiceAlerts.map((a) => a.key).sort()).toEqual(
        overdue.invoices.map((i) => `invoice:${i.id}:overdue`).sort()
      );
      expect(overdue.today).toBe(today());
    });

    it('shows an invoice with its lines and hands out its cached PDF byte for byte', async () => {
      const source = provider.data.invoices.find((i) => i.status === 'Paid' && i.id !== gone.id)!;
      const detail = await invoices['invoices:get']({ id: String(source.id) });
      expect(detail.lines.length).toBe(source.items.length);
      expect(detail.pdf).toMatchObject({ cached: true });
      const pdf = await invoices['invoices:get-pdf']({ id: String(source.id) });
      expect(pdf.source).toBe('cache');
      const row = cachedPdfRow(db(), String(source.id))!;
      const onDisk = readFileSync(join(session.pdfDir, row.file));
      expect(Buffer.from(pdf.base64, 'base64').equals(onDisk)).toBe(true);
      expect(pdf.filename).toBe(`Invoice-${source.invoicenum || source.id}.pdf`);
    });

    it('says offline, and fetches nothing, for a PDF that is not cached', async () => {
      const source = provider.data.invoices.find((i) => i.status === 'Cancelled')!;
      forgetPdf(db(), session.pdfDir, String(source.id));
      await expect(invoices['invoices:get-pdf']({ id: String(source.id) })).rejects.toMatchObject({
        kind: 'offline',
        message: expect.stringMatching(/not cached/)
      });
    });

    it('builds the statement of a period with running balances that end on the credit balance', async () => {
      const first = provider.data.invoices[0]!.date;
      // Every entry of the period on one page (the screen asks for 100 at a time).
      const statement = await invoices['statement:get']({
        from: first,
        to: today(),
        offset: 0,
        limit: STATEMENT_MAX_PAGE
      });
      expect(statement.entryCount).toBe(statement.entries.length);
      const allTx = provider.data.invoices.flatMap((i) => i.transactions);
      const inPeriod = allTx.filter((t) => t.date.slice(0, 10) >= first);
      expect(statement.entries.filter((e) => e.kind !== 'credit')).toHaveLength(inPeriod.length);
      expect(statement.totals.payments).toBe(inPeriod.reduce((n, t) => n + t.amountInMinor, 0));
      expect(statement.totals.refunds).toBe(inPeriod.reduce((n, t) => n + t.amountOutMinor, 0));
      // The credit log adds up to the provider's credit balance.
      expect(statement.closing.credit).toBe(provider.data.client.creditMinor);
      expect(statement.creditBalanceNow?.amountMinor).toBe(provider.data.client.creditMinor);
      const last = statement.entries.at(-1)!;
      expect(last.paidBalance).toBe(statement.closing.paid);
      expect(last.creditBalance).toBe(statement.closing.credit);
      const dates = statement.entries.map((e) => e.date);
      expect(dates).toEqual([...dates].sort());

      const csv = await invoices['statement:export-csv']({ from: first, to: today() });
      const lines = csv.csv.trimEnd().split('\r\n');
      expect(lines[0]).toMatch(/^date,time,kind,description/);
      expect(lines).toHaveLength(statement.entries.length + 1);
    });

    it('pages the statement from the same figures, and answers from the cache as it is now', async () => {
      const period = { from: provider.data.invoices[0]!.date, to: today() };
      const whole = await invoices['statement:get']({ ...period, offset: 0, limit: 500 });
      const first = await invoices['statement:get']({ ...period, offset: 0, limit: 5 });
      const second = await invoices['statement:get']({ ...period, offset: 5, limit: 5 });
      expect(first.entries.map((e) => e.key)).toEqual(whole.entries.slice(0, 5).map((e) => e.key));
      expect(second.entries).toEqual(whole.entries.slice(5, 10));
      expect(second).toMatchObject({ entryCount: whole.entryCount, closing: whole.closing });
      // A payment stored since (here by hand, as a sync would) is in the next answer.
      const [sample] = readEntities(db(), 'transactions');
      upsertEntities(
        db(),
        'transactions',
        [{ ...sample!, id: '990001', date: `${today()}T08:00:00Z`, reference: 'later' }],
        'test'
      );
      const after = await invoices['statement:get']({ ...period, offset: 0, limit: 5 });
      expect(after.entryCount).toBe(whole.entryCount + 1);
      expect(after.closing.paid).toBe(
        whole.closing.paid + sample!.amountIn.amountMinor - sample!.amountOut.amountMinor
      );
      deleteMissing(
        db(),
        'transactions',
        new Set(
          readEntities(db(), 'transactions')
            .map((t) => t.id)
            .filter((id) => id !== '990001')
        )
      );
      const back = await invoices['statement:get']({ ...period, offset: 0, limit: 5 });
      expect(back.entryCount).toBe(whole.entryCount);
    });

    it("builds the accountant's bundle with every cached PDF, invoices.csv and transactions.csv, listing what is missing", async () => {
      const from = provider.data.invoices[0]!.date;
      const to = today();
      const bundle = await invoices['invoices:export-bundle']({ from, to });
      const zip = unzipSync(new Uint8Array(Buffer.from(bundle.base64, 'base64')));
      const names = Object.keys(zip);
      expect(names).toEqual(expect.arrayContaining(['invoices.csv', 'transactions.csv']));
      const pdfNames = names.filter((n) => n.endsWith('.pdf'));
      const cached = cachedPdfRows(db());
      expect(pdfNames).toHaveLength(cached.size);
      expect(bundle.pdfs).toBe(cached.size);
      for (const name of pdfNames) expect(isPdf(zip[name]!)).toBe(true);
      const someRow = [...cached.values()][0]!;
      const someBytes = readFileSync(join(session.pdfDir, someRow.file));
      expect(Object.values(zip).some((bytes) => Buffer.from(bytes).equals(someBytes))).toBe(true);
      // The cancelled invoice whose PDF was forgotten is listed as missing, drafts are not.
      const cancelled = provider.data.invoices.find((i) => i.status === 'Cancelled')!;
      expect(bundle.missing).toEqual([
        {
          invoiceId: String(cancelled.id),
          number: cancelled.invoicenum || String(cancelled.id),
          reason: 'not-cached'
        }
      ]);
      const invoicesCsv = new TextDecoder().decode(zip['invoices.csv']);
      expect(invoicesCsv.trimEnd().split('\r\n')).toHaveLength(bundle.invoices + 1);
      const transactionsCsv = new TextDecoder().decode(zip['transactions.csv']);
      expect(transactionsCsv.trimEnd().split('\r\n')).toHaveLength(bundle.transactions + 1);
      expect(events.payloadsOf('invoices:bundle-progress').at(-1)).toMatchObject({
        phase: 'finished',
        done: bundle.invoices
      });
    });

    it('lists, filters, sorts and searches services, each with its disk and bandwidth use', async () => {
      const all = await services['services:list']({
        status: 'all',
        sort: 'bandwidth',
        dir: 'desc',
        offset: 0,
        limit: 500
      });
      expect(all.total).toBe(provider.data.services.length);
      const percents = all.services
        .map((s) => s.bandwidth?.percent)
        .filter((p): p is number => typeof p === 'number');
      expect(percents).toEqual([...percents].sort((a, b) => b - a));
      const active = await services['services:list']({
        status: 'active',
        sort: 'domain',
        dir: 'asc',
        offset: 0,
        limit: 500
      });
      expect(active.total).toBe(provider.data.services.filter((s) => s.status === 'Active').length);
      const target = provider.data.services[4]!;
      const searched = await services['services:list']({
        status: 'all',
        q: target.domain.slice(0, -3).toUpperCase(),
        sort: 'domain',
        dir: 'asc',
        offset: 0,
        limit: 500
      });
      expect(searched.services.map((s) => s.id)).toContain(String(target.id));
      const one = await services['services:get']({ id: String(target.id) });
      expect(one.service.disk).toEqual({
        usedMb: target.diskusageMb,
        limitMb: target.disklimitMb,
        percent: Math.round((target.diskusageMb / target.disklimitMb) * 1000) / 10
      });
      expect(one.service.serverHostname).toBe(target.serverhostname);
    });
  });

  describe('PDFs that are not PDFs', () => {
    const paid = () => provider.data.invoices.filter((i) => i.status === 'Paid')[0]!;

    beforeAll(async () => {
      // Past the circuit breaker's pause, then a sync that reaches the provider again.
      await clock.sleep(60_000);
      expect((await session.sync('incremental')).ok).toBe(true);
      await session.pdfs.stop();
    });

    it('refuses a cached PDF that was replaced by an HTML login page and fetches it again', async () => {
      const id = String(paid().id);
      const row = cachedPdfRow(db(), id)!;
      const path = join(session.pdfDir, row.file);
      const original = readFileSync(path);
      writeFileSync(path, LOGIN_PAGE);
      const pdf = await invoices['invoices:get-pdf']({ id });
      expect(pdf.source).toBe('provider');
      const bytes = Buffer.from(pdf.base64, 'base64');
      expect(isPdf(bytes)).toBe(true);
      expect(bytes.equals(original)).toBe(true);
      expect(readFileSync(path).equals(original)).toBe(true);
      expect(cachedPdfRow(db(), id)?.sha256).toBe(sha256Hex(original));
    });

    it('stores nothing when the download answers the login page, and fetches it once single sign-on works again', async () => {
      const id = String(paid().id);
      forgetPdf(db(), session.pdfDir, id);
      provider.setFaults({ pdfLoginPage: true });
      const refused = await downloadPdfs();
      expect(refused.downloaded).toBe(0);
      expect(refused.failed.map((f) => f.invoiceId)).toContain(id);
      expect(cachedPdfRow(db(), id)).toBeNull();

      provider.setFaults({});
      const fetched = await downloadPdfs();
      expect(fetched.failed).toEqual([]);
      expect(isPdf(readFileSync(join(session.pdfDir, cachedPdfRow(db(), id)!.file)))).toBe(true);
    });
  });
});
