import { describe, expect, it } from 'vitest';
import { SETTINGS_DEFAULTS, defaultSettings, settingsSchema } from '@shared/contract';
import { DEFAULT_THRESHOLDS, alertSettingsFrom, defaultAlertSettings } from '@main/core/alerts';
import { DEFAULT_TIME_ZONE } from '@main/core/time';

describe('the settings defaults', () => {
  it('are what the schema fills in for an empty settings file, key for key', () => {
    expect(defaultSettings()).toEqual(SETTINGS_DEFAULTS);
    expect(Object.keys(settingsSchema.shape).sort()).toEqual(Object.keys(SETTINGS_DEFAULTS).sort());
  });

  it("are core's fallbacks: the reseller's zone and the alert thresholds", () => {
    expect(DEFAULT_TIME_ZONE).toBe(SETTINGS_DEFAULTS.timeZone);
    expect(DEFAULT_THRESHOLDS).toEqual(SETTINGS_DEFAULTS.alertThresholds);
    expect(defaultAlertSettings).toEqual(alertSettingsFrom(defaultSettings()));
  });

  it('hand out a fresh copy, so one caller cannot change another caller’s defaults', () => {
    const first = defaultSettings();
    first.alertThresholds.push(2);
    first.notifications.domains = false;
    expect(defaultSettings().alertThresholds).toEqual([60, 30, 14, 7, 3, 1]);
    expect(defaultSettings().notifications.domains).toBe(true);
  });
});
