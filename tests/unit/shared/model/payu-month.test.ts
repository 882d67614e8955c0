import { describe, expect, it } from 'vitest';
import { usageReportSchema, usageRowSchema } from '@shared/contract';
import { payuMonthSchema, payuRowSchema, payuWarningSchema } from '@shared/model';
import { account, addon, monthOf, snapshotsFor } from '../../core/usage/helpers';

describe('the PAYU month types, declared once in the model', () => {
  // A charged account, a short-lived (free) one, an add-on without its parent and a gap.
  const month = monthOf(
    snapshotsFor(
      '2026-10-31T23:00:00Z',
      '2026-11-10T00:00:00Z',
      [
        {
          item: account('a1', 'basic', 1000),
          from: '2026-11-01T00:00:00Z',
          to: '2026-11-09T00:00:00Z'
        },
        {
          item: account('a2', 'pro', 2500),
          from: '2026-11-02T00:00:00Z',
          to: '2026-11-02T10:00:00Z'
        },
        { item: addon('x1', 'gone'), from: '2026-11-03T00:00:00Z', to: '2026-11-05T00:00:00Z' }
      ],
      ['2026-11-04T05:00:00Z']
    ),
    '2026-11',
    '2026-11-10T00:00:00Z',
    'UTC'
  );

  it("describes exactly what the engine computes (the schema's output is the engine's month)", () => {
    expect(month.rows.map((row) => row.status)).toContain('free');
    expect(month.warnings.length).toBeGreaterThan(0);
    expect(payuMonthSchema.parse(month)).toEqual(month);
    for (const warning of month.warnings) expect(payuWarningSchema.parse(warning)).toEqual(warning);
  });

  it("builds the contract's report and rows from the model's fields, in the same order", () => {
    const modelKeys = Object.keys(payuMonthSchema.shape).filter((key) => key !== 'rows');
    const reportKeys = Object.keys(usageReportSchema.shape).filter(
      (key) => key !== 'rowCount' && key !== 'warningCounts'
    );
    expect(reportKeys).toEqual(modelKeys);
    expect(usageReportSchema.shape.daily.unwrap().element).toBe(
      payuMonthSchema.shape.daily.unwrap().element.unwrap()
    );
    expect(
      Object.keys(usageRowSchema.shape).slice(0, Object.keys(payuRowSchema.shape).length)
    ).toEqual(Object.keys(payuRowSchema.shape));
    expect(usageRowSchema.shape.status).toBe(payuRowSchema.shape.status);
  });

  it('refuses a row whose status the engine does not know', () => {
    const row = month.rows[0]!;
    expect(payuRowSchema.safeParse(row).success).toBe(true);
    expect(payuRowSchema.safeParse({ ...row, status: 'billed' }).success).toBe(false);
  });
});
