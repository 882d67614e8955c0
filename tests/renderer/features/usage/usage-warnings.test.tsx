import { describe, expect, it } from 'vitest';
import { warningText } from '@renderer/features/usage/usage-warnings';
import { applyLanguage } from '@renderer/lib/i18n';

describe('usage warning wording', () => {
  it("words a snapshot gap in the reseller's zone, not in UTC", () => {
    const text = warningText(
      {
        code: 'missing-snapshots',
        message: 'raw engine text',
        from: '2026-11-10T02:00:00Z',
        to: '2026-11-10T05:00:00Z',
        hours: 3
      },
      'Europe/Brussels'
    );
    expect(text).toMatch(/^3 hourly snapshots missing/);
    expect(text).toContain('03:00');
    expect(text).toContain('06:00');
    expect(text).not.toMatch(/T0\d:00:00Z/);
  });

  it('keeps the engine sentence for other warnings', () => {
    expect(
      warningText(
        { code: 'established-run', message: 'acc-1 was running before the first snapshot' },
        'Europe/Brussels'
      )
    ).toBe('acc-1 was running before the first snapshot');
  });

  it('writes the other kinds from their values in the chosen language, times in the zone', () => {
    const warning = {
      code: 'addon-parent-absent',
      message: 'Parent account acc-9 of add-on addon-7 is absent',
      resourceId: 'addon-7',
      parentAccountId: 'acc-9',
      firstHour: '2026-11-03T10:00:00Z'
    };
    applyLanguage('fr', ['fr-BE']);
    const french = warningText(warning, 'Europe/Brussels');
    expect(french).toMatch(/^Le compte parent acc-9 de l’option addon-7 manque/);
    expect(french).toContain('11:00');
    applyLanguage('nl', ['nl-BE']);
    expect(warningText(warning, 'Europe/Brussels')).toMatch(
      /^Bovenliggend account acc-9 van add-on addon-7 ontbreekt/
    );
  });
});
