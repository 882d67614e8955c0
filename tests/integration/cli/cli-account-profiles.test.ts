import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSummaryView } from '@shared/contract';
import { systemClock } from '@main/core/ports';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoFlags, runCommand as run } from '../../fakes/cli-kit';

interface ListedProfile {
  readonly name: string;
  readonly kind: string;
  readonly baseUrl: string | null;
  readonly login: string | null;
  readonly clientId: string | null;
  readonly active: boolean;
  readonly lastSyncAt: string | null;
}

/** `hostdeck profiles`, `hostdeck account` and `hostdeck tickets departments` on a synced cache. */
describe('hostdeck profiles, account and tickets departments', () => {
  let provider: DemoProvider;
  let dir: { path: string; cleanup: () => void };
  let dataDir: string;
  let syncedAt: { from: number; to: number };
  const connection = () => [...demoFlags(provider.url), '--data-dir', dataDir];
  const json = async <T>(args: readonly string[]): Promise<T> => {
    const result = await run(args);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toBe('');
    return JSON.parse(result.out) as T;
  };

  beforeAll(async () => {
    dir = makeTempDir();
    dataDir = join(dir.path, 'data');
    const secretFile = join(dir.path, 'secret');
    writeFileSync(secretFile, demoCredentials.secret, { mode: 0o600 });
    // The CLI runs on the system clock, so the provider does too: one clock for both.
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 4, clock: systemClock });
    const from = Date.now();
    const synced = await run(['sync', ...connection(), '--secret-file', secretFile]);
    expect(synced.code, synced.err).toBe(0);
    syncedAt = { from, to: Date.now() };
  }, 120_000);
  afterAll(async () => {
    await provider.close();
    dir.cleanup();
  });

  it('profiles: none in a data dir that does not exist, and creates nothing', async () => {
    const missing = join(dir.path, 'nothing-here');
    expect(await json(['profiles', '--data-dir', missing])).toEqual({ profiles: [] });
    expect(existsSync(missing)).toBe(false);
  });

  it('profiles: the synced connection, active, with when it synced and never its secret', async () => {
    const listed = await run(['profiles', '--data-dir', dataDir]);
    expect(listed.code).toBe(0);
    expect(listed.out).not.toContain(demoCredentials.secret);
    const { profiles } = JSON.parse(listed.out) as { profiles: ListedProfile[] };
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({
      name: `${new URL(provider.url).host} (client ${demoCredentials.clientId})`,
      kind: 'whmcs',
      baseUrl: `${provider.url}/`,
      login: demoCredentials.identifier,
      clientId: String(demoCredentials.clientId),
      active: true
    });
    const at = Date.parse(profiles[0]!.lastSyncAt!);
    expect(at).toBeGreaterThanOrEqual(syncedAt.from);
    expect(at).toBeLessThanOrEqual(syncedAt.to);
  });

  it("account: the dashboard's figures, agreeing with the invoice list and the provider", async () => {
    const summary = await json<AccountSummaryView & { profile: string }>([
      'account',
      ...connection()
    ]);
    const client = provider.data.client;
    expect(summary).toMatchObject({
      synced: true,
      name: expect.stringContaining(client.companyname),
      email: client.email,
      creditBalance: { amountMinor: client.creditMinor }
    });
    const count = async (status: string) =>
      (
        await json<{ total: number }>([
          'invoices',
          'list',
          '--status',
          status,
          '--format',
          'json',
          ...connection()
        ])
      ).total;
    expect(summary.unpaidCount).toBe(await count('unpaid'));
    expect(summary.overdueCount).toBe(await count('overdue'));
    expect(summary.overdueCount).toBeGreaterThan(0);
    expect(summary.counts.domains).toBe(provider.data.domains.length);
    // Read from the cache: the same answer with the provider gone.
    await provider.pause();
    try {
      expect(await json(['account', ...connection()])).toEqual(summary);
    } finally {
      await provider.resume();
    }
    const never = await run(['account', '--data-dir', join(dir.path, 'nothing-here')]);
    expect(never.code).toBe(1);
    expect(never.err).toMatch(/run "hostdeck sync" first/);
    const bad = await run(['account', ...connection(), '--as-of', '2026-11-22']);
    expect(bad.code).toBe(2);
  });

  it('tickets departments: what tickets open --department takes, by name', async () => {
    const { departments } = await json<{ departments: { id: string; name: string }[] }>([
      'tickets',
      'departments',
      ...connection()
    ]);
    const expected = provider.data.departments
      .map((d) => ({ id: String(d.id), name: d.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
    expect(departments).toEqual(expected);
  });
});
