/** The Usage chart's figures per local day (the drawing and its table read the same). */
import type { UsageMonthView } from '@shared/contract';

export interface DayDatum {
  readonly day: string;
  readonly date: string;
  readonly charged: number;
  readonly estimated: number;
}

/** Merges the actual daily amounts with the estimated remainder, per local date. */
export function chartData(
  view: UsageMonthView,
  report: NonNullable<UsageMonthView['report']>
): DayDatum[] {
  const estimated = new Map(view.estimatedDays.map((d) => [d.date, d.amount]));
  return report.daily.map((d) => ({
    day: String(Number(d.date.slice(8, 10))),
    date: d.date,
    charged: d.amount,
    estimated: estimated.get(d.date) ?? 0
  }));
}
