/**
 * The screens of providers in French and Dutch, as a Belgian reseller reads them: the
 * first-run screen, the Providers page with the add-provider form and the remove dialog,
 * and a Combell profile's price list (prices with the decimal comma, saved prices as
 * 1 234,50 € / € 1.234,50, a CSV file's issues worded from their codes).
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PriceImportIssue, PriceListView, ProfileView } from '@shared/contract';
import type { LanguageSetting } from '@shared/i18n/languages';
import { ok } from '@shared/result';
import { navigate, type RouteTarget } from '@renderer/lib/router';
import { combellStatus, priceList } from '../../combell-fixtures';
import { FakeBridge, sampleStatus } from '../../fake-bridge';
import { DEMO_PROFILE, profileView, syncedSummary } from '../../onboarding-fixtures';
import { currentPage, renderReadyApp } from '../../render-app';

/** Intl writes no-break spaces (fr-BE groups, "€ 5"); compare as plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function inLanguage(bridge: FakeBridge, language: LanguageSetting): FakeBridge {
  bridge.settings = { ...bridge.settings, language };
  return bridge;
}

function firstRunBridge(language: LanguageSetting): FakeBridge {
  const bridge = new FakeBridge();
  bridge.status = sampleStatus({ profile: null, lastSyncAt: null });
  bridge.handle('account:get-summary', () => ok(syncedSummary()));
  bridge.handle('sync:get-state', () => ok({ entities: [] }));
  return inLanguage(bridge, language);
}

const COMBELL_PROFILE: ProfileView = profileView({
  id: 'cb',
  name: 'Combell demo',
  kind: 'combell',
  authMode: 'demo',
  baseUrl: null,
  login: null
});

function providersBridge(language: LanguageSetting): FakeBridge {
  const bridge = new FakeBridge();
  const profiles = [profileView(), DEMO_PROFILE, COMBELL_PROFILE];
  bridge.status = sampleStatus({ profile: { id: 'p1', name: 'Acme Hosting', kind: 'whmcs' } });
  bridge.handle('account:get-summary', () => ok(syncedSummary()));
  bridge.handle('sync:get-state', () => ok({ entities: [] }));
  bridge.handle('profiles:list', () => ok({ profiles, activeId: 'p1' }));
  return inLanguage(bridge, language);
}

/** Linux Basic at 5,95 and a large pack at 1 234,50; Linux Pro and the add-on unpriced. */
function bigList(): PriceListView {
  const base = priceList();
  return {
    ...base,
    entries: [
      ...base.entries,
      {
        kind: 'servicepack',
        name: 'Reseller XL',
        monthlyPrice: 123_450,
        firstSeen: '2026-11-01T08:00:00Z',
        lastSeen: '2026-11-22T08:00:00Z'
      }
    ]
  };
}

const ISSUES: PriceImportIssue[] = [
  {
    line: 3,
    code: 'kind',
    values: { got: 'pack' },
    message: 'kind must be servicepack or addon, got "pack"'
  },
  {
    line: 4,
    code: 'price-decimals',
    values: { got: '1.999', digits: 2 },
    message: 'monthly_price "1.999" has more than 2 decimals'
  }
];

function pricesBridge(language: LanguageSetting): FakeBridge {
  const bridge = new FakeBridge();
  bridge.status = combellStatus();
  bridge.handle('prices:get', () => ok(bigList()));
  bridge.handle('prices:import-csv', () =>
    ok({
      imported: 0,
      issues: ISSUES,
      list: bigList()
    })
  );
  return inLanguage(bridge, language);
}

async function openPage(bridge: FakeBridge, route: RouteTarget, page: string): Promise<void> {
  await renderReadyApp(bridge);
  act(() => navigate(route));
  await waitFor(() =>
    expect(document.querySelector(`[data-page="${page}"]`)?.getAttribute('data-view-state')).toBe(
      'ready'
    )
  );
}

function priceInput(name: string): HTMLInputElement {
  return screen.getByRole('textbox', { name }) as HTMLInputElement;
}

async function importBadCsv(): Promise<HTMLElement> {
  const user = userEvent.setup();
  const picker = screen.getByTestId('price-import').querySelector('input[type="file"]');
  await user.upload(
    picker as HTMLInputElement,
    new File(['kind,name,monthly_price,currency\n'], 'tarifs.csv', { type: 'text/csv' })
  );
  const result = screen.getByTestId('price-import-result');
  await waitFor(() => expect(result.querySelectorAll('li')).toHaveLength(2));
  return result;
}

describe('the first-run screen', () => {
  it('speaks French', async () => {
    await renderReadyApp(firstRunBridge('fr'));
    expect(currentPage()).toBe('onboarding');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bienvenue dans Hostdeck');
    expect(screen.getByRole('button', { name: 'Essayer la démo Combell' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Essayer la démo WHMCS' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Connecter votre fournisseur' })).toBeTruthy();
    const page = document.querySelector('[data-page="onboarding"]')!;
    expect(plain(page.textContent)).toContain('compte revendeur Combell');
    expect(plain(page.textContent)).toContain('packs de services');
    expect(plain(page.textContent)).toContain('une clé API et un secret');
    expect(page.textContent).not.toMatch(/Try the|Connect your provider|All made up/);
  });

  it('speaks Dutch', async () => {
    await renderReadyApp(firstRunBridge('nl'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welkom bij Hostdeck');
    expect(screen.getByRole('button', { name: 'Probeer de Combell-demo' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Probeer de demoprovider' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Uw provider koppelen' })).toBeTruthy();
    const page = document.querySelector('[data-page="onboarding"]')!;
    expect(page.textContent).toContain('Combell-reselleraccount');
    expect(page.textContent).toContain('servicepakketten');
    expect(page.textContent).toContain('API-sleutel');
    expect(page.textContent).not.toMatch(/Try the|Connect your provider|All made up/);
  });
});

describe('the Providers page', () => {
  it('lists the providers in French, with the demos under their French names', async () => {
    const user = userEvent.setup();
    await openPage(providersBridge('fr'), 'profiles', 'profiles');
    expect(screen.getByRole('list', { name: 'Fournisseurs' })).toBeTruthy();
    const active = screen.getByTestId('profile-p1');
    expect(within(active).getByText('Actif')).toBeTruthy();
    expect(within(active).getByTestId('profile-kind').textContent).toBe('WHMCS · API classique');
    expect(within(active).getByText('Adresse')).toBeTruthy();
    const demo = screen.getByTestId(`profile-${DEMO_PROFILE.id}`);
    expect(within(demo).getByRole('heading').textContent).toBe('Fournisseur de démonstration');
    expect(
      within(demo).getByRole('button', { name: 'Activer Fournisseur de démonstration' })
    ).toBeTruthy();
    const combell = screen.getByTestId('profile-cb');
    expect(within(combell).getByRole('heading').textContent).toBe('Démo Combell');
    expect(within(combell).getByTestId('profile-kind').textContent).toBe(
      'Combell · Données d’exemple intégrées'
    );
    expect(within(active).getByRole('button', { name: 'Renommer Acme Hosting' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Ajouter un fournisseur' }));
    expect(screen.getByRole('heading', { name: 'Ajouter un fournisseur' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Combell/ })).toBeTruthy();

    await user.click(within(active).getByRole('button', { name: 'Supprimer Acme Hosting' }));
    const dialog = screen.getByRole('alertdialog');
    // French puts no-break spaces inside « » and before ?.
    expect(dialog.querySelector('h2')?.textContent).toBe(
      'Supprimer «\u00a0Acme Hosting\u00a0»\u00a0?'
    );
    expect(plain(dialog.textContent)).toContain('le secret conservé dans votre trousseau');
    expect(within(dialog).getByRole('button', { name: 'Supprimer le fournisseur' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toBeTruthy();
  });

  it('lists the providers in Dutch', async () => {
    const user = userEvent.setup();
    await openPage(providersBridge('nl'), 'profiles', 'profiles');
    const active = screen.getByTestId('profile-p1');
    expect(within(active).getByText('Actief')).toBeTruthy();
    expect(within(active).getByText('Soort')).toBeTruthy();
    const combell = screen.getByTestId('profile-cb');
    expect(within(combell).getByRole('heading').textContent).toBe('Combell-demo');
    expect(
      within(combell).getByRole('button', { name: 'Wisselen naar Combell-demo' })
    ).toBeTruthy();
    await user.click(
      within(active).getByRole('button', { name: 'Naam wijzigen van Acme Hosting' })
    );
    expect(screen.getByLabelText('Nieuwe naam voor ‘Acme Hosting’')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Naam opslaan' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    await user.click(screen.getByRole('button', { name: 'Provider toevoegen' }));
    expect(screen.getByRole('heading', { name: 'Een provider toevoegen' })).toBeTruthy();
  });
});

describe('the price list', () => {
  it('reads in French: decimal comma, 1 234,50 €, packs de services, CSV issues', async () => {
    await openPage(pricesBridge('fr'), 'prices', 'prices');
    expect(priceInput('Tarif mensuel du pack de services Linux Basic').value).toBe('5,95');
    expect(priceInput('Tarif mensuel du pack de services Reseller XL').value).toBe('1234,50');
    expect(priceInput('Tarif mensuel de l’option Extra storage 10 GB').value).toBe('');
    const saved = screen.getAllByTestId('price-saved').map((chip) => plain(chip.textContent));
    expect(saved).toEqual(['5,95 €', '1 234,50 €']);
    expect(screen.getByRole('columnheader', { name: 'Tarif mensuel (EUR)' })).toBeTruthy();
    expect(screen.getAllByText('Pack de services')).toHaveLength(3);
    expect(screen.getAllByText('Sans prix').length).toBeGreaterThan(0);
    expect(plain(screen.getByTestId('price-unpriced-count').textContent)).toBe(
      '2 sur 4 sans prix : leur consommation compte comme inconnue, pas comme gratuite.'
    );
    expect(plain(document.querySelector('.prices__intro')?.textContent)).toMatch(
      /^Démo Combell : L’API de Combell ne fournit pas de prix/
    );
    expect(screen.getByRole('button', { name: 'Enregistrer les prix' })).toBeTruthy();

    const result = await importBadCsv();
    expect(plain(result.textContent)).toContain(
      'Rien n’a été importé : tarifs.csv contient 2 erreurs.'
    );
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((li) => plain(li.textContent))
    ).toEqual([
      'Ligne 3 : le type doit être servicepack ou addon, et non « pack »',
      'Ligne 4 : le prix « 1.999 » a plus de 2 décimales'
    ]);
  });

  it('reads in Dutch: decimal comma, € 1.234,50, servicepakket, typed-price problems', async () => {
    const user = userEvent.setup();
    await openPage(pricesBridge('nl'), 'prices', 'prices');
    expect(priceInput('Maandprijs van servicepakket Linux Basic').value).toBe('5,95');
    const saved = screen.getAllByTestId('price-saved').map((chip) => plain(chip.textContent));
    expect(saved).toEqual(['€ 5,95', '€ 1.234,50']);
    expect(screen.getByRole('columnheader', { name: 'Maandprijs (EUR)' })).toBeTruthy();
    expect(screen.getAllByText('Servicepakket')).toHaveLength(3);
    expect(screen.getByTestId('price-unpriced-count').textContent).toBe(
      '2 van 4 zonder prijs: het verbruik ervan telt als onbekend, niet als gratis.'
    );

    const pro = priceInput('Maandprijs van servicepakket Linux Pro');
    await user.type(pro, 'twaalf');
    await user.click(screen.getByRole('button', { name: 'Prijzen opslaan' }));
    expect(document.getElementById(pro.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Vul een bedrag in zoals 12,50, of laat het leeg.'
    );
    expect(screen.getByTestId('price-save-status').textContent).toBe(
      'Niets opgeslagen: één prijs moet worden verbeterd.'
    );

    const result = await importBadCsv();
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual([
      'Regel 3: de soort moet servicepack of addon zijn, niet ‘pack’',
      'Regel 4: prijs ‘1.999’ heeft meer dan 2 decimalen'
    ]);
  });
});
