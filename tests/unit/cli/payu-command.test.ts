import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPayu } from '@main/cli/commands/payu';
import { JsonArraySplitter, JsonLinesSplitter } from '@main/cli/commands/payu-input';
import { computeMonth, snapshotsToDataset } from '@main/core/usage';
import type { UsageSnapshot } from '@main/core/usage';
import { account, addon, plusHours, snapshotsFor } from '../core/usage/helpers';

const T = '2026-04-10T00:00:00Z';
const AS_OF = '2026-04-20T00:00:00Z';
const SNAPSHOTS = snapshotsFor(
  '2026-04-01T00:00:00Z',
  AS_OF,
  [
    { item: account('acc-1', 'basic', 1200), from: T, to: plusHours(T, 100) },
    { item: account('acc-1', 'pro "plus", [x]', 2400), from: plusHours(T, 100), to: AS_OF },
    { item: addon('ssl-1', 'acc-1', 'ssl\\cert', 300), from: plusHours(T, 5), to: plusHours(T, 30) }
  ],
  [plusHours(T, 50)]
);

let dir = '';

async function run(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runPayu(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hostdeck-payu-'));
  await writeFile(join(dir, 'array.json'), JSON.stringify(SNAPSHOTS, null, 2));
  await writeFile(
    join(dir, 'lines.jsonl'),
    SNAPSHOTS.map((s) => JSON.stringify(s)).join('\n') + '\n'
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hostdeck payu --format json', () => {
  it('prints exactly the month object of a JSON array file, with estimate.now = --as-of', async () => {
    const { code, out, err } = await run([
      '--snapshots',
      join(dir, 'array.json'),
      '--month',
      '2026-04',
      '--as-of',
      AS_OF
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const printed = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual([
      'month',
      'timeZone',
      'monthStart',
      'monthEnd',
      'hoursInMonth',
      'asOf',
      'final',
      'total',
      'billedAccounts',
      'billedAddons',
      'packsUsed',
      'rows',
      'daily',
      'estimate',
      'warnings'
    ]);
    expect(printed).toEqual(
      JSON.parse(
        JSON.stringify(
          computeMonth(snapshotsToDataset(SNAPSHOTS), { month: '2026-04', asOf: AS_OF })
        )
      )
    );
    expect(printed['estimate']).toMatchObject({ now: AS_OF });
    expect(printed['timeZone']).toBe('Europe/Brussels');
    expect((printed['rows'] as unknown[]).length).toBe(3);
  });

  it('prints the same month for the JSON Lines form of the file', async () => {
    const array = await run([
      '--snapshots',
      join(dir, 'array.json'),
      '--month',
      '2026-04',
      '--as-of',
      AS_OF,
      '--tz',
      'UTC'
    ]);
    const lines = await run([
      '--snapshots',
      join(dir, 'lines.jsonl'),
      '--month',
      '2026-04',
      '--as-of',
      AS_OF,
      '--tz',
      'UTC',
      '--format',
      'json'
    ]);
    expect(lines.code).toBe(0);
    expect(lines.out).toBe(array.out);
    expect(JSON.parse(lines.out)).toMatchObject({
      timeZone: 'UTC',
      monthStart: '2026-04-01T00:00:00Z'
    });
  });
});

describe('hostdeck payu --format csv and table', () => {
  it('prints the rows as CSV, a blank line, then the daily CSV', async () => {
    const { code, out } = await run([
      '--snapshots',
      join(dir, 'lines.jsonl'),
      '--month',
      '2026-04',
      '--as-of',
      AS_OF,
      '--format',
      'csv'
    ]);
    expect(code).toBe(0);
    const [rowsPart, dailyPart] = out.split('\n\n');
    const rowLines = (rowsPart ?? '').split('\n');
    expect(rowLines[0]).toBe(
      'resourceId,kind,parentAccountId,runStart,pack,monthlyPrice,activeHours,billedHours,billedDays,amount,status,firstHour,lastHour'
    );
    expect(rowLines).toHaveLength(4);
    expect(rowsPart).toContain('"pro ""plus"", [x]"');
    const dailyLines = (dailyPart ?? '').trimEnd().split('\n');
    expect(dailyLines[0]).toBe('date,hours,amount');
    expect(dailyLines).toHaveLength(31);
  });

  it('prints an aligned table with a summary', async () => {
    const { code, out } = await run([
      '--snapshots',
      join(dir, 'array.json'),
      '--month',
      '2026-04',
      '--as-of',
      AS_OF,
      '--format',
      'table'
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^PAYU 2026-04 \(Europe\/Brussels\), 720 hours/);
    expect(out).toMatch(/Total \d+ {2}Estimate \d+/);
    expect(out).toContain('acc-1');
    expect(out).toContain('[missing-snapshots]');
  });
});

describe('hostdeck payu with invalid input', () => {
  const expectOneLineFailure = (
    result: { code: number; out: string; err: string },
    pattern: RegExp
  ): void => {
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(pattern);
    expect(result.err.endsWith('\n')).toBe(true);
    expect(result.err.trimEnd().includes('\n')).toBe(false);
  };

  it('exits 2 with one stderr line for missing or unknown arguments', async () => {
    // Without --snapshots the profile's cache is read (tests/integration/combell), so a file
    // without --as-of is the mistake here.
    expectOneLineFailure(await run(['--snapshots', 'x', '--month', '2026-04']), /missing --as-of/);
    expectOneLineFailure(
      await run(['--snapshots', 'x', '--profile', 'p', '--month', '2026-04', '--as-of', AS_OF]),
      /either --snapshots FILE or a profile/
    );
    expectOneLineFailure(
      await run(['--snapshots', 'x', '--month', '2026-04', '--as-of', AS_OF, '--colour']),
      /colour/
    );
    expectOneLineFailure(
      await run(['--snapshots', 'x', '--month', '2026-04', '--as-of', AS_OF, '--format', 'xml']),
      /--format/
    );
  });

  it('exits 2 for a bad month, instant or zone before reading the file', async () => {
    expectOneLineFailure(
      await run(['--snapshots', 'nope', '--month', 'April', '--as-of', AS_OF]),
      /month/
    );
    expectOneLineFailure(
      await run(['--snapshots', 'nope', '--month', '2026-04', '--as-of', 'tomorrow']),
      /asOf/
    );
    expectOneLineFailure(
      await run([
        '--snapshots',
        'nope',
        '--month',
        '2026-04',
        '--as-of',
        AS_OF,
        '--tz',
        'Nowhere/City'
      ]),
      /timeZone/
    );
  });

  it('exits 2 for an unreadable file', async () => {
    expectOneLineFailure(
      await run(['--snapshots', join(dir, 'absent.json'), '--month', '2026-04', '--as-of', AS_OF]),
      /cannot read/
    );
  });

  it('exits 2 for bad JSON in either form', async () => {
    await writeFile(
      join(dir, 'bad.json'),
      '[{"ts":"2026-04-01T00:00:00Z","items":[]},\n{"ts": oops}]'
    );
    await writeFile(join(dir, 'bad.jsonl'), '{"ts":"2026-04-01T00:00:00Z","items":[]}\n{"ts":\n');
    await writeFile(join(dir, 'truncated.json'), '[{"ts":"2026-04-01T00:00:00Z","items":[]}');
    expectOneLineFailure(
      await run(['--snapshots', join(dir, 'bad.json'), '--month', '2026-04', '--as-of', AS_OF]),
      /array element 1/
    );
    expectOneLineFailure(
      await run(['--snapshots', join(dir, 'bad.jsonl'), '--month', '2026-04', '--as-of', AS_OF]),
      /line 2/
    );
    expectOneLineFailure(
      await run([
        '--snapshots',
        join(dir, 'truncated.json'),
        '--month',
        '2026-04',
        '--as-of',
        AS_OF
      ]),
      /not closed/
    );
  });

  it('exits 2 naming the snapshot and field of a validation error', async () => {
    const bad: UsageSnapshot[] = [
      { ts: '2026-04-01T00:00:00Z', items: [account('a')] },
      { ts: '2026-04-01T01:00:00Z', items: [account('a', 'basic', 9.99)] }
    ];
    await writeFile(join(dir, 'invalid.jsonl'), bad.map((s) => JSON.stringify(s)).join('\n'));
    expectOneLineFailure(
      await run([
        '--snapshots',
        join(dir, 'invalid.jsonl'),
        '--month',
        '2026-04',
        '--as-of',
        AS_OF
      ]),
      /snapshot 2026-04-01T01:00:00Z: items\[0\]\.monthlyPrice/
    );
  });
});

describe('streaming', () => {
  it('splits a JSON array into the same elements whatever the chunk boundaries', () => {
    const text = JSON.stringify(SNAPSHOTS.slice(0, 60), null, 1);
    for (const size of [1, 2, 7, 64, 1000]) {
      const splitter = new JsonArraySplitter();
      const values: unknown[] = [];
      for (let i = 0; i < text.length; i += size)
        values.push(...splitter.push(text.slice(i, i + size)));
      splitter.end();
      expect(values).toEqual(SNAPSHOTS.slice(0, 60));
    }
  });

  it('splits JSON Lines across chunk boundaries and skips blank lines', () => {
    const text = SNAPSHOTS.slice(0, 30)
      .map((s) => JSON.stringify(s))
      .join('\r\n\n');
    const splitter = new JsonLinesSplitter();
    const values: unknown[] = [];
    for (let i = 0; i < text.length; i += 5) values.push(...splitter.push(text.slice(i, i + 5)));
    values.push(...splitter.end());
    expect(values).toEqual(SNAPSHOTS.slice(0, 30));
  });

  it('computes a month from a large generated file of 300 resources × 40 days, in both forms', async () => {
    const start = '2026-03-25T00:00:00Z';
    const hours = 40 * 24;
    const snapshotAt = (h: number): UsageSnapshot => {
      const items = [];
      for (let r = 0; r < 300; r += 1) {
        // Deterministic churn: each resource lives in a window depending on its number, some upgrade halfway.
        const born = (r * 7) % 500;
        const dies = born + 30 + ((r * 13) % 600);
        if (h < born || h >= dies) continue;
        const upgraded = r % 5 === 0 && h >= (born + dies) >> 1;
        items.push(account(`acc-${r}`, upgraded ? 'pro' : 'basic', upgraded ? 2500 : 1000 + r));
      }
      return { ts: plusHours(start, h), items };
    };
    const writeFileStreamed = async (path: string, asArray: boolean): Promise<void> => {
      const out = createWriteStream(path);
      if (asArray) out.write('[\n');
      for (let h = 0; h < hours; h += 1) {
        const line = JSON.stringify(snapshotAt(h));
        if (!out.write(asArray ? `${h === 0 ? '' : ',\n'}${line}` : `${line}\n`))
          await once(out, 'drain');
      }
      if (asArray) out.write('\n]\n');
      out.end();
      await once(out, 'finish');
    };
    await writeFileStreamed(join(dir, 'large.json'), true);
    await writeFileStreamed(join(dir, 'large.jsonl'), false);
    const expected = computeMonth(
      snapshotsToDataset(Array.from({ length: hours }, (_, h) => snapshotAt(h))),
      {
        month: '2026-04',
        asOf: '2026-05-05T00:00:00Z'
      }
    );
    for (const file of ['large.json', 'large.jsonl']) {
      const { code, out, err } = await run([
        '--snapshots',
        join(dir, file),
        '--month',
        '2026-04',
        '--as-of',
        '2026-05-05T00:00:00Z'
      ]);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    expect(expected.rows.length).toBeGreaterThan(200);
    expect(expected.total).toBeGreaterThan(0);
  });
});
