/**
 * Text renderings of a PAYU month for the CLI: JSON (the month object), CSV and an aligned table.
 * Amounts stay integer minor units: the data set carries no currency code to format with (A17).
 */
import type { PayuMonth, PayuRow } from '../../core/payu';

const ROW_COLUMNS = [
  'resourceId',
  'kind',
  'parentAccountId',
  'runStart',
  'pack',
  'monthlyPrice',
  'activeHours',
  'billedHours',
  'billedDays',
  'amount',
  'status',
  'firstHour',
  'lastHour'
] as const satisfies readonly (keyof PayuRow)[];

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The month object of spec §3.11 as pretty JSON. */
export function formatJson(month: PayuMonth): string {
  return `${JSON.stringify(month, null, 2)}\n`;
}

/** Rows as CSV with a header, a blank line, then the daily breakdown as CSV. */
export function formatCsv(month: PayuMonth): string {
  const lines = [ROW_COLUMNS.join(',')];
  for (const row of month.rows)
    lines.push(ROW_COLUMNS.map((column) => csvField(row[column])).join(','));
  lines.push('', 'date,hours,amount');
  for (const day of month.daily) lines.push(`${day.date},${day.hours},${day.amount}`);
  return `${lines.join('\n')}\n`;
}

function alignedTable(
  header: readonly string[],
  body: readonly (readonly string[])[],
  rightAligned: ReadonlySet<number>
): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((line) => (line[column] ?? '').length))
  );
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        rightAligned.has(column)
          ? cell.padStart(widths[column] ?? 0)
          : cell.padEnd(widths[column] ?? 0)
      )
      .join('  ')
      .trimEnd();
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(render)];
}

/** A human readable summary, the rows and the non-empty days, aligned in columns. */
export function formatTable(month: PayuMonth): string {
  const lines = [
    `PAYU ${month.month} (${month.timeZone}), ${month.hoursInMonth} hours, ${month.monthStart} .. ${month.monthEnd}`,
    `As of ${month.asOf}: ${month.final ? 'final' : 'not final yet'}`,
    `Total ${month.total}  Estimate ${month.estimate.amount}  Pending hours ${month.estimate.pendingHours}  (minor units)`,
    `Billed accounts ${month.billedAccounts}  Billed add-ons ${month.billedAddons}  Packs ${month.packsUsed.join(', ') || '-'}`,
    ''
  ];
  const header = [
    'Resource',
    'Kind',
    'Parent',
    'Pack',
    'Price',
    'Active h',
    'Billed h',
    'Days',
    'Amount',
    'Status',
    'First hour',
    'Last hour'
  ];
  const body = month.rows.map((row) => [
    row.resourceId,
    row.kind,
    row.parentAccountId ?? '-',
    row.pack,
    String(row.monthlyPrice),
    String(row.activeHours),
    String(row.billedHours),
    String(row.billedDays),
    String(row.amount),
    row.status,
    row.firstHour,
    row.lastHour
  ]);
  lines.push(
    ...(body.length === 0
      ? ['No usage in this month.']
      : alignedTable(header, body, new Set([4, 5, 6, 7, 8]))),
    ''
  );
  const days = month.daily.filter((day) => day.hours > 0 || day.amount > 0);
  if (days.length > 0) {
    lines.push(
      ...alignedTable(
        ['Date', 'Hours', 'Amount'],
        days.map((d) => [d.date, String(d.hours), String(d.amount)]),
        new Set([1, 2])
      ),
      ''
    );
  }
  if (month.warnings.length > 0) {
    lines.push(
      `Warnings (${month.warnings.length}):`,
      ...month.warnings.map((w) => `- [${w.code}] ${w.message}`)
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
