/**
 * A minimal PDF 1.4 writer: one A4 page of Helvetica text lines. Enough for a real, valid
 * invoice PDF without a PDF library: catalog, pages, page, font, content stream, and an
 * xref table whose offsets are exact byte positions.
 */

export interface PdfLine {
  readonly text: string;
  /** Font size in points (default 11). */
  readonly size?: number;
  /** Extra space before the line, in points. */
  readonly gapBefore?: number;
}

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 56;

/** Escapes text for a PDF literal string; characters outside Latin-1 become '?'. */
function pdfString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 63;
    if (ch === '\\' || ch === '(' || ch === ')') out += `\\${ch}`;
    else if (code < 32 || code > 255) out += '?';
    else out += ch;
  }
  return `(${out})`;
}

/** Builds a one-page PDF holding `lines` top to bottom (lines past the page end are dropped). */
export function buildPdf(lines: readonly PdfLine[], title: string): Buffer {
  const ops: string[] = ['BT'];
  let y = PAGE_HEIGHT - MARGIN;
  for (const line of lines) {
    const size = line.size ?? 11;
    y -= (line.gapBefore ?? 0) + size * 1.4;
    if (y < MARGIN) break;
    ops.push(
      `/F1 ${size} Tf`,
      `1 0 0 1 ${MARGIN} ${y.toFixed(1)} Tm`,
      `${pdfString(line.text)} Tj`
    );
  }
  ops.push('ET');
  const content = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Title ${pdfString(title)} /Producer (Hostdeck demo provider) >>`
  ];
  // Latin-1 keeps one byte per character, so string lengths are byte offsets.
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
