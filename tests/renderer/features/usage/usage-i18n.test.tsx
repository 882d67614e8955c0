/**
 * The Usage screen in French and in Dutch: summary, chart table, rows, bill check and CSV
 * buttons in the language, money as a Belgian reader writes it ("1 234,50 €", "€ 1.234,50").
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UsageMonthView, UsageRowsView } from '@shared/contract';
import type { LanguageSetting } from '@shared/i18n/languages';
import { ok } from '@shared/result';
import { FakeBridge } from '../../fake-bridge';
import { renderReadyApp } from '../../render-app';

const spaces = (text: string | null | undefined): string =>
  (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

type Row = UsageRowsView['rows'][number];

const ROWS: Row[] = [
  {
    resourceId: 'acc-1',
    kind: 'account',
    parentAccountId: null,
    runStart: '2026-11-01T00:00:00Z',
    pack: 'Pro',
    monthlyPrice: 2500,
    activeHours: 1200,
    billedHours: 1200,
    billedDays: 12,
    amount: 123_450,
    status: 'charged',
    firstHour: '2026-11-01T00:00:00Z',
    lastHour: '2026-11-12T23:00:00Z',
    pendingHoursLeft: null,
    groupStart: true,
    groupSize: 1,
    marker: null
  },
  {
    resourceId: 'acc-2',
    kind: 'account',
    parentAccountId: null,
    runStart: '2026-11-21T03:00:00Z',
    pack: 'Starter',
    monthlyPrice: 1000,
    activeHours: 30,
    billedHours: 0,
    billedDays: 0,
    amount: 0,
    status: 'pending',
    firstHour: '2026-11-21T03:00:00Z',
    lastHour: '2026-11-22T08:00:00Z',
    pendingHoursLeft: 18,
    groupStart: true,
    groupSize: 1,
    marker: null
  }
];

function view(): UsageMonthView {
  return {
    available: true,
    currency: 'EUR',
    months: ['2026-11', '2026-10'],
    month: '2026-11',
    lastSnapshot: '2026-11-22T08:00:00Z',
    report: {
      month: '2026-11',
      timeZone: 'Europe/Brussels',
      monthStart: '2026-10-31T23:00:00Z',
      monthEnd: '2026-11-30T23:00:00Z',
      hoursInMonth: 720,
      asOf: '2026-11-22T09:00:00Z',
      final: false,
      total: 123_450,
      billedAccounts: 1,
      billedAddons: 0,
      packsUsed: ['Pro'],
      rowCount: 2,
      daily: [{ date: '2026-11-01', hours: 48, amount: 10_290 }],
      estimate: {
        now: '2026-11-22T09:00:00Z',
        amount: 180_000,
        monthToDate: 123_450,
        pendingHours: 30
      },
      warnings: [],
      warningCounts: {}
    },
    estimatedDays: [{ date: '2026-11-23', hours: 24, amount: 100 }],
    bill: null
  };
}

async function usageIn(language: LanguageSetting): Promise<void> {
  const bridge = new FakeBridge();
  bridge.settings = { ...bridge.settings, language };
  bridge.handle('usage:get-month', () => ok(view()));
  bridge.handle('usage:list-rows', () =>
    ok({
      month: '2026-11',
      rows: ROWS,
      total: 2,
      totals: { amount: 123_450, activeHours: 1230, billedHours: 1200 },
      rowCount: 2
    })
  );
  window.history.replaceState(null, '', '/#/usage');
  await renderReadyApp(bridge);
  await waitFor(() =>
    expect(document.querySelector('[data-page="usage"]')?.getAttribute('data-view-state')).toBe(
      'ready'
    )
  );
}

function rowOf(resource: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`tr[data-resource="${resource}"]`);
  if (!found) throw new Error(`no row ${resource}`);
  return found;
}

/** A column header by its words: a long header word carries a soft hyphen (not read out). */
const header = (words: string) =>
  screen.getByRole('columnheader', {
    name: (name) => name.replaceAll('\u00AD', '').includes(words)
  });

describe('Usage in French and Dutch', () => {
  it('speaks French: estimate of the month, billed days, service packs, Belgian money', async () => {
    await usageIn('fr');
    expect(spaces(screen.getByTestId('usage-total').textContent)).toContain('1 234,50 €');
    expect(screen.getByTestId('usage-estimate').textContent).toContain('Estimation du mois');
    expect(screen.getByText('Packs de services utilisés')).toBeTruthy();
    expect(screen.getByText('Provisoire')).toBeTruthy();
    expect(header('Jours facturés')).toBeTruthy();
    expect(spaces(rowOf('acc-1').textContent)).toContain('1 200');
    expect(rowOf('acc-2').textContent).toContain('facturé dans 18 h sauf suppression');
    expect(within(screen.getByTestId('usage-chart-table')).getByText('Jour')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exporter les lignes (CSV)' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Mois' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'novembre 2026' })).toBeTruthy();
    expect(screen.getByText('Vérifier la facture')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Estimate for the month|Billed days|Charged/);
  });

  it('speaks Dutch: maandschatting, gefactureerde dagen, servicepakketten, Belgian money', async () => {
    await usageIn('nl');
    expect(spaces(screen.getByTestId('usage-total').textContent)).toContain('€ 1.234,50');
    expect(screen.getByTestId('usage-estimate').textContent).toContain('Maandschatting');
    expect(spaces(screen.getByTestId('usage-estimate').textContent)).toContain('€ 1.800,00');
    expect(screen.getByText('Gebruikte servicepakketten')).toBeTruthy();
    expect(header('Gefactureerde dagen')).toBeTruthy();
    expect(rowOf('acc-2').textContent).toContain('In afwachting');
    expect(rowOf('acc-1').textContent).toContain('1.200');
    expect(screen.getByRole('button', { name: 'Per dag exporteren (CSV)' })).toBeTruthy();
    expect(screen.getByText(/720 uur in de maand/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Estimate for the month|Billed days|Pending/);
  });
});
