/**
 * The snapshots file's array splitter cuts most elements at a learned separator (a native
 * search) and checks each piece by parsing it; whatever the text, it must give exactly what
 * JSON.parse of the whole array gives, and fail on exactly the texts JSON.parse refuses.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JsonArraySplitter,
  SnapshotFileError,
  readSnapshotValues
} from '@main/cli/commands/payu-input';

function split(text: string, chunkSize: number): unknown[] {
  const splitter = new JsonArraySplitter();
  const values: unknown[] = [];
  for (let i = 0; i < text.length; i += chunkSize)
    values.push(...splitter.push(text.slice(i, i + chunkSize)));
  values.push(...splitter.end());
  return values;
}

const snapshot = (ts: string, pack: string) => ({
  ts,
  items: [{ resourceId: 'acc-1', kind: 'account', pack, monthlyPrice: 100 }]
});

describe('the snapshots array splitter', () => {
  it('is not fooled by the separator text inside a string or a nested value', () => {
    const tricky = [
      snapshot('2026-04-01T00:00:00Z', 'plain'),
      snapshot('2026-04-01T01:00:00Z', 'evil ]},\n{"ts": inside'),
      { ts: '2026-04-01T02:00:00Z', items: [{ nested: [{ a: 1 }] }, { ts: 'x' }] },
      snapshot('2026-04-01T03:00:00Z', 'a "quoted" \\ ]},{"ts":" pack'),
      snapshot('2026-04-01T04:00:00Z', 'last')
    ];
    const compact = `[${tricky.map((t) => JSON.stringify(t)).join(',\n')}]`;
    const pretty = JSON.stringify(tricky, null, 2);
    for (const text of [compact, pretty])
      for (const size of [1, 3, 17, 100, 1 << 20]) expect(split(text, size)).toEqual(tricky);
  });

  it('gives what JSON.parse gives for any array, separators and chunking', () => {
    const whitespace = fc.constantFrom('', ' ', '\n', '\r\n', '\t', '  \n ');
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 12 }),
        fc.array(whitespace, { minLength: 30, maxLength: 30 }),
        fc.integer({ min: 1, max: 64 }),
        (values, gaps, size) => {
          const gap = (i: number) => gaps[i % gaps.length] ?? '';
          const text = `${gap(0)}[${values
            .map((v, i) => `${gap(i + 1)}${JSON.stringify(v, null, i % 3)}${gap(i + 2)}`)
            .join(',')}${gap(29)}]${gap(28)}`;
          expect(split(text, size)).toEqual(JSON.parse(text));
        }
      ),
      { numRuns: 400 }
    );
  });

  it('refuses broken arrays the way it always did, on either path', () => {
    const good = [1, 2, 3].map((h) => JSON.stringify(snapshot(`2026-04-01T0${h}:00:00Z`, 'p')));
    const cases: [string, RegExp][] = [
      [`[${good.join(',')},]`, /empty element in the array after element 3/],
      [`[${good.join(',')}`, /not closed/],
      [`[${good.join(',')}] x`, /unexpected text after the closing \]/],
      [`{${good.join(',')}}`, /expected a JSON array/],
      [`[${good[0]},${good[1]?.replace('"p"', 'p')},${good[2]}]`, /bad JSON in array element 1/]
    ];
    for (const [text, message] of cases)
      for (const size of [1, 5, 1 << 20]) {
        expect(() => split(text, size)).toThrow(SnapshotFileError);
        expect(() => split(text, size)).toThrow(message);
      }
  });

  it('reads characters of two, three and four bytes cut by the read chunks of a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hostdeck-payu-utf8-'));
    try {
      // Packs of over a megabyte each, so chunk ends fall inside their characters.
      const values = ['é€😀x', '€😀', '😀é', 'x€'].map((unit, i) =>
        snapshot(`2026-04-01T0${i}:00:00Z`, unit.repeat(150_001 + i))
      );
      for (const [name, text] of [
        ['array.json', JSON.stringify(values)],
        ['lines.jsonl', values.map((v) => JSON.stringify(v)).join('\n')]
      ] as const) {
        const path = join(dir, name);
        await writeFile(path, `\uFEFF${text}`, 'utf8');
        const read: unknown[] = [];
        for await (const value of readSnapshotValues(path)) read.push(value);
        expect(read).toEqual(values);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
