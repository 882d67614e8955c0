/** Checks a PDF's skeleton: header, trailer, and that every xref offset points at "N 0 obj". */
export function pdfStructureProblems(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const problems: string[] = [];
  if (!text.startsWith('%PDF-1.')) problems.push('no %PDF header');
  if (!text.trimEnd().endsWith('%%EOF')) problems.push('no %%EOF');
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!start) return [...problems, 'no startxref'];
  const xrefAt = Number(start[1]);
  if (!text.startsWith('xref', xrefAt))
    return [...problems, `startxref ${xrefAt} does not point at xref`];
  const head = /^xref\s+0\s+(\d+)\s+/.exec(text.slice(xrefAt));
  if (!head) return [...problems, 'bad xref header'];
  const count = Number(head[1]);
  const entries = text
    .slice(xrefAt + head[0].length)
    .split('\n')
    .slice(0, count);
  entries.forEach((entry, n) => {
    if (n === 0) return;
    const offset = Number(entry.slice(0, 10));
    if (!text.startsWith(`${n} 0 obj`, offset))
      problems.push(`xref entry ${n} (${offset}) does not point at "${n} 0 obj"`);
  });
  if (!/\/Type\s*\/Catalog/.test(text)) problems.push('no catalog');
  return problems;
}

/** The text drawn by Tj operators, joined by newlines (our writer does not compress streams). */
export function pdfText(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1');
  return [...text.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)]
    .map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1'))
    .join('\n');
}
