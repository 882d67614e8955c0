/**
 * `hostdeck settings`: the settings the app's Settings page shows and changes, shared by the
 * desktop app, the web shell and every command (`settings.json` in the data folder).
 *
 *   hostdeck settings [get] [--data-dir DIR]                   every setting, as JSON
 *   hostdeck settings set NAME VALUE [NAME VALUE]... [--data-dir DIR]
 *
 * A VALUE is read as JSON when it is JSON (`false`, `30`, `[60,30,7]`, `null`,
 * `{"start":"22:00","end":"07:00"}`), else as text (`Europe/Brussels`). `set` checks every
 * change with the same rules as the Settings page and writes them together or not at all:
 * an unknown name or a refused value exits 2, naming it. It prints the settings as saved.
 */
import { settingsUpdateSchema, type SettingsUpdate } from '@shared/contract';
import { describeZodError, toAppError } from '../../core/errors';
import { createSettingsService } from '../../core/settings/settings-service';
import { createConfSettingsStore } from '../../node/conf-settings-store';
import { createFileLogger } from '../../node/file-logger';
import { defaultDataDir, logDirFor } from '../../node/paths';
import { lockDownDataDir } from '../../node/private-data-dir';
import type { CliIo } from '../cli-io';
import { EXIT, UsageError, parseOptions, withUsage } from '../cli-context';
import { readSettings } from '../cli-settings';

const GET_USAGE = 'hostdeck settings [get] [--data-dir DIR]';
const SET_USAGE = 'hostdeck settings set NAME VALUE [NAME VALUE]... [--data-dir DIR]';
const USAGE = `${GET_USAGE}\n       ${SET_USAGE}`;

/** A value as typed: JSON when it parses as JSON, else the text itself. */
function valueOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The NAME VALUE pairs as one update, checked by the Settings page's rules. */
function updateOf(pairs: readonly string[]): SettingsUpdate {
  if (pairs.length === 0 || pairs.length % 2 !== 0)
    throw new UsageError('expected NAME VALUE pairs, e.g. set timeZone Europe/Brussels');
  const patch: Record<string, unknown> = {};
  for (let i = 0; i < pairs.length; i += 2) patch[pairs[i]!] = valueOf(pairs[i + 1]!);
  const parsed = settingsUpdateSchema.safeParse(patch);
  if (!parsed.success) throw new UsageError(`refused: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

export async function runSettings(args: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = args;
  if (first === 'set') return withUsage('settings set', SET_USAGE, io, () => set(rest, io));
  return withUsage('settings', USAGE, io, async () => {
    const { values } = parseOptions(first === 'get' ? rest : args, {
      'data-dir': { type: 'string' }
    });
    // Reading creates nothing: without a settings file, the defaults.
    const settings = readSettings(values['data-dir'] ?? defaultDataDir(), (file) =>
      io.stderr(`hostdeck settings: ${file} is not valid; these are the defaults\n`)
    );
    io.stdout(`${JSON.stringify(settings, null, 2)}\n`);
    return EXIT.ok;
  });
}

async function set(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { 'data-dir': { type: 'string' } }, true);
  const patch = updateOf(positionals);
  const dataDir = values['data-dir'] ?? defaultDataDir();
  lockDownDataDir(dataDir);
  const logger = createFileLogger(logDirFor(dataDir));
  const service = createSettingsService(createConfSettingsStore(dataDir, logger), logger);
  try {
    const saved = service.update(patch);
    io.stdout(`${JSON.stringify(saved, null, 2)}\n`);
    return EXIT.ok;
  } catch (error) {
    const { kind, message } = toAppError(error);
    if (kind !== 'invalid-input') throw error;
    io.stderr(`hostdeck settings set: ${message}\n`);
    return EXIT.usage;
  }
}
