/**
 * `hostdeck payu`: computes one month of pay-as-you-use charges from a snapshots file.
 * The file is streamed into the dataset builder, so it is never held in memory as a whole.
 */
import { parseArgs } from 'node:util';
import type { CliIo } from '../cli-io';
import type { CliWords } from '../cli-words';
import {
  PayuInputError,
  computeMonth,
  createDatasetBuilder,
  parseUsageSnapshot
} from '../../core/usage';
import type { PayuMonth, UsageDataset } from '../../core/usage';
import { formatCsv, formatJson, formatTable } from './payu-format';
import { SnapshotFileError, readSnapshotValues } from './payu-input';

const USAGE =
  'hostdeck payu (--snapshots FILE --as-of ISO-INSTANT | [--profile NAME] [--data-dir DIR] [--as-of ISO-INSTANT]) --month YYYY-MM [--tz ZONE] [--format json|csv|table]';
/** Each format; the table needs the words of the output's language (loaded only for it). */
const FORMATS: Readonly<Record<string, (month: PayuMonth, words: CliWords | null) => string>> = {
  json: formatJson,
  csv: formatCsv,
  table: (month, words) => {
    if (words === null) throw new Error('the payu table needs its words');
    return formatTable(month, words);
  }
};

const EMPTY_DATASET: UsageDataset = {
  firstSnapshot: null,
  lastSnapshot: null,
  missingHours: [],
  intervals: []
};

/** Bad command line; reported with the usage line. */
class UsageError extends Error {}

interface PayuArgs {
  /** The snapshots file; null: the profile's cached snapshots. */
  readonly snapshots: string | null;
  readonly profile: string | undefined;
  readonly dataDir: string | undefined;
  readonly month: string;
  /** Null: now (profile mode only). */
  readonly asOf: string | null;
  readonly timeZone: string | undefined;
  readonly format: (month: PayuMonth, words: CliWords | null) => string;
  /** The table speaks the Language setting (else LANG…); JSON and CSV need no words. */
  readonly needsWords: boolean;
}

function parsePayuArgs(args: readonly string[]): PayuArgs | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        snapshots: { type: 'string' },
        profile: { type: 'string' },
        'data-dir': { type: 'string' },
        month: { type: 'string' },
        'as-of': { type: 'string' },
        tz: { type: 'string' },
        format: { type: 'string', default: 'json' },
        help: { type: 'boolean', short: 'h' }
      }
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) return 'help';
  const { snapshots, month } = values;
  const asOf = values['as-of'];
  if (month === undefined) throw new UsageError('missing --month YYYY-MM');
  if (snapshots !== undefined && (values.profile !== undefined || values['data-dir'] !== undefined))
    throw new UsageError(
      'use either --snapshots FILE or a profile (--profile, --data-dir), not both'
    );
  if (snapshots !== undefined && asOf === undefined)
    throw new UsageError('missing --as-of ISO-INSTANT');
  const format = FORMATS[values.format];
  if (format === undefined)
    throw new UsageError(`--format must be json, csv or table, not "${values.format}"`);
  return {
    snapshots: snapshots ?? null,
    profile: values.profile,
    dataDir: values['data-dir'],
    month,
    asOf: asOf ?? null,
    timeZone: values.tz,
    format,
    needsWords: values.format === 'table'
  };
}

async function loadDataset(path: string): Promise<UsageDataset> {
  const builder = createDatasetBuilder();
  for await (const value of readSnapshotValues(path))
    builder.add(parseUsageSnapshot(value, builder.count));
  return builder.finish();
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** The table's words: the Language setting of the data dir, else the environment's language. */
async function wordsFor(parsed: PayuArgs, io: CliIo): Promise<CliWords | null> {
  if (!parsed.needsWords) return null;
  const [{ cliWords }, { readSettings }, { defaultDataDir }] = await Promise.all([
    import('../cli-words'),
    import('../cli-settings'),
    import('../../node/paths')
  ]);
  return cliWords(readSettings(parsed.dataDir ?? defaultDataDir()), io);
}

/** Runs `hostdeck payu`; exit 0 on success, 2 with one stderr line for bad arguments or input. */
export async function runPayu(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parsePayuArgs(args);
    if (parsed === 'help') {
      io.stdout(
        `Usage: ${USAGE}\nFILE is a JSON array of snapshots or JSON Lines, in ascending ts order.\n`
      );
      return 0;
    }
    const options = {
      month: parsed.month,
      asOf: parsed.asOf ?? new Date().toISOString(),
      ...(parsed.timeZone === undefined ? {} : { timeZone: parsed.timeZone })
    };
    // Options are checked on an empty dataset first, so a typo fails before a large file is read.
    computeMonth(EMPTY_DATASET, options);
    if (parsed.snapshots === null) {
      // The profile's cache: loaded only in this mode, so the file mode stays lean.
      const { profileMonth } = await import('./payu-profile');
      const found = profileMonth(parsed.dataDir, parsed.profile, options, io);
      if (found === null) return 1;
      io.stdout(parsed.format(found, await wordsFor(parsed, io)));
      return 0;
    }
    const month = computeMonth(await loadDataset(parsed.snapshots), options);
    io.stdout(parsed.format(month, await wordsFor(parsed, io)));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`hostdeck payu: ${oneLine(error.message)} (usage: ${USAGE})\n`);
      return 2;
    }
    if (error instanceof PayuInputError || error instanceof SnapshotFileError) {
      io.stderr(`hostdeck payu: ${oneLine(error.message)}\n`);
      return 2;
    }
    if (
      error instanceof Error &&
      'code' in error &&
      typeof error.code === 'string' &&
      error.code.startsWith('E')
    ) {
      // File-system errors (ENOENT, EACCES, EISDIR…): the FILE argument is unusable.
      io.stderr(`hostdeck payu: cannot read snapshots file: ${oneLine(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}
