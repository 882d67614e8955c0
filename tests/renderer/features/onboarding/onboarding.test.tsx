import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '@shared/result';
import type { InvokeOutput } from '@shared/contract';
import { firstRunBridge, sampleStatus } from '../../fake-bridge';
import { DEMO_PROFILE, profileView } from '../../onboarding-fixtures';
import { currentPage, renderReadyApp } from '../../render-app';

type TestResult = InvokeOutput<'profiles:test-connection'>;

function verdict(): HTMLElement {
  return screen.getByTestId('connection-verdict');
}

async function fillClassic(user: ReturnType<typeof userEvent.setup>, secret = 's3cret') {
  await user.type(screen.getByLabelText('WHMCS address'), 'https://billing.acme.example');
  await user.type(screen.getByLabelText('API identifier'), 'api-reseller');
  await user.type(screen.getByLabelText('API secret'), secret);
  await user.type(screen.getByLabelText('Client id'), '42');
}

describe('onboarding', () => {
  it('replaces the pages with the first-run screen while no profile exists', async () => {
    await renderReadyApp(firstRunBridge());
    expect(currentPage()).toBe('onboarding');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Hostdeck');
    expect(screen.getByRole('button', { name: 'Try the demo provider' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Connect your provider' })).toBeTruthy();
    expect(screen.getByText("Stored in your OS keychain, never in Hostdeck's files.")).toBeTruthy();
  });

  it('starts the demo provider and then shows the dashboard, labelled as the demo', async () => {
    const user = userEvent.setup();
    const bridge = firstRunBridge();
    bridge.handle('profiles:use-demo', () => {
      bridge.status = sampleStatus({
        profile: { id: 'demo', name: 'Demo provider', kind: 'demo' }
      });
      return ok(DEMO_PROFILE);
    });
    await renderReadyApp(bridge);
    await user.click(screen.getByRole('button', { name: 'Try the demo provider' }));
    await waitFor(() => expect(currentPage()).toBe('dashboard'));
    expect(bridge.callCount('profiles:use-demo')).toBe(1);
    expect(window.location.hash).toBe('#/dashboard');
    // Named "Demo provider" by main; the badge would only repeat the name.
    expect(
      within(screen.getByTestId('status-profile')).getByRole('link', { name: 'Demo provider' })
    ).toBeTruthy();
  });

  it('says so when the demo provider cannot start', async () => {
    const user = userEvent.setup();
    const bridge = firstRunBridge();
    bridge.handle('profiles:use-demo', () =>
      err('unsupported', 'The demo provider is not available in this build.')
    );
    await renderReadyApp(bridge);
    await user.click(screen.getByRole('button', { name: 'Try the demo provider' }));
    await waitFor(() =>
      expect(
        screen.getByText(
          'The demo provider could not start: The provider does not offer this (The demo provider is not available in this build.)'
        )
      ).toBeTruthy()
    );
    expect(currentPage()).toBe('onboarding');
  });

  it('keeps Settings reachable during onboarding', async () => {
    window.history.replaceState(null, '', '#/settings');
    await renderReadyApp(firstRunBridge());
    expect(currentPage()).toBe('settings');
  });
});

describe('the connect form', () => {
  it('names the missing field instead of calling main', async () => {
    const user = userEvent.setup();
    const bridge = firstRunBridge();
    await renderReadyApp(bridge);
    await user.type(screen.getByLabelText('WHMCS address'), 'https://billing.acme.example');
    await user.type(screen.getByLabelText('API identifier'), 'api-reseller');
    await user.type(screen.getByLabelText('API secret'), 's3cret');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(screen.getByText('Client id is required.').getAttribute('role')).toBe('alert');
    expect(screen.getByLabelText('Client id').getAttribute('aria-invalid')).toBe('true');
    expect(bridge.callCount('profiles:test-connection')).toBe(0);
  });

  it('shows "Testing…" on a disabled button while the test runs, then a success verdict', async () => {
    const user = userEvent.setup();
    const bridge = firstRunBridge();
    let answer: (result: Result<TestResult>) => void = () => undefined;
    bridge.handle(
      'profiles:test-connection',
      () => new Promise<Result<TestResult>>((resolve) => (answer = resolve))
    );
    await renderReadyApp(bridge);
    await fillClassic(user);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const busy = await screen.findByRole('button', { name: 'Testing…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Save and connect' }) as HTMLButtonElement).disabled
    ).toBe(true);
    answer(ok({ ok: true, reason: null, message: 'Connected.', challenge: null }));
    await waitFor(() => expect(verdict().textContent).toContain('Connection works.'));
    expect(verdict().getAttribute('aria-live')).toBe('polite');
    expect(bridge.calls.find((c) => c.channel === 'profiles:test-connection')?.input).toEqual({
      authMode: 'classic',
      baseUrl: 'https://billing.acme.example',
      identifier: 'api-reseller',
      secret: 's3cret',
      clientId: '42'
    });
  });

  it.each([
    ['auth', /Authentication failed/],
    ['ip-not-allowed', /does not allow API access from this computer's IP address/],
    ['network', /could not reach that address/],
    ['protocol', /did not answer like a WHMCS installation/]
  ] as const)('explains a %s failure in plain words', async (reason, expected) => {
    const user = userEvent.setup();
    const bridge = firstRunBridge();
    bridge.handle('profiles:test-connection', () =>
      ok({ ok: false, reason, message: 'Provider said no', challenge: null })
    );
    await renderReadyApp(bridge);
    await fillClassic(user);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(verdict().textContent).toMatch(expected));
    expect(verdict().textContent).toContain('Provider said no');
  });

  it('asks for the second factor and resubmits with the challenge and the code', async () => {
    const user = userEvent.setup();
    const bridge = firstRunBridge();
    bridge.handle('profiles:test-connection', (input) =>
      'secondFactor' in input && input.secondFactor
        ? ok({ ok: true, reason: null, message: 'Connected.', challenge: null })
        : ok({ ok: false, reason: 'second-factor', message: 'Code needed', challenge: 'ch-1' })
    );
    await renderReadyApp(bridge);
    await user.type(screen.getByLabelText('WHMCS address'), 'https://billing.acme.example');
    await user.click(screen.getByLabelText('WHMCS 9 client login'));
    await user.type(screen.getByLabelText('E-mail'), 'jane@acme.example');
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const code = await screen.findByLabelText('Verification code');
    expect(verdict().textContent).toContain('two-step verification');
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Verify code' }));
    await waitFor(() => expect(verdict().textContent).toContain('Connection works.'));
    const calls = bridge.calls.filter((c) => c.channel === 'profiles:test-connection');
    expect(calls[1]?.input).toMatchObject({
      authMode: 'rest',
      email: 'jane@acme.example',
      secondFactor: { challenge: 'ch-1', code: '123456' }
    });
  });

  it('shows the envelope message when saving fails, and stays on the form', async () => {
    const user = userEvent.setup();
    const bridge = firstRunBridge();
    bridge.handle('profiles:create', () => err('auth', 'Authentication Failed: wrong secret'));
    await renderReadyApp(bridge);
    await fillClassic(user, 'wrong');
    await user.click(screen.getByRole('button', { name: 'Save and connect' }));
    await waitFor(() =>
      expect(
        screen.getByText('The provider did not accept the credentials').getAttribute('role')
      ).toBe('alert')
    );
    expect(currentPage()).toBe('onboarding');
  });

  it('saves with the host name as profile name and opens the dashboard', async () => {
    const user = userEvent.setup();
    const bridge = firstRunBridge();
    bridge.handle('profiles:create', (input) => {
      bridge.status = sampleStatus({ profile: { id: 'p1', name: input.name, kind: 'whmcs' } });
      return ok(profileView({ name: input.name }));
    });
    await renderReadyApp(bridge);
    await fillClassic(user);
    await user.click(screen.getByRole('button', { name: 'Save and connect' }));
    await waitFor(() => expect(currentPage()).toBe('dashboard'));
    expect(bridge.calls.find((c) => c.channel === 'profiles:create')?.input).toMatchObject({
      name: 'billing.acme.example'
    });
    expect(within(screen.getByTestId('status-profile')).getByRole('link').textContent).toBe(
      'billing.acme.example'
    );
  });
});
