import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ok } from '@shared/result';
import { firstRunBridge, type FakeBridge } from '../../fake-bridge';
import { renderReadyApp } from '../../render-app';

function testableBridge(): FakeBridge {
  const bridge = firstRunBridge();
  bridge.handle('profiles:test-connection', () =>
    ok({ ok: true, reason: null, message: 'Connected.', challenge: null })
  );
  return bridge;
}

async function fillClassic(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('WHMCS address'), 'https://billing.acme.example');
  await user.type(screen.getByLabelText('API identifier'), 'api-reseller');
  await user.type(screen.getByLabelText('API secret'), 's3cret');
  await user.type(screen.getByLabelText('Client id'), '42');
}

describe("the connect form's provider time zone", () => {
  it('sends the zone the reseller typed with the connection', async () => {
    const user = userEvent.setup();
    const bridge = testableBridge();
    await renderReadyApp(bridge);
    await fillClassic(user);
    await user.type(screen.getByLabelText("Provider's time zone (optional)"), 'Europe/Brussels');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(bridge.callCount('profiles:test-connection')).toBe(1));
    expect(bridge.calls.find((c) => c.channel === 'profiles:test-connection')?.input).toMatchObject(
      { serverTimeZone: 'Europe/Brussels' }
    );
  });

  it('names a zone that does not exist instead of calling main', async () => {
    const user = userEvent.setup();
    const bridge = testableBridge();
    await renderReadyApp(bridge);
    await fillClassic(user);
    const field = screen.getByLabelText("Provider's time zone (optional)");
    await user.type(field, 'Europe/Brusels');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(screen.getByText("Provider's time zone: Unknown time zone.").getAttribute('role')).toBe(
      'alert'
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(bridge.callCount('profiles:test-connection')).toBe(0);
  });
});
