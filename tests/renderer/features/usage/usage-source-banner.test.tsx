/**
 * The Usage screen's account of Hostdeck's own record (Combell): "Recording since" in the
 * reseller's zone, each gap of hours Hostdeck was not running, and the packs without a
 * price with the way to the price list; nothing for a provider that reports its own usage.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { UsageSourceBanner } from '@renderer/features/usage/usage-source-banner';
import type { MonthSource } from '@shared/contract';
import { ok } from '@shared/result';
import { recordedSource } from '../../combell-fixtures';
import { FakeBridge } from '../../fake-bridge';
import { testQueryClient } from '../../render-app';

function renderBanner(source: MonthSource, month: string | null = '2026-11') {
  const bridge = new FakeBridge();
  bridge.handle('usage:get-source', () => ok(source));
  window.hostdeck = bridge;
  const client = testQueryClient();
  render(
    <QueryClientProvider client={client}>
      <UsageSourceBanner month={month} timeZone="Europe/Brussels" />
    </QueryClientProvider>
  );
  return { bridge, client };
}

/** How the screen writes an instant in Brussels (the formatter the app uses). */
function brussels(iso: string): string {
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels'
  }).format(Date.parse(iso));
}

describe('the usage source banner', () => {
  it('says since when Hostdeck records, in the reseller’s zone, for the month shown', async () => {
    const { bridge } = renderBanner(recordedSource());
    const since = await screen.findByTestId('usage-recording-since');
    expect(since.textContent).toContain(`Recording since ${brussels('2026-11-01T08:00:00Z')}.`);
    expect(brussels('2026-11-01T08:00:00Z')).toMatch(/9:00|09:00/);
    expect(bridge.calls.find((c) => c.channel === 'usage:get-source')?.input).toEqual({
      month: '2026-11'
    });
  });

  it('lists each gap of hours Hostdeck was not running, from, to and how many hours', async () => {
    renderBanner(
      recordedSource({
        warnings: [
          {
            code: 'missing-snapshots',
            from: '2026-11-12T20:00:00Z',
            to: '2026-11-13T06:00:00Z',
            hours: 10,
            message: ''
          },
          ...recordedSource().warnings
        ]
      })
    );
    const gaps = await screen.findByTestId('usage-missing-hours');
    expect(within(gaps).getByText('Hostdeck was not running 2 times this month:')).toBeTruthy();
    expect(
      within(gaps)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    ).toEqual([
      `${brussels('2026-11-10T11:00:00Z')} to ${brussels('2026-11-10T14:00:00Z')}: 3 hours without an hourly image.`,
      `${brussels('2026-11-12T20:00:00Z')} to ${brussels('2026-11-13T06:00:00Z')}: 10 hours without an hourly image.`
    ]);
  });

  it('flags the packs without a price and links to the price list', async () => {
    const user = userEvent.setup();
    renderBanner(recordedSource());
    const unpriced = await screen.findByTestId('usage-unpriced');
    expect(within(unpriced).getByRole('listitem').textContent).toBe(
      'Service pack Linux Pro: 2 resources, 310 hours'
    );
    expect(unpriced.textContent).toContain('count as unknown, not free');
    await user.click(
      within(unpriced).getByRole('link', { name: 'Set the prices in the price list' })
    );
    expect(window.location.hash).toBe('#/prices');
  });

  it('says recording has not started before the first recorded hour, with no gap or price list', async () => {
    renderBanner(
      recordedSource({ recordingSince: null, lastRecorded: null, unpriced: [], warnings: [] })
    );
    expect((await screen.findByTestId('usage-recording-since')).textContent).toMatch(
      /^Not recording yet\./
    );
    expect(screen.queryByTestId('usage-missing-hours')).toBeNull();
    expect(screen.queryByTestId('usage-unpriced')).toBeNull();
  });

  it('shows nothing when the provider reports its own usage', async () => {
    const { client } = renderBanner({
      source: 'provider',
      recordingSince: null,
      lastRecorded: null,
      currency: null,
      unpriced: [],
      warnings: []
    });
    // Once the answer is in the cache, the banner has rendered what it will render.
    await waitFor(() =>
      expect(client.getQueryState(['usage:get-source', '2026-11'])?.status).toBe('success')
    );
    expect(screen.queryByTestId('usage-source')).toBeNull();
  });
});
