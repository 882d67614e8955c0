/**
 * A Combell profile in the renderer: the Combell demo from onboarding, the connect form's
 * Combell choice and its refusals, the profile row's kind, the pages and cards Combell cannot
 * fill left out (with a plain "not available" at their address), and the auto-renew switch.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { navigate } from '@renderer/lib/router';
import { err, ok } from '@shared/result';
import { combellStatus } from '../../combell-fixtures';
import { domainsBridge } from '../../domains-fixtures';
import { FakeBridge, sampleStatus } from '../../fake-bridge';
import { profileView, unsyncedSummary } from '../../onboarding-fixtures';
import { currentPage, renderReadyApp } from '../../render-app';

function combellBridge(): FakeBridge {
  const bridge = new FakeBridge();
  bridge.status = combellStatus();
  // As main sums it up for a provider without an account: not synced, but with its counts.
  bridge.handle('account:get-summary', () =>
    ok({ ...unsyncedSummary(), counts: { domains: 12, services: 9, openTickets: 0 } })
  );
  return bridge;
}

function navLinks(): string[] {
  return within(screen.getByRole('navigation'))
    .getAllByRole('link')
    .map((link) => link.textContent?.replace(/Alt\+\d$/, '') ?? '');
}

describe('a Combell profile', () => {
  it('leaves Invoices and Tickets out of the navigation, renumbering the shortcuts', async () => {
    const user = userEvent.setup();
    await renderReadyApp(combellBridge());
    expect(navLinks()).toEqual(['Dashboard', 'Usage', 'Domains', 'Services', 'Settings']);
    await user.keyboard('{Alt>}4{/Alt}');
    await waitFor(() => expect(currentPage()).toBe('services'));
  });

  it('shows every page while the capabilities are not known yet', async () => {
    const bridge = new FakeBridge();
    bridge.status = sampleStatus({ capabilities: null });
    await renderReadyApp(bridge);
    expect(navLinks()).toContain('Invoices');
    expect(navLinks()).toContain('Tickets');
  });

  it('answers the address of a page it cannot fill with "not available", not an error', async () => {
    const bridge = combellBridge();
    await renderReadyApp(bridge);
    act(() => navigate('invoices'));
    const page = await screen.findByTestId('page-unavailable');
    expect(page.getAttribute('data-page')).toBe('invoices');
    expect(page.getAttribute('data-view-state')).toBe('empty');
    expect(within(page).getByRole('heading').textContent).toBe('Not available for this provider');
    expect(page.textContent).toContain('does not offer invoices through its API');
    expect(bridge.callCount('invoices:list')).toBe(0);
    act(() => navigate('tickets'));
    await waitFor(() =>
      expect(screen.getByTestId('page-unavailable').textContent).toContain('support tickets')
    );
  });

  it('shows its domains and services on the dashboard once synced, without credit, invoices or tickets', async () => {
    await renderReadyApp(combellBridge());
    const domains = await screen.findByTestId('card-domains');
    expect(domains.querySelector('.stat-card__value')?.textContent).toBe('12');
    expect(
      screen.getByTestId('card-services').querySelector('.stat-card__value')?.textContent
    ).toBe('9');
    for (const card of ['credit', 'unpaid', 'overdue', 'tickets'])
      expect(screen.queryByTestId(`card-${card}`)).toBeNull();
    expect(screen.queryByTestId('spend-chart')).toBeNull();
  });

  it('labels a Combell profile by its kind on the Providers page', async () => {
    const bridge = combellBridge();
    bridge.handle('profiles:list', () =>
      ok({
        profiles: [
          profileView({
            id: 'cb',
            name: 'My Combell',
            kind: 'combell',
            authMode: 'classic',
            baseUrl: null,
            login: 'key-123'
          })
        ],
        activeId: 'cb'
      })
    );
    await renderReadyApp(bridge);
    act(() => navigate('profiles'));
    const row = await screen.findByTestId('profile-cb');
    expect(within(row).getByTestId('profile-kind').textContent).toBe(
      'Combell · API key and secret'
    );
    expect(within(row).getByText('API key')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Price list' }).getAttribute('href')).toBe(
      '#/prices'
    );
  });
});

describe('onboarding with Combell', () => {
  function firstRun(): FakeBridge {
    const bridge = new FakeBridge();
    bridge.status = sampleStatus({ profile: null, lastSyncAt: null });
    return bridge;
  }

  it('starts the Combell demo and leaves for the dashboard', async () => {
    const user = userEvent.setup();
    const bridge = firstRun();
    bridge.handle('profiles:use-combell-demo', () => {
      bridge.status = combellStatus();
      return ok(profileView({ id: 'cb', name: 'Combell demo', kind: 'combell', authMode: 'demo' }));
    });
    await renderReadyApp(bridge);
    await user.click(screen.getByRole('button', { name: 'Try the Combell demo' }));
    await waitFor(() => expect(currentPage()).toBe('dashboard'));
    expect(bridge.callCount('profiles:use-combell-demo')).toBe(1);
    expect(bridge.callCount('profiles:use-demo')).toBe(0);
  });

  it('tests a Combell key and secret, and says to allow the IP in the Combell panel', async () => {
    const user = userEvent.setup();
    const bridge = firstRun();
    bridge.handle('profiles:test-connection', () =>
      ok({ ok: false, reason: 'ip-not-allowed', message: 'IP not allowed', challenge: null })
    );
    await renderReadyApp(bridge);
    const form = screen.getByTestId('connect-form');
    await user.click(within(form).getByRole('radio', { name: 'Combell' }));
    expect(within(form).queryByLabelText('WHMCS address')).toBeNull();
    await user.type(within(form).getByLabelText('API key'), ' key-123 ');
    await user.type(within(form).getByLabelText('API secret'), 'secret');
    await user.click(within(form).getByRole('button', { name: 'Test connection' }));
    const verdict = await within(screen.getByTestId('connection-verdict')).findByText(
      /Combell refused this computer's IP address/
    );
    expect(verdict.textContent).toContain(
      'allowed IP addresses on the API page of the Combell panel'
    );
    expect(bridge.calls.find((c) => c.channel === 'profiles:test-connection')?.input).toEqual({
      authMode: 'hmac',
      apiKey: 'key-123',
      apiSecret: 'secret'
    });
  });

  it('names a wrong key or secret, a rate limit and an unreachable API in plain words', async () => {
    const user = userEvent.setup();
    const bridge = firstRun();
    const reasons = ['auth', 'rate-limited', 'network'] as const;
    let attempt = 0;
    bridge.handle('profiles:test-connection', () =>
      ok({ ok: false, reason: reasons[attempt++] ?? 'unknown', message: '', challenge: null })
    );
    await renderReadyApp(bridge);
    const form = screen.getByTestId('connect-form');
    await user.click(within(form).getByRole('radio', { name: 'Combell' }));
    await user.type(within(form).getByLabelText('API key'), 'k');
    await user.type(within(form).getByLabelText('API secret'), 's');
    const verdict = screen.getByTestId('connection-verdict');
    const expected = [
      /^Combell did not accept this API key and secret/,
      /^Combell is limiting requests right now \(rate limit\)/,
      /^Hostdeck could not reach the Combell API/
    ];
    for (const text of expected) {
      await user.click(within(form).getByRole('button', { name: 'Test connection' }));
      await waitFor(() => expect(verdict.textContent).toMatch(text));
    }
  });

  it('asks for the API secret before calling main, and sends an API address only when given', async () => {
    const user = userEvent.setup();
    const bridge = firstRun();
    bridge.handle('profiles:create', (input) =>
      ok(profileView({ id: 'cb', name: input.name, kind: 'combell', authMode: 'classic' }))
    );
    await renderReadyApp(bridge);
    const form = screen.getByTestId('connect-form');
    await user.click(within(form).getByRole('radio', { name: 'Combell' }));
    await user.type(within(form).getByLabelText('API key'), 'key-1');
    await user.click(within(form).getByRole('button', { name: 'Save and connect' }));
    expect(within(form).getByRole('alert').textContent).toBe('API secret is required.');
    expect(within(form).getByLabelText('API secret').getAttribute('aria-invalid')).toBe('true');
    await user.type(within(form).getByLabelText('API secret'), 'sec');
    await user.type(
      within(form).getByLabelText('API address (optional)'),
      'https://api.example.be'
    );
    await user.click(within(form).getByRole('button', { name: 'Save and connect' }));
    await waitFor(() => expect(bridge.callCount('profiles:create')).toBe(1));
    expect(bridge.calls.find((c) => c.channel === 'profiles:create')?.input).toEqual({
      name: 'Combell',
      connection: {
        authMode: 'hmac',
        apiKey: 'key-1',
        apiSecret: 'sec',
        baseUrl: 'https://api.example.be'
      }
    });
  });
});

describe('the auto-renew switch', () => {
  it('is only on a domain of a provider that allows it', async () => {
    const { bridge } = domainsBridge();
    bridge.status = sampleStatus();
    await renderReadyApp(bridge);
    act(() => navigate('domains/1'));
    await screen.findByTestId('domain-detail');
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('switches at once, and moves back with the provider’s reason when refused', async () => {
    const user = userEvent.setup();
    const { bridge, state } = domainsBridge();
    bridge.status = combellStatus();
    const domain = state.domains[0]!;
    const initial = domain.autoRenew === true;
    let answer: (value: unknown) => void = () => undefined;
    bridge.handle(
      'domains:set-auto-renew',
      () =>
        new Promise((resolve) => {
          answer = () =>
            resolve(
              err('unsupported', 'Combell does not allow switching auto-renew for this domain.')
            );
        })
    );
    await renderReadyApp(bridge);
    act(() => navigate(`domains/${domain.id}`));
    const toggle = await screen.findByRole('switch', {
      name: new RegExp(`auto-renew of ${domain.name.replace('.', '\\.')}`)
    });
    expect((toggle as HTMLInputElement).checked).toBe(initial);
    await user.click(toggle);
    await waitFor(() =>
      expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(!initial)
    );
    expect(bridge.calls.find((c) => c.channel === 'domains:set-auto-renew')?.input).toEqual({
      id: domain.id,
      autoRenew: !initial
    });
    act(() => answer(undefined));
    await waitFor(() =>
      expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(initial)
    );
    expect(
      screen.getByText(
        /Not changed: The provider does not offer this \(Combell does not allow switching auto-renew/
      )
    ).toBeTruthy();
  });
});
