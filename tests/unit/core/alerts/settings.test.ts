import { describe, expect, it } from 'vitest';
import { alertSettingsFrom, autoRenewThresholdsOf, defaultAlertSettings } from '@main/core/alerts';
import { defaultSettings } from '@shared/contract/settings';
import { settingsWith } from './alert-fixtures';

describe('defaultAlertSettings', () => {
  it('defaults to 60/30/14/7/3/1 days, all categories on, no quiet hours, Brussels', () => {
    expect(defaultAlertSettings).toEqual({
      thresholds: [60, 30, 14, 7, 3, 1],
      autoRenewThresholds: null,
      alertAllForAutoRenew: false,
      quietHours: null,
      notify: { domains: true, tickets: true, invoices: true },
      timeZone: 'Europe/Brussels'
    });
  });

  it('matches what the stored user settings default to', () => {
    expect(alertSettingsFrom(defaultSettings())).toEqual(defaultAlertSettings);
  });
});

describe('alertSettingsFrom', () => {
  const stored = {
    timeZone: 'America/Los_Angeles',
    alertThresholds: [30, 7],
    alertAllForAutoRenew: true,
    quietHours: { start: '22:00', end: '07:00' },
    notifications: { domains: true, tickets: false, invoices: true },
    notificationsPaused: false
  };

  it('carries the stored choices over', () => {
    expect(alertSettingsFrom(stored)).toEqual({
      thresholds: [30, 7],
      autoRenewThresholds: null,
      alertAllForAutoRenew: true,
      quietHours: { start: '22:00', end: '07:00' },
      notify: { domains: true, tickets: false, invoices: true },
      timeZone: 'America/Los_Angeles'
    });
  });

  it('switches every category off while notifications are paused', () => {
    expect(alertSettingsFrom({ ...stored, notificationsPaused: true }).notify).toEqual({
      domains: false,
      tickets: false,
      invoices: false
    });
  });
});

describe('autoRenewThresholdsOf', () => {
  it('takes the two smallest thresholds of the list when none are configured', () => {
    expect(autoRenewThresholdsOf(defaultAlertSettings)).toEqual([1, 3]);
    expect(autoRenewThresholdsOf(settingsWith({ thresholds: [10, 45, 21, 10] }))).toEqual([10, 21]);
  });

  it('uses the configured list, sorted and without duplicates', () => {
    expect(autoRenewThresholdsOf(settingsWith({ autoRenewThresholds: [7, 1, 7] }))).toEqual([1, 7]);
  });
});
