/**
 * A failed call reads in the chosen language: core sends a code and values next to its English
 * message (for logs), and the screen writes the sentence from the code (namespace `errors`).
 */
import userEvent from '@testing-library/user-event';
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LanguageSetting } from '@shared/i18n/languages';
import { err } from '@shared/result';
import { navigate } from '@renderer/lib/router';
import { billingBridge, openRoute } from '../billing-fixtures';
import { FakeBridge } from '../fake-bridge';
import { renderReadyApp } from '../render-app';

const ENGLISH = 'No provider is connected yet. Connect one in Settings or use the demo provider.';

function bridgeIn(language: LanguageSetting) {
  const bridge = billingBridge();
  bridge.settings = { ...bridge.settings, language };
  return bridge;
}

describe('failures in the chosen language', () => {
  it('says in French why the domains could not be loaded, none of core’s English', async () => {
    const bridge = new FakeBridge();
    bridge.settings = { ...bridge.settings, language: 'fr' };
    bridge.handle('domains:list', () =>
      err('not-found', ENGLISH, undefined, { code: 'no-provider-connected' })
    );
    await renderReadyApp(bridge);
    act(() => navigate('domains'));
    await waitFor(() =>
      expect(document.querySelector('[data-page="domains"]')?.getAttribute('data-view-state')).toBe(
        'error'
      )
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'Aucun fournisseur n’est encore connecté. Connectez-en un dans les Paramètres'
    );
    expect(alert.textContent).not.toMatch(/No provider|connected yet/);
  });

  it('says in Dutch why Pay cannot open a page', async () => {
    const user = userEvent.setup();
    const bridge = bridgeIn('nl');
    bridge.handle('invoices:pay-url', () =>
      err('unsupported', 'The demo provider has no payment page a browser could open.', undefined, {
        code: 'demo-no-payment-page'
      })
    );
    await openRoute(bridge, 'invoices/75');
    await waitFor(() =>
      expect(
        document.querySelector('[data-page="invoices"]')?.getAttribute('data-view-state')
      ).toBe('ready')
    );
    await user.click(screen.getByRole('button', { name: 'Betalen' }));
    await waitFor(() =>
      expect(screen.getByTestId('invoice-action-outcome').textContent).toBe(
        'De demoprovider heeft geen betaalpagina om te openen.'
      )
    );
  });
});
