import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@main/cli/run-cli';
import { systemClock } from '@main/core/ports';
import { localDate } from '@main/core/time';
import {
  demoCredentials,
  startDemoProvider,
  type DemoInvoice,
  type DemoProvider
} from '@main/demo-provider';
import { makeTempDir } from '../../fakes/temp-dir';
import { captureIo, demoFlags } from '../../fakes/cli-kit';

// Fourteen hours ahead of UTC and twelve behind: at any instant their dates differ by one or
// two days, so an invoice due the day before Kiritimati's today is overdue there and not yet
// due at UTC-12, whatever the hour the test runs.
const AHEAD = 'Pacific/Kiritimati';
const BEHIND = 'Etc/GMT+12';

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

describe('hostdeck sync reads the Time zone setting of its data dir', () => {
  let provider: DemoProvider;
  let invoice: DemoInvoice;
  const dirs: { path: string; cleanup: () => void }[] = [];

  /** A data dir whose settings.json holds `settings` (written as is), or none when undefined. */
  const dataDir = (settings?: string): string => {
    const dir = makeTempDir();
    dirs.push(dir);
    if (settings !== undefined) writeFileSync(join(dir.path, 'settings.json'), settings);
    return dir.path;
  };

  /** Syncs into `dir`, then whether the exported invoice says overdue. */
  const syncedOverdue = async (dir: string, io = captureIo()): Promise<boolean> => {
    const code = await runCli(
      ['sync', ...demoFlags(provider.url), '--data-dir', dir, '--secret', demoCredentials.secret],
      io.io
    );
    expect(code, io.err.join('')).toBe(0);
    const out = captureIo();
    expect(
      await runCli(['export', 'invoices', '--format', 'json', '--data-dir', dir], out.io)
    ).toBe(0);
    const invoices = JSON.parse(out.text()) as { id: string; isOverdue: boolean }[];
    const found = invoices.find((i) => i.id === String(invoice.id));
    expect(found).toBeDefined();
    return found!.isOverdue;
  };

  beforeAll(async () => {
    // The CLI runs on the system clock, so the provider does too: one clock for both.
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 5, clock: systemClock });
    const invoices = provider.data.invoices as DemoInvoice[];
    const index = invoices.findIndex((i) => i.status === 'Unpaid');
    invoice = { ...invoices[index]!, duedate: dayBefore(localDate(Date.now(), AHEAD)) };
    invoices[index] = invoice;
  });
  afterAll(async () => {
    await provider.close();
    for (const dir of dirs) dir.cleanup();
  });

  it('judges an unpaid invoice overdue by the saved zone, not the default one', async () => {
    expect(await syncedOverdue(dataDir(JSON.stringify({ timeZone: AHEAD })))).toBe(true);
    expect(await syncedOverdue(dataDir(JSON.stringify({ timeZone: BEHIND })))).toBe(false);
  });

  it('warns on stderr and syncs with the defaults when settings.json is invalid', async () => {
    const io = captureIo();
    await syncedOverdue(dataDir('{ "timeZone": "Mars/Olympus_Mons" }'), io);
    expect(io.err.join('')).toMatch(/settings\.json is invalid; using the default settings/);
    const broken = captureIo();
    await syncedOverdue(dataDir('{ not json'), broken);
    expect(broken.err.join('')).toMatch(/settings\.json is invalid; using the default settings/);
  });

  it('syncs with the defaults and no warning when there is no settings.json', async () => {
    const io = captureIo();
    await syncedOverdue(dataDir(), io);
    expect(io.err.join('')).not.toMatch(/settings/);
  });
});
