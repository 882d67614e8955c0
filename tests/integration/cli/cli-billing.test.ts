import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@main/cli/run-cli';
import { isPdf } from '@main/core/invoices/pdf-repository';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { makeTempDir } from '../../fakes/temp-dir';
import { captureIo, demoFlags } from '../../fakes/cli-kit';

/**
 * The billing commands against a real cache: `hostdeck sync` over loopback, then invoices,
 * services and the exports read back — the PDF ones also with the provider stopped.
 */
describe('hostdeck invoices, services and billing exports', () => {
  let provider: DemoProvider;
  let dir: { path: string; cleanup: () => void };
  const savedSecret = process.env['HOSTDECK_SECRET'];
  const data = () => ['--data-dir', join(dir.path, 'data')];
  const run = async (args: string[]) => {
    const c = captureIo();
    const code = await runCli([...args, ...data()], c.io);
    return { ...c, code };
  };
  const paid = () => provider.data.invoices.filter((i) => i.status === 'Paid');
  /** The ad-hoc connection of `sync`; its secret comes from $HOSTDECK_SECRET. */
  const connection = () => [...demoFlags(provider.url)];

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 9 });
    // How scripts hand the CLI its secret without a command line (the keychain may be absent).
    process.env['HOSTDECK_SECRET'] = demoCredentials.secret;
    const sync = await run(['sync', ...connection()]);
    expect(sync.code, sync.err.join('')).toBe(0);
    expect(sync.text()).toMatch(/ok\s+invoice-details/);
  }, 60_000);

  afterAll(async () => {
    if (savedSecret === undefined) delete process.env['HOSTDECK_SECRET'];
    else process.env['HOSTDECK_SECRET'] = savedSecret;
    await provider.close();
    dir.cleanup();
  });

  it('lists invoices as JSON with the count and sums of the filtered set', async () => {
    const all = await run(['invoices', 'list', '--format', 'json']);
    expect(all.code).toBe(0);
    const listed = JSON.parse(all.text()) as {
      total: number;
      sums: { total: number }[];
      invoices: { id: string; status: string; overdue: boolean }[];
    };
    expect(listed.total).toBe(provider.data.invoices.length);
    expect(listed.invoices).toHaveLength(provider.data.invoices.length);
    expect(listed.sums[0]?.total).toBe(
      provider.data.invoices.reduce((n, i) => n + i.totalMinor, 0)
    );

    const refunded = await run(['invoices', 'list', '--status', 'refunded', '--format', 'json']);
    const rows = (JSON.parse(refunded.text()) as typeof listed).invoices;
    expect(rows.map((r) => r.id).sort()).toEqual(
      provider.data.invoices
        .filter((i) => i.status === 'Refunded')
        .map((i) => String(i.id))
        .sort()
    );
    const overdue = await run(['invoices', 'list', '--status', 'overdue', '--format', 'json']);
    expect((JSON.parse(overdue.text()) as typeof listed).invoices.every((i) => i.overdue)).toBe(
      true
    );
  });

  it('lists invoices as CSV and as a table, filtered by date and text', async () => {
    const from = provider.data.invoices[5]!.date;
    const to = provider.data.invoices[15]!.date;
    const csv = await run(['invoices', 'list', '--from', from, '--to', to, '--format', 'csv']);
    const lines = csv.text().trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,number,issued_on,due_on,paid_at,status,overdue,currency,total/);
    expect(lines).toHaveLength(
      provider.data.invoices.filter((i) => i.date >= from && i.date <= to).length + 1
    );
    const withNumber = provider.data.invoices.find((i) => i.invoicenum !== '')!;
    const table = await run(['invoices', 'list', '--q', withNumber.invoicenum]);
    expect(table.code).toBe(0);
    expect(table.text()).toMatch(/^NUMBER\s+ISSUED\s+DUE\s+STATUS/);
    expect(table.text()).toContain(withNumber.invoicenum);
  });

  it('shows an invoice found by its number, with lines and payments', async () => {
    const source = paid().find((i) => i.invoicenum !== '' && i.transactions.length > 0)!;
    const json = await run(['invoices', 'show', source.invoicenum, '--format', 'json']);
    expect(json.code).toBe(0);
    const shown = JSON.parse(json.text()) as {
      id: string;
      lines: { description: string }[];
      transactions: { reference: string | null }[];
    };
    expect(shown.id).toBe(String(source.id));
    expect(shown.lines.map((l) => l.description)).toEqual(source.items.map((i) => i.description));
    expect(shown.transactions.map((t) => t.reference)).toEqual(
      source.transactions.map((t) => t.transid)
    );
    const text = await run(['invoices', 'show', String(source.id)]);
    expect(text.text()).toContain(`Invoice ${source.invoicenum}`);
    expect(text.text()).toContain(source.items[0]!.description);
    const unknown = await run(['invoices', 'show', 'NOPE-1']);
    expect(unknown.code).toBe(2);
    expect(unknown.err.join('')).toMatch(/not in the cache/);
  });

  it('lists services with their disk and bandwidth use', async () => {
    const json = await run(['services', 'list', '--format', 'json']);
    const listed = JSON.parse(json.text()) as {
      services: { id: string; bandwidth: { usedMb: number } | null }[];
    };
    expect(listed.services).toHaveLength(provider.data.services.length);
    for (const source of provider.data.services)
      expect(listed.services.find((s) => s.id === String(source.id))?.bandwidth?.usedMb).toBe(
        source.bwusageMb
      );
    const csv = await run(['services', 'list', '--status', 'active', '--format', 'csv']);
    expect(csv.text().trimEnd().split('\r\n')).toHaveLength(
      provider.data.services.filter((s) => s.status === 'Active').length + 1
    );
    const table = await run(['services', 'list']);
    expect(table.text()).toMatch(/^DOMAIN\s+PACK\s+STATUS/);
  });

  it('exports the statement of a period as CSV and JSON', async () => {
    const period = ['--from', provider.data.invoices[0]!.date, '--to', '2099-12-31'];
    const csv = await run(['export', 'statement', ...period, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.text().split('\r\n')[0]).toBe(
      'date,time,kind,description,invoice,gateway,reference,amount_in,amount_out,fees,credit,paid_balance,credit_balance,currency'
    );
    const json = await run(['export', 'statement', ...period, '--format', 'json']);
    const statement = JSON.parse(json.text()) as { closing: { credit: number } };
    expect(statement.closing.credit).toBe(provider.data.client.creditMinor);
    const bad = await run([
      'export',
      'statement',
      '--from',
      '2026-02-30',
      '--to',
      '2026-03-01',
      '--format',
      'csv'
    ]);
    expect(bad.code).toBe(2);
  });

  describe('PDFs', () => {
    const pdfPath = (name: string) => join(dir.path, name);

    it('downloads a PDF that is not cached yet, then writes the cached bytes byte for byte', async () => {
      const source = paid()[0]!;
      const first = await run([
        'invoices',
        'pdf',
        String(source.id),
        '--out',
        pdfPath('a.pdf'),
        ...connection()
      ]);
      expect(first.code, first.err.join('')).toBe(0);
      expect(first.text()).toMatch(/downloaded from the provider/);
      const downloaded = readFileSync(pdfPath('a.pdf'));
      expect(isPdf(downloaded)).toBe(true);
      const second = await run(['invoices', 'pdf', String(source.id), '--out', pdfPath('b.pdf')]);
      expect(second.text()).toMatch(/from the cache/);
      expect(readFileSync(pdfPath('b.pdf')).equals(downloaded)).toBe(true);
      // The number finds it too.
      const third = await run([
        'invoices',
        'pdf',
        source.invoicenum || String(source.id),
        '--out',
        pdfPath('c.pdf')
      ]);
      expect(third.code).toBe(0);
    });

    it("bundles the period's cached PDFs with invoices.csv and transactions.csv, listing the missing", async () => {
      const source = paid()[0]!;
      const out = join(dir.path, 'zips', 'bundle.zip');
      mkdirSync(join(dir.path, 'zips'));
      const result = await run([
        'export',
        'pdfs',
        '--from',
        source.date,
        '--to',
        source.date,
        '--out',
        out
      ]);
      expect(result.code).toBe(0);
      const sameDay = provider.data.invoices.filter((i) => i.date === source.date);
      const zip = unzipSync(new Uint8Array(readFileSync(out)));
      expect(Object.keys(zip).sort()).toEqual(
        [
          `invoices/${source.invoicenum || source.id}.pdf`,
          'invoices.csv',
          'transactions.csv'
        ].sort()
      );
      expect(
        Buffer.from(zip[`invoices/${source.invoicenum || source.id}.pdf`]!).equals(
          readFileSync(pdfPath('a.pdf'))
        )
      ).toBe(true);
      const csvRows = new TextDecoder().decode(zip['invoices.csv']).trimEnd().split('\r\n');
      expect(csvRows).toHaveLength(sameDay.length + 1);
      expect(result.text()).toMatch(new RegExp(`${sameDay.length} invoices, 1 PDFs`));
      if (sameDay.length > 1) expect(result.text()).toMatch(/not cached/);
    });

    it('with the provider stopped: writes a cached PDF, and exits 1 saying so for one not cached', async () => {
      await provider.pause();
      try {
        const cached = await run([
          'invoices',
          'pdf',
          String(paid()[0]!.id),
          '--out',
          pdfPath('d.pdf')
        ]);
        expect(cached.code).toBe(0);
        expect(readFileSync(pdfPath('d.pdf')).equals(readFileSync(pdfPath('a.pdf')))).toBe(true);
        const missing = await run([
          'invoices',
          'pdf',
          String(paid()[1]!.id),
          '--out',
          pdfPath('e.pdf'),
          ...connection()
        ]);
        expect(missing.code).toBe(1);
        expect(missing.err.join('')).toMatch(/not cached.*cannot be reached/);
      } finally {
        await provider.resume();
      }
    }, 60_000);

    it('sync --pdfs caches every missing PDF, so the whole bundle then works offline', async () => {
      const sync = await run(['sync', ...connection(), '--pdfs']);
      expect(sync.code, sync.err.join('')).toBe(0);
      const wanted = provider.data.invoices.filter((i) => i.status !== 'Draft');
      // Two were cached by `invoices pdf` above; the rest come now.
      expect(sync.text()).toMatch(new RegExp(`ok\\s+pdfs\\s+${wanted.length - 1} downloaded`));
      await provider.pause();
      try {
        const out = join(dir.path, 'zips', 'all.zip');
        const all = await run([
          'export',
          'pdfs',
          '--from',
          '2000-01-01',
          '--to',
          '2099-12-31',
          '--out',
          out
        ]);
        expect(all.code).toBe(0);
        const zip = unzipSync(new Uint8Array(readFileSync(out)));
        expect(Object.keys(zip).filter((n) => n.endsWith('.pdf'))).toHaveLength(wanted.length);
        expect(all.text()).not.toMatch(/not cached/);
      } finally {
        await provider.resume();
      }
    }, 60_000);
  });
});
