import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useSyncProgressStore } from '@renderer/lib/sync-progress-store';
import { applyLanguage } from '@renderer/lib/i18n';
import { formatMoney } from '@shared/money';
import { ok } from '@shared/result';
import { FakeBridge, sampleStatus } from '../../fake-bridge';
import { syncedSummary, unsyncedSummary } from '../../onboarding-fixtures';
import { renderReadyApp } from '../../render-app';

afterEach(() => {
  useSyncProgressStore.getState().setProgress(null);
});

function bridgeWith(summary = syncedSummary()): FakeBridge {
  const bridge = new FakeBridge();
  bridge.handle('account:get-summary', () => ok(summary));
  bridge.handle('sync:get-state', () => ok({ entities: [] }));
  bridge.handle('sync:run-now', () =>
    ok({
      ok: true,
      cancelled: false,
      startedAt: '2026-11-22T09:00:00Z',
      finishedAt: '2026-11-22T09:00:05Z',
      entities: []
    })
  );
  return bridge;
}

function card(id: string): HTMLElement {
  return screen.getByTestId(`card-${id}`);
}

async function readyDashboard(bridge: FakeBridge) {
  const rendered = await renderReadyApp(bridge);
  await waitFor(() =>
    expect(document.querySelector('[data-page="dashboard"]')?.getAttribute('data-view-state')).toBe(
      'ready'
    )
  );
  return rendered;
}

describe('the dashboard', () => {
  it('shows balance, unpaid and overdue money formatted for the currency', async () => {
    await readyDashboard(bridgeWith());
    expect(card('credit').textContent).toContain(
      formatMoney({ amountMinor: 12_550, currency: 'EUR' })
    );
    expect(card('unpaid').textContent).toContain(
      formatMoney({ amountMinor: 45_000, currency: 'EUR' })
    );
    expect(card('unpaid').textContent).toContain('3 invoices');
    expect(card('overdue').textContent).toContain(
      formatMoney({ amountMinor: 15_000, currency: 'EUR' })
    );
    expect(card('overdue').textContent).toContain('1 invoice past due');
    expect(card('overdue').className).toContain('stat-card--alert');
    expect(within(card('credit')).getByRole('heading').textContent).toBe('Credit balance');
  });

  it('does not highlight overdue when nothing is overdue', async () => {
    await readyDashboard(
      bridgeWith(
        syncedSummary({ overdueCount: 0, overdueTotal: { amountMinor: 0, currency: 'EUR' } })
      )
    );
    expect(card('overdue').className).not.toContain('stat-card--alert');
    expect(card('overdue').textContent).toContain('Nothing overdue');
  });

  it('shows the counts with links to their pages', async () => {
    const user = userEvent.setup();
    await readyDashboard(bridgeWith());
    expect(card('domains').textContent).toContain('42');
    expect(card('services').textContent).toContain('7');
    expect(card('tickets').textContent).toContain('3');
    expect(
      within(card('services')).getByRole('link', { name: 'View services' }).getAttribute('href')
    ).toBe('#/services');
    await user.click(within(card('domains')).getByRole('link', { name: 'View domains' }));
    expect(window.location.hash).toBe('#/domains');
  });

  it('lists the spend per month for screen readers alongside the chart', async () => {
    await readyDashboard(bridgeWith());
    const table = within(screen.getByTestId('spend-chart')).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    expect(table.textContent).toContain(formatMoney({ amountMinor: 12_000, currency: 'EUR' }));
    expect(screen.getByTestId('spend-chart').textContent).toContain(
      formatMoney({ amountMinor: 78_000, currency: 'EUR' })
    );
  });

  it('says it is syncing while the first sync runs', async () => {
    const bridge = bridgeWith(unsyncedSummary());
    bridge.status = sampleStatus({ lastSyncAt: null, syncing: true });
    await renderReadyApp(bridge);
    expect(await screen.findByRole('heading', { name: 'Syncing your account…' })).toBeTruthy();
  });

  it('explains the empty state and starts a sync from it when none runs', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith(unsyncedSummary());
    bridge.status = sampleStatus({ lastSyncAt: null });
    await renderReadyApp(bridge);
    expect(await screen.findByRole('heading', { name: 'No billing data yet' })).toBeTruthy();
    const main = screen.getByRole('main');
    await user.click(within(main).getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(bridge.callCount('sync:run-now')).toBe(1));
  });

  it('refetches the figures when a sync finished', async () => {
    const bridge = bridgeWith();
    await readyDashboard(bridge);
    bridge.handle('account:get-summary', () =>
      ok(syncedSummary({ counts: { domains: 43, services: 7, openTickets: 3 } }))
    );
    bridge.status = sampleStatus({ lastSyncAt: new Date().toISOString() });
    act(() => bridge.emit('cache:changed', { scopes: ['status'] }));
    await waitFor(() => expect(card('domains').textContent).toContain('43'));
  });
});

describe('the status bar sync controls', () => {
  it('starts a sync with "Sync now" and offers to cancel it while it runs', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith();
    await readyDashboard(bridge);
    const bar = screen.getByTestId('status-bar');
    await user.click(within(bar).getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(bridge.callCount('sync:run-now')).toBe(1));
    expect(bridge.calls.find((c) => c.channel === 'sync:run-now')?.input).toEqual({
      mode: 'incremental'
    });
    act(() =>
      bridge.emit('sync:progress', {
        phase: 'entity',
        entity: 'invoices',
        done: 1,
        total: 4,
        fraction: 0.2,
        message: null
      })
    );
    // While it runs, the same button cancels it.
    const busy = within(bar).getByTestId('sync-now') as HTMLButtonElement;
    expect(busy.textContent).toBe('Cancel sync');
    await user.click(busy);
    await waitFor(() => expect(bridge.callCount('sync:cancel')).toBe(1));
  });

  it('shows the failure with the age of the data after a failed sync event', async () => {
    const bridge = bridgeWith();
    bridge.status = sampleStatus({ lastSyncAt: '2026-11-20T08:30:00Z' });
    await readyDashboard(bridge);
    act(() =>
      bridge.emit('sync:progress', {
        phase: 'failed',
        entity: 'invoices',
        done: 0,
        total: null,
        fraction: 0.3,
        message: 'Provider unreachable'
      })
    );
    const failure = screen.getByTestId('sync-failure').textContent ?? '';
    expect(failure).toMatch(/^Sync failed: Provider unreachable — data from .*2026/);
    expect((screen.getByTestId('sync-now') as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows a stored failure after a reload, from sync:get-state', async () => {
    const bridge = bridgeWith();
    bridge.status = sampleStatus({ lastSyncAt: '2026-11-20T08:30:00Z' });
    bridge.handle('sync:get-state', () =>
      ok({
        entities: [
          {
            entity: 'account',
            lastSuccessAt: '2026-11-20T08:30:00Z',
            lastAttemptAt: '2026-11-20T08:30:00Z',
            lastError: null,
            resumable: false
          },
          {
            entity: 'invoices',
            lastSuccessAt: '2026-11-20T08:30:00Z',
            lastAttemptAt: '2026-11-21T08:30:00Z',
            lastError: { kind: 'offline', message: 'The provider did not answer' },
            resumable: true
          }
        ]
      })
    );
    await readyDashboard(bridge);
    await waitFor(() =>
      expect(screen.getByTestId('sync-failure').textContent).toContain(
        'Sync failed: the provider cannot be reached — data from'
      )
    );
  });

  it('words a failed sync from its error kind, in the chosen language', async () => {
    const bridge = bridgeWith();
    bridge.status = sampleStatus({ lastSyncAt: '2026-11-20T08:30:00Z' });
    await readyDashboard(bridge);
    const failed = {
      phase: 'failed' as const,
      entity: null,
      done: 0,
      total: null,
      fraction: 1,
      message: 'connect ECONNREFUSED 127.0.0.1:443',
      errorKind: 'offline' as const
    };
    act(() => bridge.emit('sync:progress', failed));
    const failure = (): string => screen.getByTestId('sync-failure').textContent ?? '';
    expect(failure()).toMatch(/^Sync failed: the provider cannot be reached — data from/);
    expect(failure()).not.toContain('ECONNREFUSED');
    act(() => applyLanguage('fr', ['fr-BE']));
    await waitFor(() => expect(failure()).toContain('le fournisseur est injoignable'));
    act(() => applyLanguage('nl', ['nl-BE']));
    await waitFor(() => expect(failure()).toContain('de provider is niet bereikbaar'));
    act(() =>
      bridge.emit('sync:progress', { ...failed, errorKind: 'provider', message: 'HTTP 502' })
    );
    expect(failure()).toContain('de provider antwoordde met een fout (HTTP 502)');
  });
});

describe('the unpaid invoices', () => {
  it('lists them on the dashboard, overdue ones marked', async () => {
    await readyDashboard(bridgeWith());
    const list = screen.getByRole('region', { name: 'Invoices to pay' });
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'INV-0071',
      'INV-0080',
      '81'
    ]);
    expect(rows[0]!.textContent).toContain('Overdue');
    expect(rows[2]!.textContent).toContain('Payment pending');
  });

  it('links each unpaid invoice to its detail and the overdue figure to the overdue list', async () => {
    const user = userEvent.setup();
    await readyDashboard(bridgeWith());
    const list = screen.getByRole('region', { name: 'Invoices to pay' });
    expect(within(list).getByRole('link', { name: 'INV-0071' }).getAttribute('href')).toBe(
      '#/invoices/71'
    );
    await user.click(within(card('overdue')).getByRole('link', { name: '1 invoice past due' }));
    // The Invoices page shows the list at the address of that status filter.
    await waitFor(() => expect(window.location.hash).toBe('#/invoices?status=overdue'));
    window.location.hash = '';
  });
});
