/**
 * The tickets in French and Dutch: the inbox (headers, provider statuses in words, counts,
 * dates and relative times in the locale), a thread with the outbox states and the composer,
 * and the new-ticket form.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LanguageSetting } from '@shared/i18n/languages';
import {
  detail,
  item,
  LIST,
  openRoute,
  openThread,
  outboxItem,
  ticketsBridge
} from '../../tickets-fixtures';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const OLD = item('40', {
  subject: 'Old question',
  status: 'Closed',
  openedAt: '2026-03-14T10:00:00Z',
  lastReplyAt: '2026-03-20T10:00:00Z'
});

function bridgeIn(language: LanguageSetting) {
  const bridge = ticketsBridge([...LIST, OLD], {
    detail: detail({
      outbox: [
        outboxItem({ id: 'ob-1', state: 'queued', message: 'Still bouncing?' }),
        outboxItem({
          id: 'ob-2',
          state: 'failed',
          message: 'Any news?',
          lastError: { kind: 'provider', message: 'HTTP 503' }
        })
      ]
    })
  });
  bridge.settings = { ...bridge.settings, language, timeZone: 'Europe/Brussels' };
  return bridge;
}

async function listReady() {
  await waitFor(() =>
    expect(document.querySelector('[data-page="tickets"]')?.getAttribute('data-view-state')).toBe(
      'ready'
    )
  );
}

describe('the tickets in French', () => {
  it('lists the inbox with French headers, statuses, counts and dates', async () => {
    await openRoute(bridgeIn('fr'), 'tickets');
    await listReady();
    const table = screen.getByTestId('tickets-table');
    expect(within(table).getByRole('columnheader', { name: /Objet/ })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: /Dernière réponse/ })).toBeTruthy();
    expect(within(table).getByText('Répondu')).toBeTruthy();
    expect(within(table).getByText('Réponse client')).toBeTruthy();
    expect(within(table).getByText('Nouvelle réponse')).toBeTruthy();
    expect(within(table).getAllByText('il y a 2 heures').length).toBe(2);
    expect(within(table).getByText('14 mars 2026')).toBeTruthy();
    expect(screen.getByTestId('tickets-count').textContent).toBe('3 tickets');
    expect(screen.getByRole('radio', { name: 'En attente de vous' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nouveau ticket' })).toBeTruthy();
  });

  it('shows a thread with the outbox states, Retry and Discard, and the composer', async () => {
    await openThread(bridgeIn('fr'));
    const states = screen.getAllByTestId('outbox-state').map((node) => plain(node.textContent));
    expect(states).toEqual([
      'En file d’attente — sera envoyé dès que le fournisseur sera joignable',
      'Échec : Le fournisseur a répondu par une erreur (HTTP 503)'
    ]);
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Abandonner' }).length).toBe(2);
    expect(screen.getByRole('button', { name: 'Fermer le ticket' })).toBeTruthy();
    expect(screen.getByText('Support')).toBeTruthy();
    const composer = screen.getByTestId('composer');
    expect(within(composer).getByRole('heading', { name: 'Répondre' })).toBeTruthy();
    expect(within(composer).getByRole('radio', { name: 'Aperçu' })).toBeTruthy();
    expect(within(composer).getByRole('button', { name: 'Envoyer la réponse' })).toBeTruthy();
    expect(plain(screen.getByTestId('attachment-limits').textContent)).toContain('2 Mo');
  });

  it('refuses an empty reply in French', async () => {
    const user = userEvent.setup();
    await openThread(bridgeIn('fr'));
    await user.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));
    expect(screen.getByRole('alert').textContent).toBe('Écrivez un message avant d’envoyer.');
  });
});

describe('the tickets in Dutch', () => {
  it('lists the inbox with Dutch headers, statuses, counts and dates', async () => {
    await openRoute(bridgeIn('nl'), 'tickets');
    await listReady();
    const table = screen.getByTestId('tickets-table');
    expect(within(table).getByRole('columnheader', { name: /Onderwerp/ })).toBeTruthy();
    expect(within(table).getByText('Beantwoord')).toBeTruthy();
    expect(within(table).getAllByText('2 uur geleden').length).toBe(2);
    expect(within(table).getByText('14 mrt 2026')).toBeTruthy();
    expect(screen.getByTestId('tickets-count').textContent).toBe('3 tickets');
    expect(screen.getByRole('radio', { name: 'Wacht op u' })).toBeTruthy();
  });

  it('shows a thread with the outbox states and the composer in Dutch', async () => {
    const user = userEvent.setup();
    await openThread(bridgeIn('nl'));
    const states = screen.getAllByTestId('outbox-state').map((node) => node.textContent);
    expect(states).toEqual([
      'In de wachtrij — wordt verzonden zodra de provider bereikbaar is',
      'Mislukt: De provider antwoordde met een fout (HTTP 503)'
    ]);
    expect(screen.getByRole('button', { name: 'Opnieuw' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Verwerpen' }).length).toBe(2);
    expect(screen.getByRole('button', { name: 'Antwoord verzenden' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Voorbeeld' }));
    expect(screen.getByText('Nog niets om te tonen.')).toBeTruthy();
  });

  it('opens the new-ticket form in Dutch', async () => {
    const user = userEvent.setup();
    await openRoute(bridgeIn('nl'), 'tickets');
    await listReady();
    await user.click(screen.getByRole('button', { name: 'Nieuw ticket' }));
    const form = await screen.findByTestId('open-ticket-form');
    expect(within(form).getByRole('radio', { name: 'Normaal' })).toBeTruthy();
    expect(within(form).getByLabelText('Onderwerp')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Ticket openen' }));
    expect(within(form).getByText('Kies een afdeling.')).toBeTruthy();
    expect(within(form).getByText('Vul een onderwerp in.')).toBeTruthy();
  });
});
