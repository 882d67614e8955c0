/**
 * Domains in French and in Dutch: the table's headers and cells (status, days left, money),
 * the filters, the renewals chart's table and one domain's page, in Belgian formats.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyLanguage } from '@renderer/lib/i18n';
import { navigate, type RouteTarget } from '@renderer/lib/router';
import type { LanguageSetting } from '@shared/i18n/languages';
import { domainView, domainsBridge, sampleDomains } from '../../domains-fixtures';
import { renderReadyApp } from '../../render-app';

const spaces = (text: string | null | undefined): string =>
  (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function domainsIn(language: LanguageSetting, route: RouteTarget = 'domains') {
  const { bridge } = domainsBridge([
    ...sampleDomains(),
    domainView({
      id: '9',
      name: 'foxtrot-hotel.be',
      expiresOn: '2027-06-01',
      daysLeft: 191,
      renewalPrice: { amountMinor: 123_450, currency: 'EUR' }
    })
  ]);
  bridge.settings = { ...bridge.settings, language };
  await renderReadyApp(bridge);
  act(() => navigate(route));
}

function row(name: string): HTMLElement {
  const found = screen
    .getAllByTestId('domain-row')
    .find((candidate) => candidate.getAttribute('data-domain') === name);
  if (!found) throw new Error(`no row ${name}`);
  return found;
}

describe('domains in French and Dutch', () => {
  it('shows the table, filters and renewals in French', async () => {
    await domainsIn('fr');
    const table = await screen.findByTestId('domains-table');
    for (const header of ['Domaine', 'Statut', 'Jours restants', 'Prix de renouvellement'])
      // A long header word carries a soft hyphen where it may break (not read out).
      expect(
        within(table).getByRole('columnheader', {
          name: (name) => name.replaceAll('\u00AD', '').includes(header)
        })
      ).toBeTruthy();
    expect(row('alpha-shop.com').textContent).toContain('demain');
    expect(spaces(row('foxtrot-hotel.be').textContent)).toContain('1 234,50 €');
    expect(row('foxtrot-hotel.be').textContent).toContain('1 juin 2027');
    expect(screen.getByTestId('domains-count').textContent).toBe('6 domaines');
    expect(screen.getByLabelText('Expire dans')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Renouvellements à venir' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Days left|Renewals ahead|All statuses/);
  });

  it('shows one domain in Dutch', async () => {
    await domainsIn('nl', 'domains/9');
    const detail = await screen.findByTestId('domain-detail');
    expect(within(detail).getByText('Verlengingsprijs')).toBeTruthy();
    expect(spaces(detail.textContent)).toContain('€ 1.234,50');
    expect(detail.textContent).toContain('1 jun 2027');
    expect(screen.getByTestId('detail-days-left').textContent).toBe('over 191 dagen');
    expect(screen.getByRole('button', { name: 'Verlengen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '← Alle domeinnamen' })).toBeTruthy();
    expect(await screen.findByText('Meldingsgeschiedenis')).toBeTruthy();
  });

  it('says in French that a domain was renewed, naming it', async () => {
    await domainsIn('fr', 'domains/1');
    await screen.findByTestId('domain-detail');
    act(() => screen.getByRole('button', { name: 'Renouveler' }).click());
    expect(await screen.findByText('alpha-shop.com a été renouvelé pour un an.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('Renewed for one year');
  });

  it('shows the Dutch table with an expired domain in words', async () => {
    await domainsIn('nl');
    await screen.findByTestId('domains-table');
    await waitFor(() =>
      expect(screen.getByTestId('domains-count').textContent).toBe('6 domeinnamen')
    );
    expect(row('charlie-bakery.nl').textContent).toContain('3 dagen geleden verlopen');
    expect(spaces(row('alpha-shop.com').textContent)).toContain('€ 12,99');
  });

  it('rewrites the table at once when the language changes', async () => {
    await domainsIn('fr');
    const table = await screen.findByTestId('domains-table');
    expect(within(table).getByRole('columnheader', { name: /Jours restants/ })).toBeTruthy();
    act(() => applyLanguage('nl', ['nl-BE']));
    await waitFor(() =>
      expect(within(table).getByRole('columnheader', { name: /Resterend/ })).toBeTruthy()
    );
    expect(row('alpha-shop.com').textContent).toContain('morgen');
    expect(row('charlie-bakery.nl').textContent).toContain('Grace-periode');
    expect(spaces(row('alpha-shop.com').textContent)).toContain('€ 12,99');
  });

  it("rewrites a domain's status chip when the language changes", async () => {
    await domainsIn('fr', 'domains/9');
    const detail = await screen.findByTestId('domain-detail');
    const chip = (): string | null | undefined => detail.querySelector('.status-chip')?.textContent;
    expect(chip()).toBe('Actif');
    act(() => applyLanguage('nl', ['nl-BE']));
    await waitFor(() => expect(chip()).toBe('Actief'));
  });
});
