import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ok } from '@shared/result';
import { firstRunBridge } from '../../fake-bridge';
import { renderReadyApp } from '../../render-app';

async function fill(user: ReturnType<typeof userEvent.setup>, address: string): Promise<void> {
  await user.type(screen.getByLabelText('WHMCS address'), address);
  await user.type(screen.getByLabelText('API identifier'), 'api-reseller');
  await user.type(screen.getByLabelText('API secret'), 's3cret');
  await user.type(screen.getByLabelText('Client id'), '42');
}

describe('the connect form and plain-http addresses', () => {
  it('refuses an http:// provider address on the address field, saying the credentials would travel in clear text', async () => {
    const user = userEvent.setup();
    const bridge = firstRunBridge();
    await renderReadyApp(bridge);
    await fill(user, 'http://billing.acme.example');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));

    const field = screen.getByLabelText('WHMCS address');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    // The field points at the message that explains it.
    const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ');
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent ?? '');
    expect(messages.join(' ')).toMatch(/credentials would travel in clear text/);
    expect(bridge.callCount('profiles:test-connection')).toBe(0);
  });

  it('lets http:// through for this computer, where the demo provider runs', async () => {
    const user = userEvent.setup();
    const bridge = firstRunBridge();
    bridge.handle('profiles:test-connection', () =>
      ok({ ok: true, reason: null, message: 'Connected.', challenge: null })
    );
    await renderReadyApp(bridge);
    await fill(user, 'http://127.0.0.1:8080');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(bridge.callCount('profiles:test-connection')).toBe(1));
    expect(screen.getByLabelText('WHMCS address').getAttribute('aria-invalid')).toBeNull();
  });
});
