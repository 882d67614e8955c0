import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '@main/core/dispatch';
import {
  startCombellDemoProvider,
  type CombellDemoProvider
} from '@main/demo-provider/combell/server';
import { createSessionSecretStore } from '@main/node/keytar-secret-store';
import { startWebShell, type WebShell } from '@main/web-shell/web-shell';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';

type Value = Record<string, unknown>;

/**
 * A Combell profile end to end through the contract the renderer calls: the Combell demo
 * from onboarding, a real connection with a wrong and a right secret, what the status says
 * the provider can serve, accounts and domains in the same screens as WHMCS, the recorded
 * hour and the price list, and the auto-renew switch.
 */
describe('Combell profiles through the contract', () => {
  let shell: WebShell;
  let provider: CombellDemoProvider;
  let dir: { path: string; cleanup: () => void };
  // One clock for the app and both Combell servers (the built-in demo and this test's own).
  const clock = new FakeClock('2026-11-10T08:30:00Z');
  const secrets = createSessionSecretStore('test');
  const call = async (channel: string, input?: unknown) =>
    dispatch(shell.services.handlers, channel, input, new RecordingLogger());
  const value = async (channel: string, input?: unknown): Promise<Value> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`);
    return result.value as Value;
  };

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startCombellDemoProvider({ clock, seed: 4, accounts: 5, domains: 12 });
    shell = await startWebShell({
      dataDir: dir.path,
      staticDir: null,
      version: 't',
      secrets,
      clock,
      autoDemo: false
    });
  });
  afterAll(async () => {
    await shell.close();
    await provider.close();
    dir.cleanup();
  });

  it('starts the Combell demo from onboarding and hides what Combell cannot serve', async () => {
    const profile = await value('profiles:use-combell-demo');
    expect(profile).toMatchObject({ kind: 'combell', authMode: 'demo', name: 'Combell demo' });
    const report = await value('sync:run-now', { mode: 'incremental' });
    expect(report.ok).toBe(true);
    const status = await value('app:get-status');
    expect(status.profile).toMatchObject({ kind: 'combell' });
    expect(status.capabilities).toMatchObject({
      invoices: false,
      tickets: false,
      credit: false,
      services: true,
      domains: true,
      domainRenew: false,
      domainRenewalPage: false,
      domainAutoRenewToggle: true,
      usageRecording: true
    });
    // Accounts and domains land in the same tables the WHMCS screens read.
    const services = await value('services:list', {});
    expect(JSON.stringify(services)).toMatch(/Hosting (Basic|Pro|Business)|WordPress Starter/);
    const domains = await value('domains:list', {});
    expect(domains.cachedCount).toBe(40);
    // The hour is recorded; the price list is pre-filled with what was seen, without prices.
    const source = await value('usage:get-source', { month: '2026-11' });
    expect(source).toMatchObject({
      source: 'hostdeck',
      recordingSince: '2026-11-10T08:00:00Z',
      lastRecorded: '2026-11-10T08:00:00Z'
    });
    const prices = await value('prices:get');
    expect(prices.currency).toBeNull();
    const entries = prices.entries as { kind: string; name: string; monthlyPrice: null }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.monthlyPrice === null)).toBe(true);
    expect(prices.unpricedCount).toBe(entries.length);
    expect((source.unpriced as unknown[]).length).toBe(entries.length);
  });

  it('prices the record from the list, and refuses a CSV with a wrong line as a whole', async () => {
    const before = await value('prices:get');
    const entries = before.entries as { kind: string; name: string }[];
    const wrong = await value('prices:import-csv', {
      csv: `kind,name,monthly_price,currency\n${entries[0]!.kind},${entries[0]!.name},12.5,EUR\naddon,X,12,50,EUR\n`
    });
    expect(wrong).toMatchObject({ imported: 0, issues: [{ line: 3 }] });
    expect((await value('prices:get')).currency).toBeNull();

    const saved = await value('prices:save', {
      currency: 'EUR',
      entries: entries.map((e) => ({ kind: e.kind, name: e.name, monthlyPrice: 1200 }))
    });
    expect(saved).toMatchObject({ currency: 'EUR', unpricedCount: 0 });
    const source = await value('usage:get-source', { month: '2026-11' });
    expect(source).toMatchObject({ currency: 'EUR', unpriced: [], warnings: [] });
    // The Usage screen's month reads the priced record like a provider's usage data: one
    // recorded hour, every run in it established (charged), 1200 × 1 / 720 rounded per row.
    const month = await value('usage:get-month', { month: '2026-11' });
    const report = month.report as { total: number; rowCount: number; warningCounts: Value };
    expect(month.available).toBe(true);
    expect(report.rowCount).toBeGreaterThan(0);
    expect(report.total).toBe(report.rowCount * 2);
    expect(report.warningCounts['established-run']).toBe(report.rowCount);
  });

  it('switches auto-renew where Combell allows it, and says so where it does not', async () => {
    const list = await value('domains:list', { limit: 100 });
    const cached = list.domains as { id: string; autoRenew: boolean }[];
    // Every fifth demo domain cannot be toggled; the others can.
    const results = [];
    for (const domain of cached.slice(0, 10)) {
      const result = await call('domains:set-auto-renew', {
        id: domain.id,
        autoRenew: !domain.autoRenew
      });
      results.push({ domain, result });
    }
    const allowed = results.filter((r) => r.result.ok);
    const refused = results.filter((r) => !r.result.ok);
    expect(allowed.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const { result } of refused)
      expect(result).toMatchObject({ ok: false, error: { kind: 'unsupported' } });
    // Renewing is not something Combell's API does: the reseller is told where to do it.
    expect(await call('domains:renew', { id: cached[0]!.id })).toMatchObject({
      ok: false,
      error: {
        kind: 'unsupported',
        message: expect.stringMatching(/Combell control panel/) as string
      }
    });
    const { domain } = allowed[0]!;
    const after = await value('domains:get', { id: domain.id });
    expect((after.domain as { autoRenew: boolean }).autoRenew).toBe(!domain.autoRenew);
  });

  it('runs the alert pass again when auto-renew goes off, so the domain alerts at once', async () => {
    const list = await value('domains:list', { limit: 100 });
    const candidates = (
      list.domains as { id: string; autoRenew: boolean; daysLeft: number; alert: unknown }[]
    )
      .slice(10)
      // Auto-renew domains alert only at the last two thresholds (3 and 1 days).
      .filter((d) => d.autoRenew && d.daysLeft > 3 && d.daysLeft <= 60 && d.alert === null);
    expect(candidates.length).toBeGreaterThan(0);
    let switched = null;
    for (const domain of candidates) {
      const result = await call('domains:set-auto-renew', { id: domain.id, autoRenew: false });
      if (result.ok) {
        switched = domain;
        break;
      }
    }
    expect(switched).not.toBeNull();
    const after = await value('domains:get', { id: switched!.id });
    expect(after.domain).toMatchObject({ autoRenew: false, alert: { kind: 'threshold' } });
  });

  it('connects a Combell account by key and secret: a wrong secret is refused, the right one kept in the keychain only', async () => {
    const connection = (apiSecret: string) => ({
      authMode: 'hmac',
      baseUrl: provider.url,
      apiKey: provider.credentials.apiKey,
      apiSecret
    });
    const verdict = await value('profiles:test-connection', connection('not-the-secret'));
    expect(verdict).toMatchObject({ ok: false, reason: 'auth' });
    const refused = await call('profiles:create', {
      name: 'Wrong',
      connection: connection('not-the-secret')
    });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'auth' } });

    const created = await value('profiles:create', {
      name: 'Combell live',
      connection: connection(provider.credentials.apiSecret)
    });
    expect(created).toMatchObject({
      kind: 'combell',
      authMode: 'classic',
      login: provider.credentials.apiKey,
      baseUrl: provider.url
    });
    const report = await value('sync:run-now', { mode: 'incremental' });
    expect(report.ok).toBe(true);
    const services = await value('services:list', {});
    expect(JSON.stringify(services)).toMatch(new RegExp(provider.data.accounts[0]!.identifier));
    expect(await secrets.get(`profile:${created.id as string}`)).toContain(
      provider.credentials.apiSecret
    );
    expect(readFileSync(join(dir.path, 'profiles.json'), 'utf8')).not.toContain(
      provider.credentials.apiSecret
    );
  });

  it('says when Combell refuses this computer (IP not allowed in the Combell panel)', async () => {
    provider.setFaults({ ipBlocked: true });
    try {
      const verdict = await value('profiles:test-connection', {
        authMode: 'hmac',
        baseUrl: provider.url,
        apiKey: provider.credentials.apiKey,
        apiSecret: provider.credentials.apiSecret
      });
      expect(verdict).toMatchObject({ ok: false, reason: 'ip-not-allowed' });
    } finally {
      provider.setFaults({});
    }
  });
});
