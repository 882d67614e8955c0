/**
 * The services screen in French and Dutch: headers, statuses, billing cycles, use against
 * limits, money and dates as a Belgian reseller reads them.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LanguageSetting } from '@shared/i18n/languages';
import { billingBridge, openRoute, service, SERVICES } from '../../billing-fixtures';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const BIG = service('9', {
  domain: 'aaa-agency.be',
  billingCycle: 'Annually',
  recurringAmount: { amountMinor: 123_450, currency: 'EUR' }
});

function bridgeIn(language: LanguageSetting) {
  const bridge = billingBridge({ services: [BIG, ...SERVICES] });
  bridge.settings = { ...bridge.settings, language };
  return bridge;
}

async function ready() {
  await waitFor(() =>
    expect(document.querySelector('[data-page="services"]')?.getAttribute('data-view-state')).toBe(
      'ready'
    )
  );
}

describe('the services in French', () => {
  it('lists the services with French words, Belgian money, dates and sizes', async () => {
    await openRoute(bridgeIn('fr'), 'services');
    await ready();
    const table = screen.getByTestId('services-table');
    expect(within(table).getByRole('columnheader', { name: /Domaine/ })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: /Échéance/ })).toBeTruthy();
    expect(within(table).getByText('Suspendu')).toBeTruthy();
    expect(screen.getByTestId('services-count').textContent).toBe('5 services');
    const row = screen.getAllByTestId('service-row')[0]!;
    expect(plain(row.textContent)).toContain('1 234,50 €');
    expect(row.textContent).toContain('Annuel');
    expect(row.textContent).toContain('1 avr. 2026');
    expect(plain(row.textContent)).toContain('25 %');
    expect(screen.getByRole('radio', { name: /Actif/ })).toBeTruthy();
  });

  it('shows one service with its use in French units', async () => {
    await openRoute(bridgeIn('fr'), 'services/1');
    await ready();
    expect(screen.getByText('Pack de services')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Se connecter au panneau de contrôle' })
    ).toBeTruthy();
    expect(
      plain(
        screen.getByRole('meter', { name: 'Espace disque utilisé' }).getAttribute('aria-valuetext')
      )
    ).toBe('2,5 Go sur 10 Go (25 %)');
  });
});

describe('the services in Dutch', () => {
  it('lists the services with Dutch words, Belgian money and dates', async () => {
    await openRoute(bridgeIn('nl'), 'services');
    await ready();
    const table = screen.getByTestId('services-table');
    expect(within(table).getByRole('columnheader', { name: /Domeinnaam/ })).toBeTruthy();
    expect(within(table).getByText('Opgeschort')).toBeTruthy();
    expect(screen.getByTestId('services-count').textContent).toBe('5 diensten');
    const row = screen.getAllByTestId('service-row')[0]!;
    expect(plain(row.textContent)).toContain('€ 1.234,50');
    expect(row.textContent).toContain('Jaarlijks');
    expect(row.textContent).toContain('1 apr 2026');
  });

  it('shows one service in Dutch', async () => {
    await openRoute(bridgeIn('nl'), 'services/1');
    await ready();
    expect(screen.getByText('Servicepakket')).toBeTruthy();
    expect(screen.getByText('Volgende vervaldatum')).toBeTruthy();
    expect(
      plain(screen.getByRole('meter', { name: 'Schijfgebruik' }).getAttribute('aria-valuetext'))
    ).toBe('2,5 GB van 10 GB (25%)');
  });
});
