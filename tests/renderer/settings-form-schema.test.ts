import { describe, expect, it } from 'vitest';
import {
  changedSince,
  draftFromSettings,
  fieldsNamedIn,
  parseThresholds,
  updateFromDraft
} from '@renderer/features/settings/settings-draft';
import { defaultSettings } from '@shared/contract';

describe('settings draft', () => {
  it('parses comma-separated thresholds and rejects anything that is not whole days', () => {
    expect(parseThresholds('60, 30 ,7,')).toEqual([60, 30, 7]);
    expect(parseThresholds('30, 1.5')).toBeNull();
    expect(parseThresholds('soon')).toBeNull();
    expect(parseThresholds(' ')).toBeNull();
  });

  it('round-trips stored settings through the draft unchanged', () => {
    const settings = { ...defaultSettings(), quietHours: { start: '23:00', end: '06:30' } };
    const conversion = updateFromDraft(draftFromSettings(settings));
    expect(conversion.ok).toBe(true);
    if (conversion.ok) expect(changedSince(conversion.update, settings)).toEqual({});
  });

  it('turns quiet hours off into null and keeps the times for when they are turned back on', () => {
    const draft = { ...draftFromSettings(defaultSettings()), quietHoursEnabled: false };
    const conversion = updateFromDraft(draft);
    expect(conversion.ok && conversion.update.quietHours).toBeNull();
    expect(draft.quietStart).toBe('22:00');
  });

  it('names the sync interval when it is not a number', () => {
    const draft = { ...draftFromSettings(defaultSettings()), syncIntervalMinutes: 'often' };
    expect(updateFromDraft(draft)).toMatchObject({ ok: false, field: 'syncIntervalMinutes' });
  });

  it('reads the low-credit amount in major units, empty as no alert, and names it when it is not an amount', () => {
    const base = draftFromSettings({ ...defaultSettings(), lowCreditThreshold: 2500 });
    expect(base.lowCreditThreshold).toBe('25.00');
    const set = updateFromDraft({ ...base, lowCreditThreshold: ' 12.5 ' });
    expect(set.ok && set.update.lowCreditThreshold).toBe(1250);
    const off = updateFromDraft({ ...base, lowCreditThreshold: '' });
    expect(off.ok && off.update.lowCreditThreshold).toBeNull();
    expect(updateFromDraft({ ...base, lowCreditThreshold: '-5' })).toMatchObject({
      ok: false,
      field: 'lowCreditThreshold'
    });
    expect(updateFromDraft({ ...base, lowCreditThreshold: 'lots' })).toMatchObject({
      ok: false,
      field: 'lowCreditThreshold'
    });
  });

  it('reports only entries that differ, comparing nested objects by value', () => {
    const base = defaultSettings();
    expect(
      changedSince(
        {
          notifications: { invoices: true, tickets: true, domains: true },
          alertThresholds: [60, 30, 14, 7, 3, 1],
          theme: 'dark'
        },
        base
      )
    ).toEqual({ theme: 'dark' });
  });

  it('finds the fields an envelope message names', () => {
    const fields = fieldsNamedIn(
      'Invalid input for settings:update: timeZone: Unknown time zone; quietHours.start: Use HH:MM'
    );
    expect([...fields].sort()).toEqual(['quietHours', 'timeZone']);
  });
});
