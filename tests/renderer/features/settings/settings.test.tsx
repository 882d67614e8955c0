import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { err } from '@shared/result';
import { FakeBridge } from '../../fake-bridge';
import { renderReadyApp } from '../../render-app';

async function openSettings(bridge = new FakeBridge()) {
  window.history.replaceState(null, '', '/#/settings');
  const rendered = await renderReadyApp(bridge);
  const form = await screen.findByRole('form', { name: 'Settings' });
  return { ...rendered, form };
}

function lastUpdate(bridge: FakeBridge): unknown {
  return bridge.calls.filter((call) => call.channel === 'settings:update').at(-1)?.input;
}

describe('settings page', () => {
  it('fills the form from settings:get', async () => {
    const bridge = new FakeBridge();
    bridge.settings = {
      ...bridge.settings,
      timeZone: 'America/New_York',
      quietHours: { start: '21:30', end: '06:45' }
    };
    await openSettings(bridge);
    expect((screen.getByLabelText('Time zone') as HTMLInputElement).value).toBe('America/New_York');
    expect((screen.getByLabelText('Sync interval (minutes)') as HTMLInputElement).value).toBe('30');
    expect((screen.getByLabelText(/Alert thresholds/) as HTMLInputElement).value).toBe(
      '60, 30, 14, 7, 3, 1'
    );
    expect(
      (screen.getByLabelText('Hold notifications during quiet hours') as HTMLInputElement).checked
    ).toBe(true);
    expect((screen.getByLabelText('Quiet hours start') as HTMLInputElement).value).toBe('21:30');
    expect((screen.getByLabelText('Theme') as HTMLSelectElement).value).toBe('system');
  });

  it('saves the changed fields with settings:update and says "Saved"', async () => {
    const user = userEvent.setup();
    const { bridge } = await openSettings();
    await user.selectOptions(screen.getByLabelText('Theme'), 'dark');
    const interval = screen.getByLabelText('Sync interval (minutes)');
    await user.clear(interval);
    await user.type(interval, '60');
    await user.click(screen.getByLabelText('Start Hostdeck when I log in'));
    await user.click(screen.getByLabelText('Tickets'));
    await user.click(screen.getByLabelText('Pause notifications'));
    const thresholds = screen.getByLabelText(/Alert thresholds/);
    await user.clear(thresholds);
    await user.type(thresholds, '45, 10,2');
    await user.click(screen.getByLabelText('Alert at every threshold for auto-renewing domains'));
    await user.click(screen.getByLabelText('Hold notifications during quiet hours'));
    await user.selectOptions(screen.getByLabelText('Invoice PDFs kept for offline use'), 'all');
    await user.type(screen.getByLabelText('Low-credit alert below'), '50.5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const status = await screen.findByText('Saved');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(lastUpdate(bridge)).toEqual({
      theme: 'dark',
      language: 'system',
      timeZone: 'Europe/Brussels',
      syncIntervalMinutes: 60,
      closeToTray: false,
      startAtLogin: true,
      notifications: { domains: true, tickets: false, invoices: true },
      notificationsPaused: true,
      alertThresholds: [45, 10, 2],
      alertAllForAutoRenew: true,
      quietHours: { start: '22:00', end: '07:00' },
      allowWeakSecretStorage: false,
      pdfCacheScope: 'all',
      lowCreditThreshold: 5050
    });
    expect(bridge.settings.syncIntervalMinutes).toBe(60);
    // The saved theme applies at once.
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  it('shows the envelope error for an unknown time zone and marks the field invalid', async () => {
    const user = userEvent.setup();
    const { bridge } = await openSettings();
    const zone = screen.getByLabelText('Time zone');
    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const message = await screen.findByText(
      'The request was not valid (Invalid input for settings:update: timeZone: Unknown time zone)'
    );
    expect(message.getAttribute('aria-live')).toBe('polite');
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    expect(zone.getAttribute('aria-describedby')).toContain(message.id);
    expect(bridge.settings.timeZone).toBe('Europe/Brussels');
    expect(screen.queryByText('Saved')).toBeNull();
  });

  it("marks the inputs main's issues name by path, whatever its English message says", async () => {
    const user = userEvent.setup();
    const bridge = new FakeBridge();
    bridge.handle('settings:update', () =>
      err('invalid-input', 'Invalid input for settings:update: time zone, threshold', undefined, {
        code: 'invalid-input',
        issues: [
          { path: ['syncIntervalMinutes'], message: 'Too small: expected number to be >=5' },
          { path: ['quietHours', 'end'], message: 'Use HH:MM (24-hour)' }
        ]
      })
    );
    await openSettings(bridge);
    await user.click(screen.getByLabelText('Hold notifications during quiet hours'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const message = await screen.findByText('The request was not valid.');
    const invalid = (label: string | RegExp) =>
      screen.getByLabelText(label).getAttribute('aria-invalid');
    expect(invalid('Sync interval (minutes)')).toBe('true');
    expect(invalid('Quiet hours end')).toBe('true');
    expect(screen.getByLabelText('Quiet hours end').getAttribute('aria-describedby')).toContain(
      message.id
    );
    expect(invalid('Quiet hours start')).toBeNull();
    expect(invalid('Time zone')).toBeNull();
    expect(invalid(/Alert thresholds/)).toBeNull();
  });

  it("says the form's own check and main's refusal in Dutch, on the fields they concern", async () => {
    const user = userEvent.setup();
    const bridge = new FakeBridge();
    bridge.settings = { ...bridge.settings, language: 'nl' };
    bridge.handle('settings:update', () =>
      err(
        'invalid-input',
        'Invalid input for settings:update: timeZone: Unknown time zone',
        undefined,
        {
          code: 'invalid-input',
          issues: [{ path: ['timeZone'], message: 'Unknown time zone' }]
        }
      )
    );
    window.history.replaceState(null, '', '/#/settings');
    await renderReadyApp(bridge);
    await screen.findByRole('form', { name: 'Instellingen' });
    const interval = screen.getByLabelText('Synchronisatie-interval (minuten)');
    await user.clear(interval);
    await user.type(interval, 'vaak');
    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    expect(
      await screen.findByText('Synchronisatie-interval: vul een geheel aantal minuten in.')
    ).toBeTruthy();
    expect(interval.getAttribute('aria-invalid')).toBe('true');
    expect(bridge.callCount('settings:update')).toBe(0);

    await user.clear(interval);
    await user.type(interval, '45');
    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    expect(await screen.findByText('Het verzoek was niet geldig.')).toBeTruthy();
    expect(screen.getByLabelText('Tijdzone').getAttribute('aria-invalid')).toBe('true');
    expect(interval.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows any other error message from the envelope as sent', async () => {
    const user = userEvent.setup();
    const bridge = new FakeBridge();
    bridge.handle('settings:update', () => err('internal', 'Could not write the settings file.'));
    await openSettings(bridge);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findByText(
        'Hostdeck hit an unexpected error (Could not write the settings file.)'
      )
    ).toBeTruthy();
  });

  it('rejects thresholds that are not numbers before sending anything', async () => {
    const user = userEvent.setup();
    const { bridge } = await openSettings();
    const thresholds = screen.getByLabelText(/Alert thresholds/);
    await user.clear(thresholds);
    await user.type(thresholds, '30, soon');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Alert thresholds: enter whole days/)).toBeTruthy();
    expect(thresholds.getAttribute('aria-invalid')).toBe('true');
    expect(bridge.callCount('settings:update')).toBe(0);
  });

  it('clears "Saved" as soon as something is edited again', async () => {
    const user = userEvent.setup();
    await openSettings();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved');
    await user.click(screen.getByLabelText('Domains'));
    expect(screen.queryByText('Saved')).toBeNull();
  });

  it('follows settings changed elsewhere while nothing is being edited', async () => {
    const { bridge } = await openSettings();
    bridge.settings = { ...bridge.settings, notificationsPaused: true };
    act(() => bridge.emit('cache:changed', { scopes: ['settings'] }));
    await waitFor(() =>
      expect((screen.getByLabelText('Pause notifications') as HTMLInputElement).checked).toBe(true)
    );
  });

  it('does not undo a change made elsewhere when saving an edit', async () => {
    const user = userEvent.setup();
    const { bridge } = await openSettings();
    const interval = screen.getByLabelText('Sync interval (minutes)');
    await user.clear(interval);
    await user.type(interval, '15');
    // The tray pauses notifications while the form has unsaved edits.
    bridge.settings = { ...bridge.settings, notificationsPaused: true };
    const reads = bridge.callCount('settings:get');
    act(() => bridge.emit('cache:changed', { scopes: ['settings'] }));
    await waitFor(() => expect(bridge.callCount('settings:get')).toBe(reads + 1));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved');
    expect(lastUpdate(bridge)).toMatchObject({
      syncIntervalMinutes: 15,
      notificationsPaused: true
    });
    expect(bridge.settings.notificationsPaused).toBe(true);
    expect((screen.getByLabelText('Pause notifications') as HTMLInputElement).checked).toBe(true);
  });

  it('shows version, shell, data dir, log dir and secret storage from app:get-status', async () => {
    await openSettings();
    const about = screen.getByRole('region', { name: 'About this installation' });
    const content = within(about);
    expect(content.getByText('0.1.0')).toBeTruthy();
    expect(content.getByText('Web shell (browser)')).toBeTruthy();
    expect(content.getByText('/home/reseller/.local/share/hostdeck')).toBeTruthy();
    expect(content.getByText('/home/reseller/.local/share/hostdeck/logs')).toBeTruthy();
    expect(content.getByText('OS keychain')).toBeTruthy();
  });
});
