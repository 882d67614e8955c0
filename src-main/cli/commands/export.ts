/**
 * `hostdeck export invoices|domains|tickets --format json|csv`: prints cached data (works
 * offline; run `hostdeck sync` first). Exit 2 for bad usage, 1 when there is no cache yet.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../cli-io';
import { EXIT, UsageError, parseOptions, withUsage } from '../cli-context';
import { openCache } from '../../core/cache/database';
import { EXPORTABLE, exportEntity, type Exportable } from '../../core/export/entity-export';
import { openProfileStore } from '../../core/profiles/profile-store';
import { createFileLogger } from '../../platform-node/file-logger';
import { defaultDataDir, logDirFor } from '../../platform-node/paths';

const USAGE =
  'hostdeck export invoices|domains|tickets [--data-dir DIR] [--profile NAME] --format json|csv';

/** Prints one entity of a profile's cache. */
export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('export', USAGE, io, async () => {
    const { values, positionals } = parseOptions(
      args,
      { 'data-dir': { type: 'string' }, profile: { type: 'string' }, format: { type: 'string' } },
      true
    );
    const [entity, ...extra] = positionals;
    if (!entity || !(EXPORTABLE as readonly string[]).includes(entity))
      throw new UsageError(`choose what to export: ${EXPORTABLE.join(', ')}`);
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (values.format !== 'json' && values.format !== 'csv')
      throw new UsageError('--format must be json or csv');
    const dataDir = values['data-dir'] ?? defaultDataDir();
    const store = openProfileStore(dataDir);
    const wanted = values.profile ?? store.list().find((p) => p.id === store.activeId())?.name;
    const profile = store
      .list()
      .find((p) => p.name.toLowerCase() === wanted?.toLowerCase() || p.id === wanted);
    if (!profile) {
      io.stderr(
        `hostdeck export: no ${values.profile ? `profile named "${values.profile}"` : 'active profile'} in ${dataDir}; run "hostdeck sync" first\n`
      );
      return EXIT.failed;
    }
    const file = join(store.dirOf(profile.id), 'cache.sqlite');
    if (!existsSync(file)) {
      io.stderr(
        `hostdeck export: "${profile.name}" has no cached data yet; run "hostdeck sync" first\n`
      );
      return EXIT.failed;
    }
    const cache = openCache(file, {
      logger: createFileLogger(logDirFor(dataDir)),
      now: () => Date.now()
    });
    try {
      io.stdout(exportEntity(cache.db, entity as Exportable, values.format));
      return EXIT.ok;
    } finally {
      cache.close();
    }
  });
}
