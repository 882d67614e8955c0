/**
 * The billing screens in French and Dutch: the list, one invoice and the statement with the
 * accountant's bundle speak the reseller's language, and money and dates follow the Belgian
 * locale (1 234,50 € in French, € 1.234,50 in Dutch).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LanguageSetting } from '@shared/i18n/languages';
import { billingBridge, invoiceItem, INVOICES, openRoute } from '../../billing-fixtures';

/** Text with the no-break and narrow no-break spaces Intl puts in money read as spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const BIG = invoiceItem('80', {
  issuedOn: '2026-03-25',
  dueOn: '2026-04-08',
  paidAt: null,
  status: 'unpaid',
  total: { amountMinor: 123_450, currency: 'EUR' },
  balance: { amountMinor: 123_450, currency: 'EUR' }
});

function bridgeIn(language: LanguageSetting) {
  const bridge = billingBridge({ invoices: [BIG, ...INVOICES] });
  bridge.settings = { ...bridge.settings, language };
  return bridge;
}

async function ready(page: string) {
  await waitFor(() =>
    expect(document.querySelector(`[data-page="${page}"]`)?.getAttribute('data-view-state')).toBe(
      'ready'
    )
  );
}

describe('the invoices in French', () => {
  it('lists the invoices with French headers, statuses, count and Belgian money', async () => {
    await openRoute(bridgeIn('fr'), 'invoices');
    await ready('invoices');
    const table = screen.getByTestId('invoices-table');
    expect(within(table).getByRole('columnheader', { name: /Échéance/ })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: /Solde/ })).toBeTruthy();
    expect(within(table).getAllByText('En retard').length).toBe(1);
    expect(within(table).getAllByText('Impayée').length).toBe(2);
    expect(screen.getByTestId('invoices-count').textContent).toBe('6 factures');
    const row = screen.getAllByTestId('invoice-row')[0]!;
    expect(plain(row.textContent)).toContain('1 234,50 €');
    expect(row.textContent).toContain('25 mars 2026');
    expect(screen.getByRole('searchbox', { name: 'Rechercher' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Relevé et dossier comptable' })).toBeTruthy();
  });

  it('shows one invoice: facts, lines and totals in French', async () => {
    await openRoute(bridgeIn('fr'), 'invoices/80');
    await ready('invoices');
    expect(screen.getByRole('heading', { name: 'Facture HD-2026-0080' })).toBeTruthy();
    expect(screen.getByText('Échéance')).toBeTruthy();
    expect(plain(screen.getByTestId('invoice-balance').textContent)).toBe('1 234,50 €');
    expect(screen.getByText('8 avr. 2026')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copier le numéro' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Paiements' })).toBeTruthy();
  });

  it('shows the statement and the accountant’s bundle in French', async () => {
    await openRoute(bridgeIn('fr'), 'statement');
    await ready('statement');
    expect(
      screen.getByRole('heading', { name: 'Paiements, remboursements et crédit' })
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Dossier pour le comptable' })).toBeTruthy();
    expect(plain(screen.getByTestId('statement-payments').textContent)).toContain('39,90 €');
    expect(screen.getByRole('option', { name: '12 derniers mois' })).toBeTruthy();
    // WHMCS's own English entries are said in French; the table shows both kinds.
    const table = screen.getByTestId('statement-table');
    expect(within(table).getAllByText('Paiement de facture').length).toBe(3);
    expect(plain(table.textContent)).toContain('Crédit appliqué à la facture n° 64');
    expect(table.textContent).not.toContain('Invoice Payment');
  });
});

describe('the invoices in Dutch', () => {
  it('lists the invoices with Dutch headers, statuses, count and Belgian money', async () => {
    await openRoute(bridgeIn('nl'), 'invoices');
    await ready('invoices');
    const table = screen.getByTestId('invoices-table');
    expect(within(table).getByRole('columnheader', { name: /Vervaldatum/ })).toBeTruthy();
    expect(within(table).getAllByText('Vervallen').length).toBe(1);
    expect(screen.getByTestId('invoices-count').textContent).toBe('6 facturen');
    const row = screen.getAllByTestId('invoice-row')[0]!;
    expect(plain(row.textContent)).toContain('€ 1.234,50');
    expect(row.textContent).toContain('25 mrt 2026');
    expect(screen.getByRole('searchbox', { name: 'Zoeken' })).toBeTruthy();
  });

  it('shows one invoice: facts, lines and totals in Dutch', async () => {
    await openRoute(bridgeIn('nl'), 'invoices/80');
    await ready('invoices');
    expect(screen.getByRole('heading', { name: 'Factuur HD-2026-0080' })).toBeTruthy();
    expect(screen.getByText('Vervaldatum')).toBeTruthy();
    expect(plain(screen.getByTestId('invoice-balance').textContent)).toBe('€ 1.234,50');
    expect(screen.getByRole('button', { name: 'Nummer kopiëren' })).toBeTruthy();
    expect(screen.getByText('Subtotaal')).toBeTruthy();
  });

  it('shows the statement and the accountant’s bundle in Dutch', async () => {
    await openRoute(bridgeIn('nl'), 'statement');
    await ready('statement');
    expect(
      screen.getByRole('heading', { name: 'Betalingen, terugbetalingen en tegoed' })
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Pakket voor de boekhouder' })).toBeTruthy();
    expect(screen.getByText('Beginsaldo')).toBeTruthy();
    expect(plain(screen.getByTestId('statement-payments').textContent)).toContain('€ 39,90');
  });
});
