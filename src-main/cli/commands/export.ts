/**
 * `hostdeck export invoices|domains|tickets --format json|csv`: prints cached data (works
 * offline; run `hostdeck sync` first). Exit 2 for bad usage, 1 when there is no cache yet.
 */
import type { CliIo } from '../cli-io';
import { EXIT, UsageError, openProfileCache, parseOptions, withUsage } from '../cli-context';
import { EXPORTABLE, exportEntity, type Exportable } from '../../core/export/entity-export';
import { defaultDataDir } from '../../platform-node/paths';
import {
  EXPORT_PDFS_USAGE,
  EXPORT_STATEMENT_USAGE,
  runExportPdfs,
  runExportStatement
} from './export-billing';

const USAGE = `hostdeck export invoices|domains|tickets [--data-dir DIR] [--profile NAME] --format json|csv
       ${EXPORT_PDFS_USAGE}
       ${EXPORT_STATEMENT_USAGE}`;

/** Prints one entity of a profile's cache. */
export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  if (args[0] === 'pdfs') return runExportPdfs(args.slice(1), io);
  if (args[0] === 'statement') return runExportStatement(args.slice(1), io);
  return withUsage('export', USAGE, io, async () => {
    const { values, positionals } = parseOptions(
      args,
      { 'data-dir': { type: 'string' }, profile: { type: 'string' }, format: { type: 'string' } },
      true
    );
    const [entity, ...extra] = positionals;
    if (!entity || !(EXPORTABLE as readonly string[]).includes(entity))
      throw new UsageError(
        `choose what to export: ${[...EXPORTABLE, 'pdfs', 'statement'].join(', ')}`
      );
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (values.format !== 'json' && values.format !== 'csv')
      throw new UsageError('--format must be json or csv');
    const dataDir = values['data-dir'] ?? defaultDataDir();
    const opened = openProfileCache('export', dataDir, values.profile, io);
    if (!opened) return EXIT.failed;
    const { cache } = opened;
    try {
      io.stdout(exportEntity(cache.db, entity as Exportable, values.format));
      return EXIT.ok;
    } finally {
      cache.close();
    }
  });
}
