import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { err } from '@shared/result';
import { firstRunBridge } from '../../fake-bridge';
import { renderReadyApp } from '../../render-app';

/** Main's refusal of invalid input, as dispatch sends it. */
const refusal = (path: (string | number)[], message: string) =>
  err('invalid-input', `Invalid input: ${path.join('.')}: ${message}`, undefined, {
    code: 'invalid-input',
    issues: [{ path, message }]
  });

const invalid = (form: HTMLElement, label: string) =>
  within(form).getByLabelText(label).getAttribute('aria-invalid');

describe("the connect form and main's issues", () => {
  it('marks the input a refusal of profiles:create points at, and an edit clears it', async () => {
    const user = userEvent.setup();
    const bridge = firstRunBridge();
    bridge.handle('profiles:create', () => refusal(['connection', 'clientId'], 'Too big'));
    await renderReadyApp(bridge);
    const form = screen.getByTestId('connect-form');
    await user.type(within(form).getByLabelText('WHMCS address'), 'https://billing.acme.example');
    await user.type(within(form).getByLabelText('API identifier'), 'api-reseller');
    await user.type(within(form).getByLabelText('API secret'), 's3cret');
    await user.type(within(form).getByLabelText('Client id'), '42');
    await user.click(within(form).getByRole('button', { name: 'Save and connect' }));

    const alert = within(form).getByRole('alert');
    await waitFor(() => expect(alert.textContent).toBe('The request was not valid.'));
    expect(invalid(form, 'Client id')).toBe('true');
    expect(within(form).getByLabelText('Client id').getAttribute('aria-describedby')).toContain(
      alert.id
    );
    expect(invalid(form, 'WHMCS address')).toBeNull();
    expect(invalid(form, 'API identifier')).toBeNull();

    await user.type(within(form).getByLabelText('Client id'), '0');
    expect(invalid(form, 'Client id')).toBeNull();
    expect(alert.textContent).toBe('');
  });

  it("puts a refused Combell API root on the API address field, not WHMCS's", async () => {
    const user = userEvent.setup();
    const bridge = firstRunBridge();
    bridge.handle('profiles:test-connection', () => refusal(['baseUrl'], 'Invalid URL'));
    await renderReadyApp(bridge);
    const form = screen.getByTestId('connect-form');
    await user.click(within(form).getByRole('radio', { name: 'Combell' }));
    await user.type(within(form).getByLabelText('API key'), 'key-1');
    await user.type(within(form).getByLabelText('API secret'), 'sec');
    await user.type(within(form).getByLabelText('API address (optional)'), 'https://api.example');
    await user.click(within(form).getByRole('button', { name: 'Test connection' }));

    await waitFor(() => expect(invalid(form, 'API address (optional)')).toBe('true'));
    expect(invalid(form, 'API key')).toBeNull();
    expect(within(form).getByRole('alert').textContent).toBe('The request was not valid.');
  });
});
