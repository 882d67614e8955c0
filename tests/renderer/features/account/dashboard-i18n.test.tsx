/**
 * The dashboard in French and in Dutch: its words, money as a Belgian reader writes it
 * ("1 234,50 €", "€ 1.234,50") and dates in the language.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LanguageSetting } from '@shared/i18n/languages';
import { ok } from '@shared/result';
import { FakeBridge } from '../../fake-bridge';
import { syncedSummary } from '../../onboarding-fixtures';
import { renderReadyApp } from '../../render-app';

/** Intl separates thousands and currency with no-break spaces; the eye reads spaces. */
const spaces = (text: string | null | undefined): string =>
  (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function dashboardIn(language: LanguageSetting): Promise<void> {
  const bridge = new FakeBridge();
  bridge.settings = { ...bridge.settings, language };
  bridge.handle('account:get-summary', () =>
    ok(syncedSummary({ creditBalance: { amountMinor: 123_450, currency: 'EUR' } }))
  );
  bridge.handle('sync:get-state', () => ok({ entities: [] }));
  await renderReadyApp(bridge);
  await waitFor(() =>
    expect(document.querySelector('[data-page="dashboard"]')?.getAttribute('data-view-state')).toBe(
      'ready'
    )
  );
}

describe('the dashboard in French and Dutch', () => {
  it('speaks French with Belgian money and dates', async () => {
    await dashboardIn('fr');
    const credit = screen.getByTestId('card-credit');
    expect(within(credit).getByRole('heading').textContent).toBe('Solde de crédit');
    expect(spaces(credit.textContent)).toContain('1 234,50 €');
    expect(screen.getByTestId('card-unpaid').textContent).toContain('3 factures');
    expect(screen.getByTestId('card-overdue').textContent).toContain('1 facture en retard');
    const unpaid = screen.getByRole('region', { name: 'Factures à payer' });
    expect(within(unpaid).getByRole('columnheader', { name: 'Échéance' })).toBeTruthy();
    expect(unpaid.textContent).toContain('15 sept. 2026');
    expect(unpaid.textContent).toContain('Paiement en cours');
    expect(screen.getByRole('heading', { name: 'Dépenses par mois' })).toBeTruthy();
    expect(within(screen.getByTestId('spend-table')).getByText('janvier 2026')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Credit balance|Invoices to pay|Spend per month/);
  });

  it('speaks Dutch with Belgian money and dates', async () => {
    await dashboardIn('nl');
    const credit = screen.getByTestId('card-credit');
    expect(within(credit).getByRole('heading').textContent).toBe('Tegoed');
    expect(spaces(credit.textContent)).toContain('€ 1.234,50');
    expect(screen.getByTestId('card-unpaid').textContent).toContain('3 facturen');
    expect(screen.getByTestId('card-overdue').textContent).toContain(
      '1 factuur over de vervaldatum'
    );
    const unpaid = screen.getByRole('region', { name: 'Te betalen facturen' });
    expect(within(unpaid).getByRole('columnheader', { name: 'Vervaldatum' })).toBeTruthy();
    expect(unpaid.textContent).toContain('15 sep 2026');
    expect(within(screen.getByTestId('spend-table')).getByText('januari 2026')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Domeinnamen bekijken' })).toBeTruthy();
  });
});
