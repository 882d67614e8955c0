import { describe, expect, it } from 'vitest';
import { buildPdf } from '@main/demo-provider/pdf';
import { pdfStructureProblems, pdfText } from '../../integration/demo-provider/pdf-structure';

describe('buildPdf', () => {
  it('writes a PDF 1.4 whose xref offsets point at each object', () => {
    const bytes = buildPdf(
      [{ text: 'Invoice #1', size: 14 }, { text: 'Total: 12.50 EUR' }],
      'Invoice 1'
    );
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(pdfStructureProblems(bytes)).toEqual([]);
    expect(pdfText(bytes)).toBe('Invoice #1\nTotal: 12.50 EUR');
  });

  it('escapes parentheses and backslashes and replaces characters outside Latin-1', () => {
    const bytes = buildPdf([{ text: 'a (b) c\\d €5' }], 't');
    expect(bytes.toString('latin1')).toContain('(a \\(b\\) c\\\\d ?5) Tj');
    expect(pdfStructureProblems(bytes)).toEqual([]);
  });

  it('detects a broken xref (the checker itself can fail)', () => {
    const bytes = Buffer.from(
      buildPdf([{ text: 'x' }], 't')
        .toString('latin1')
        .replace('1 0 obj', '1 0 obX'),
      'latin1'
    );
    expect(pdfStructureProblems(bytes)).not.toEqual([]);
  });
});
