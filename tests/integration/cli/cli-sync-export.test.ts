import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@main/cli/run-cli';
import { systemClock } from '@main/core/ports';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { makeTempDir } from '../../fakes/temp-dir';
import { captureIo, demoFlags } from '../../fakes/cli-kit';

describe('hostdeck sync and export', () => {
  let provider: DemoProvider;
  let dir: { path: string; cleanup: () => void };
  const connection = () => [...demoFlags(provider.url), '--data-dir', dir.path];

  beforeAll(async () => {
    dir = makeTempDir();
    // The CLI runs on the system clock, so the provider does too: one clock for both.
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 5, clock: systemClock });
  });
  afterAll(async () => {
    await provider.close();
    dir.cleanup();
  });

  it('exits 1 with a hint when export finds no cache yet', async () => {
    const c = captureIo();
    expect(
      await runCli(['export', 'domains', '--format', 'json', '--data-dir', dir.path], c.io)
    ).toBe(1);
    expect(c.err.join('')).toMatch(/run "hostdeck sync" first/);
  });

  it('exits 2 with one line and the usage for bad arguments', async () => {
    const c = captureIo();
    expect(await runCli(['export', 'planets', '--format', 'json'], c.io)).toBe(2);
    expect(c.err.join('').split('\n')[0]).toMatch(/^hostdeck export: choose what to export/);
    const d = captureIo();
    expect(await runCli(['sync', '--whmcs-url', 'http://x', '--identifier', 'a'], d.io)).toBe(2);
    expect(d.err.join('')).toMatch(/needs --identifier, --client-id and a secret/);
    const e = captureIo();
    expect(await runCli(['launch-rockets'], e.io)).toBe(2);
  });

  it('exits 3 when the provider refuses the credentials, writing nothing', async () => {
    const c = captureIo();
    expect(await runCli(['sync', ...connection(), '--secret', 'wrong-secret'], c.io)).toBe(3);
    expect(c.err.join('')).toMatch(/refused the credentials/);
    expect(c.out.join('')).toMatch(/Authentication Failed/);
  });

  it('syncs, then exports domains and invoices as JSON and CSV from the cache', async () => {
    const s = captureIo();
    expect(await runCli(['sync', ...connection(), '--secret', demoCredentials.secret], s.io)).toBe(
      0
    );
    expect(s.out.join('')).toMatch(/ok\s+domains\s+40 changed/);

    const json = captureIo();
    expect(
      await runCli(['export', 'domains', '--format', 'json', '--data-dir', dir.path], json.io)
    ).toBe(0);
    const domains = JSON.parse(json.out.join('')) as { name: string }[];
    expect(domains.map((d) => d.name).sort()).toEqual(
      provider.data.domains.map((d) => d.domainname).sort()
    );

    // The domains CSV of a filtered, sorted view: every match, streamed, whatever the page size.
    const active = captureIo();
    expect(
      await runCli(
        [
          'export',
          'domains',
          '--format',
          'csv',
          '--status',
          'active',
          '--sort',
          'name',
          '--dir',
          'desc',
          '--data-dir',
          dir.path
        ],
        active.io
      )
    ).toBe(0);
    const activeLines = active.out.join('').trim().split('\r\n');
    expect(activeLines[0]).toBe(
      'id,name,status,expires_on,next_due_on,days_left,auto_renew,registrar,renewal_price,currency,alert'
    );
    const activeNames = provider.data.domains
      .filter((d) => d.status === 'Active')
      .map((d) => d.domainname);
    const listed = activeLines.slice(1).map((line) => line.split(',')[1]);
    expect(listed).toEqual(
      [...activeNames].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base' }))
    );
    expect(activeLines.slice(1).every((line) => line.split(',')[2] === 'active')).toBe(true);
    const bad = captureIo();
    expect(
      await runCli(
        ['export', 'invoices', '--format', 'csv', '--status', 'active', '--data-dir', dir.path],
        bad.io
      )
    ).toBe(2);
    expect(
      await runCli(
        ['export', 'domains', '--format', 'csv', '--within', 'soon', '--data-dir', dir.path],
        bad.io
      )
    ).toBe(2);

    const csv = captureIo();
    expect(
      await runCli(['export', 'invoices', '--format', 'csv', '--data-dir', dir.path], csv.io)
    ).toBe(0);
    const lines = csv.out.join('').trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,number,issued_on,due_on,status,overdue,currency,subtotal,tax,total,balance,paid_at'
    );
    expect(lines).toHaveLength(provider.data.invoices.length + 1);
    const first = provider.data.invoices[0]!;
    const row = lines.find((l) => l.startsWith(`${first.id},`));
    expect(row).toContain((first.totalMinor / 100).toFixed(2));
  });
});
