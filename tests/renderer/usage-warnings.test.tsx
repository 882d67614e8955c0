import { describe, expect, it } from 'vitest';
import { warningText } from '../../src-renderer/src/features/usage/usage-warnings';

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
});
