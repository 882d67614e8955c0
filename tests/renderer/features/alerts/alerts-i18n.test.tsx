/**
 * The alert centre in French and in Dutch: group headings, the open count, item links and
 * the buttons' names (their object in the language), the notification card, and an overdue
 * invoice's amount and date as a Belgian reads them.
 */
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { navigate } from '@renderer/lib/router';
import type { AlertView } from '@shared/contract';
import type { LanguageSetting } from '@shared/i18n/languages';
import { domainsBridge, sampleAlerts, sampleDomains } from '../../domains-fixtures';
import { renderReadyApp } from '../../render-app';

const spaces = (text: string | null | undefined): string =>
  (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const OVERDUE: AlertView = {
  key: 'invoice:42',
  category: 'invoice',
  kind: 'invoice-overdue',
  severity: 'warning',
  text: {
    code: 'invoice-overdue',
    invoice: 'INV-0042',
    dueOn: '2026-11-01',
    balance: { amountMinor: 123_450, currency: 'EUR' }
  },
  title: 'Invoice overdue',
  body: 'Invoice INV-0042 was due on 2026-11-01',
  target: { kind: 'invoice', id: '42' },
  subject: 'INV-0042',
  domainId: null,
  snoozed: false,
  raisedAt: '2026-11-22T08:00:00Z',
  threshold: null,
  daysLeft: null
};

async function alertCentreIn(language: LanguageSetting) {
  const { bridge } = domainsBridge(sampleDomains(), [...sampleAlerts(), OVERDUE]);
  bridge.settings = { ...bridge.settings, language };
  await renderReadyApp(bridge);
  act(() => navigate('alerts'));
  return screen.findByTestId('alerts-summary');
}

function itemOf(key: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-alert-key="${key}"]`);
  if (!found) throw new Error(`no alert ${key}`);
  return found;
}

describe('the alert centre in French and Dutch', () => {
  it('speaks French', async () => {
    const summary = await alertCentreIn('fr');
    expect(summary.textContent).toBe('4 alertes ouvertes.');
    expect(screen.getByRole('heading', { name: /^Critiques/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Reportées/ })).toBeTruthy();
    const invoice = itemOf('invoice:42');
    expect(within(invoice).getByRole('link', { name: /^Ouvrir la facture/ })).toBeTruthy();
    expect(
      within(invoice).getByRole('button', { name: /l’alerte pour la facture INV-0042/ })
    ).toBeTruthy();
    expect(spaces(invoice.textContent)).toContain('1 234,50 €');
    expect(invoice.textContent).toContain('1 nov. 2026');
    expect(
      within(itemOf('ticket:9')).getByRole('link', { name: /^Ouvrir le ticket/ })
    ).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Open invoice|open alerts|Critical/);
  });

  it('speaks Dutch', async () => {
    const summary = await alertCentreIn('nl');
    expect(summary.textContent).toBe('4 open meldingen.');
    expect(screen.getByRole('heading', { name: /^Kritiek/ })).toBeTruthy();
    const invoice = itemOf('invoice:42');
    expect(within(invoice).getByRole('link', { name: /^Factuur openen/ })).toBeTruthy();
    expect(within(invoice).getByRole('link', { name: /factuur INV-0042/ })).toBeTruthy();
    expect(spaces(invoice.textContent)).toContain('€ 1.234,50');
    expect(invoice.textContent).toContain('1 nov 2026');
    expect(
      within(itemOf('domain:1')).getByRole('link', { name: /^Domeinnaam openen/ })
    ).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Open domain|open alerts|Snoozed/);
  });
});
