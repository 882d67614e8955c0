/**
 * CSV writing per RFC 4180: fields with a comma, quote or line break are quoted, quotes
 * doubled. Cells that would start a spreadsheet formula are prefixed with a quote mark so a
 * ticket subject like "=HYPERLINK(…)" cannot run in the accountant's spreadsheet.
 */
export type CsvCell = string | number | boolean | null;

function escapeCell(value: CsvCell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text))
    text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Renders a header and rows as CSV text with CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(escapeCell).join(',')).join('\r\n') + '\r\n';
}

/** One CSV record with its CRLF line end, for writers that stream rows. */
export function csvLine(row: readonly CsvCell[]): string {
  return row.map(escapeCell).join(',') + '\r\n';
}
