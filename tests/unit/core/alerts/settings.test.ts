import { describe, expect, it } from 'vitest';
import { alertSettingsSchema, autoRenewThresholdsOf, defaultAlertSettings } from '../../../../src-main/core/alerts';
import { settingsWith } from './alert-fixtures';

describe('alertSettingsSchema', () => {
  it('fills every default from an empty object', () => {
    expect(alertSettingsSchema.parse({})).toEqual(defaultAlertSettings);
  });

  it('defaults to 60/30/14/7/3/1 days, all categories on, no quiet hours, Brussels', () => {
    expect(defaultAlertSettings).toMatchObject({
      thresholds: [60, 30, 14, 7, 3, 1],
      autoRenewThresholds: null,
      alertAllForAutoRenew: false,
      quietHours: null,
      notify: { domains: true, tickets: true, invoices: true },
      timeZone: 'Europe/Brussels'
    });
  });

  it('rejects an unknown time zone, a malformed quiet hour and a fractional threshold', () => {
    expect(alertSettingsSchema.safeParse({ timeZone: 'Europe/Atlantis' }).success).toBe(false);
    expect(alertSettingsSchema.safeParse({ quietHours: { start: '22h', end: '07:00' } }).success).toBe(false);
    expect(alertSettingsSchema.safeParse({ thresholds: [7.5] }).success).toBe(false);
    expect(alertSettingsSchema.safeParse({ thresholds: [] }).success).toBe(false);
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
