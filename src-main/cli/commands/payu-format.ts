/**
 * Text renderings of a PAYU month for the CLI: JSON (the month object), CSV and an aligned table.
 * Amounts stay integer minor units: the data set carries no currency code to format with (A17).
 */
import type { PayuMonth, PayuRow } from '../../core/usage';
import { payuWarningText, type CodedWarning } from '@shared/i18n/warning-text';
import type { CliWords } from '../cli-words';

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

/**
 * A human readable summary, the rows and the non-empty days, aligned in columns, in the
 * language of `words`; a warning is worded from its code and values (its English message
 * when this version does not know the code).
 */
export function formatTable(month: PayuMonth, words: CliWords): string {
  const { t, i18n } = words;
  const lines = [
    t('payu.title', {
      month: month.month,
      timeZone: month.timeZone,
      hours: month.hoursInMonth,
      start: month.monthStart,
      end: month.monthEnd
    }),
    t('payu.asOf', { asOf: month.asOf, state: t(month.final ? 'payu.final' : 'payu.notFinal') }),
    t('payu.totals', {
      total: month.total,
      estimate: month.estimate.amount,
      pending: month.estimate.pendingHours
    }),
    t('payu.billed', {
      accounts: month.billedAccounts,
      addons: month.billedAddons,
      packs: month.packsUsed.join(', ') || '-'
    }),
    ''
  ];
  const header = [
    t('payu.header.resource'),
    t('payu.header.kind'),
    t('payu.header.parent'),
    t('payu.header.pack'),
    t('payu.header.price'),
    t('payu.header.activeHours'),
    t('payu.header.billedHours'),
    t('payu.header.days'),
    t('payu.header.amount'),
    t('payu.header.status'),
    t('payu.header.firstHour'),
    t('payu.header.lastHour')
  ];
  const body = month.rows.map((row) => [
    row.resourceId,
    t(`payu.kind.${row.kind}`),
    row.parentAccountId ?? '-',
    row.pack,
    String(row.monthlyPrice),
    String(row.activeHours),
    String(row.billedHours),
    String(row.billedDays),
    String(row.amount),
    t(`payu.status.${row.status}`),
    row.firstHour,
    row.lastHour
  ]);
  lines.push(
    ...(body.length === 0
      ? [t('payu.noUsage')]
      : alignedTable(header, body, new Set([4, 5, 6, 7, 8]))),
    ''
  );
  const days = month.daily.filter((day) => day.hours > 0 || day.amount > 0);
  if (days.length > 0) {
    lines.push(
      ...alignedTable(
        [t('payu.daily.date'), t('payu.daily.hours'), t('payu.daily.amount')],
        days.map((d) => [d.date, String(d.hours), String(d.amount)]),
        new Set([1, 2])
      ),
      ''
    );
  }
  if (month.warnings.length > 0) {
    const notices = i18n.getFixedT(words.language, 'notices');
    lines.push(
      t('payu.warnings', { count: month.warnings.length }),
      ...month.warnings.map(
        (w) =>
          `- [${w.code}] ${payuWarningText(notices, w as unknown as CodedWarning, (iso) => iso) ?? w.message}`
      )
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
