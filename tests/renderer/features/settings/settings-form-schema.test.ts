import { describe, expect, it } from 'vitest';
import {
  changedSince,
  formFieldsAt,
  formValuesFrom,
  parseThresholds,
  settingsFormSchemaFor,
  type SettingsFormValues
} from '@renderer/features/settings/settings-form-schema';
import { defaultSettings } from '@shared/contract';

/**
 * The update the form sends for `values`, or the fields its own check refuses, for an account
 * whose currency has `digits` minor digits.
 */
function submit(values: SettingsFormValues, digits = 2) {
  const parsed = settingsFormSchemaFor(digits).safeParse(values);
  return parsed.success
    ? ({ ok: true, update: parsed.data } as const)
    : ({
        ok: false,
        fields: parsed.error.issues.map((issue) => issue.path.join('.')),
        messages: parsed.error.issues.map((issue) => issue.message)
      } as const);
}

describe('settings form schema', () => {
  it('parses comma-separated thresholds and rejects anything that is not whole days', () => {
    expect(parseThresholds('60, 30 ,7,')).toEqual([60, 30, 7]);
    expect(parseThresholds('30, 1.5')).toBeNull();
    expect(parseThresholds('soon')).toBeNull();
    expect(parseThresholds(' ')).toBeNull();
  });

  it('round-trips stored settings through the form unchanged', () => {
    const settings = { ...defaultSettings(), quietHours: { start: '23:00', end: '06:30' } };
    const conversion = submit(formValuesFrom(settings, 2));
    expect(conversion.ok).toBe(true);
    if (conversion.ok) expect(changedSince(conversion.update, settings)).toEqual({});
  });

  it('turns quiet hours off into null and keeps the times for when they are turned back on', () => {
    const values = { ...formValuesFrom(defaultSettings(), 2), quietHoursEnabled: false };
    const conversion = submit(values);
    expect(conversion.ok && conversion.update.quietHours).toBeNull();
    expect(values.quietStart).toBe('22:00');
  });

  it('names the sync interval when it is not a number', () => {
    const values = { ...formValuesFrom(defaultSettings(), 2), syncIntervalMinutes: 'often' };
    expect(submit(values)).toMatchObject({
      ok: false,
      fields: ['syncIntervalMinutes'],
      messages: ['syncIntervalMinutes']
    });
  });

  it('names every unreadable field at once, and leaves ranges and zones to main', () => {
    const values = {
      ...formValuesFrom(defaultSettings(), 2),
      syncIntervalMinutes: ' 2 ',
      timeZone: 'Mars/Olympus',
      alertThresholds: '30, soon',
      lowCreditThreshold: 'lots'
    };
    expect(submit(values)).toMatchObject({
      ok: false,
      fields: ['alertThresholds', 'lowCreditThreshold']
    });
    const ranged = submit({ ...values, alertThresholds: '999', lowCreditThreshold: '' });
    expect(ranged.ok && ranged.update).toMatchObject({
      syncIntervalMinutes: 2,
      timeZone: 'Mars/Olympus',
      alertThresholds: [999]
    });
  });

  it('reads the low-credit amount in major units, empty as no alert, and names it when it is not an amount', () => {
    const base = formValuesFrom({ ...defaultSettings(), lowCreditThreshold: 2500 }, 2);
    expect(base.lowCreditThreshold).toBe('25.00');
    const set = submit({ ...base, lowCreditThreshold: ' 12.5 ' });
    expect(set.ok && set.update.lowCreditThreshold).toBe(1250);
    const comma = submit({ ...base, lowCreditThreshold: '50,50' });
    expect(comma.ok && comma.update.lowCreditThreshold).toBe(5050);
    const off = submit({ ...base, lowCreditThreshold: '' });
    expect(off.ok && off.update.lowCreditThreshold).toBeNull();
    expect(submit({ ...base, lowCreditThreshold: '-5' })).toMatchObject({
      ok: false,
      fields: ['lowCreditThreshold']
    });
    expect(submit({ ...base, lowCreditThreshold: 'lots' })).toMatchObject({
      ok: false,
      fields: ['lowCreditThreshold']
    });
  });

  it("reads and shows the low-credit amount in the account currency's own digits", () => {
    // JPY has no minor digits: 5,000 yen is stored as 5000 and typed as "5000".
    const yen = formValuesFrom({ ...defaultSettings(), lowCreditThreshold: 5_000 }, 0);
    expect(yen.lowCreditThreshold).toBe('5000');
    const typed = submit({ ...yen, lowCreditThreshold: '7500' }, 0);
    expect(typed.ok && typed.update.lowCreditThreshold).toBe(7_500);
    // KWD has three: "12.5" dinars is 12,500 fils.
    const dinars = submit({ ...yen, lowCreditThreshold: '12.5' }, 3);
    expect(dinars.ok && dinars.update.lowCreditThreshold).toBe(12_500);
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

  it("finds the inputs main's issues point at, by path", () => {
    expect(
      formFieldsAt([
        { path: ['timeZone'], message: 'Unknown time zone' },
        { path: ['quietHours', 'start'], message: 'Use HH:MM (24-hour)' },
        { path: ['alertThresholds', 2], message: 'Too big' },
        { path: ['notifications', 'tickets'], message: 'Expected boolean' }
      ]).sort()
    ).toEqual(['alertThresholds', 'notifyTickets', 'quietStart', 'timeZone']);
    // A whole object refused marks all of its inputs; a path the form has no input for, none.
    expect(formFieldsAt([{ path: ['quietHours'], message: 'Expected object' }]).sort()).toEqual([
      'quietEnd',
      'quietStart'
    ]);
    expect(formFieldsAt([{ path: [], message: 'Unrecognized key: "colour"' }])).toEqual([]);
    expect(formFieldsAt([{ path: ['language'], message: 'Invalid option' }])).toEqual([]);
  });
});
