/**
 * `hostdeck prices`: the price list of a profile whose provider has no prices (Combell).
 *   prices import FILE.csv [--profile NAME] [--data-dir DIR]   lines kind,name,monthly_price,currency
 *   prices list [--profile NAME] [--data-dir DIR]
 * Output is JSON. Exit codes: 0 done; 1 no such profile; 2 invalid usage or a wrong CSV line
 * (every wrong line is listed with its number, and nothing is saved).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../cli-io';
import { EXIT, UsageError, findProfile, parseOptions, withUsage } from '../cli-context';
import { openCache } from '../../core/cache/database';
import { openProfileStore } from '../../core/profiles/profile-store';
import { importPriceCsv, priceListView } from '../../core/prices/price-service';
import { createFileLogger } from '../../node/file-logger';
import { defaultDataDir, logDirFor } from '../../node/paths';
import { lockDownDataDir } from '../../node/private-data-dir';

const USAGE =
  'hostdeck prices import FILE.csv [--profile NAME] [--data-dir DIR] | hostdeck prices list [--profile NAME] [--data-dir DIR]\n' +
  '  FILE.csv: header kind,name,monthly_price,currency; kind is servicepack or addon, the price a decimal such as 12.50';

function readCsv(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code ?? error);
    throw new UsageError(`${path} cannot be read: ${why}`);
  }
}

/** Runs `hostdeck prices …`. */
export async function runPrices(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('prices', USAGE, io, async () => {
    const { values, positionals } = parseOptions(
      args,
      {
        profile: { type: 'string' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      true
    );
    if (values.help) {
      io.stdout(`Usage: ${USAGE}\n`);
      return EXIT.ok;
    }
    const [action, file, ...extra] = positionals;
    if (action !== 'import' && action !== 'list')
      throw new UsageError('choose an action: import FILE.csv or list');
    if (action === 'import' && file === undefined) throw new UsageError('import needs FILE.csv');
    if ((action === 'list' && file !== undefined) || extra.length > 0)
      throw new UsageError(`unexpected argument "${action === 'list' ? file : extra[0]}"`);
    const csv = action === 'import' && file !== undefined ? readCsv(file) : null;

    const dataDir = values['data-dir'] ?? defaultDataDir();
    lockDownDataDir(dataDir);
    const store = openProfileStore(dataDir);
    const profile = findProfile(store, values.profile);
    if (!profile) {
      const what = values.profile ? `profile named "${values.profile}"` : 'active profile';
      io.stderr(`hostdeck prices: no ${what} in ${dataDir}; connect one with "hostdeck sync"\n`);
      return EXIT.failed;
    }
    const cache = openCache(join(store.dirOf(profile.id), 'cache.sqlite'), {
      logger: createFileLogger(logDirFor(dataDir)),
      now: () => Date.now()
    });
    try {
      if (csv === null) {
        io.stdout(
          `${JSON.stringify({ profile: profile.name, ...priceListView(cache.db) }, null, 2)}\n`
        );
        return EXIT.ok;
      }
      const result = importPriceCsv(cache.db, csv);
      if (result.issues.length > 0) {
        for (const issue of result.issues)
          io.stderr(`hostdeck prices: ${file}: line ${issue.line}: ${issue.message}\n`);
        io.stderr('hostdeck prices: nothing was imported\n');
        return EXIT.usage;
      }
      io.stdout(
        `${JSON.stringify({ profile: profile.name, imported: result.imported, ...result.list }, null, 2)}\n`
      );
      return EXIT.ok;
    } finally {
      cache.close();
    }
  });
}
