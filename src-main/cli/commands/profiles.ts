/**
 * `hostdeck profiles`: the profiles of a data dir, as JSON — each with its kind, address and
 * login (never a secret), whether it is the active one (the one commands use without
 * `--profile`), and when it last synced completely (null: never). Exit 0, also with none.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { getMeta } from '../../core/cache/repositories/sync-state';
import { openProfileStore } from '../../core/profiles/profile-store';
import { defaultDataDir } from '../../node/paths';
import type { CliIo } from '../cli-io';
import { EXIT, parseOptions, withUsage } from '../cli-context';

const USAGE = 'hostdeck profiles [--data-dir DIR]';

/**
 * When the profile's cache last finished a sync, read without opening it for writing (no
 * migration, no WAL file created); null without a cache or a finished sync.
 */
function lastSyncAt(cacheFile: string): string | null {
  if (!existsSync(cacheFile)) return null;
  const db = new DatabaseSync(cacheFile, { readOnly: true });
  try {
    return getMeta(db, 'last_sync_at');
  } catch {
    // A cache too old to have the table, or not a cache: nothing to say.
    return null;
  } finally {
    db.close();
  }
}

export async function runProfiles(args: readonly string[], io: CliIo): Promise<number> {
  return withUsage('profiles', USAGE, io, async () => {
    const { values } = parseOptions(args, { 'data-dir': { type: 'string' } });
    const dataDir = values['data-dir'] ?? defaultDataDir();
    // Listing creates nothing: no data dir means no profiles.
    const store = existsSync(join(dataDir, 'profiles.json')) ? openProfileStore(dataDir) : null;
    const activeId = store?.activeId() ?? null;
    const profiles = (store?.list() ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      baseUrl: p.baseUrl,
      login: p.login,
      clientId: p.clientId,
      active: p.id === activeId,
      createdAt: p.createdAt,
      lastSyncAt: lastSyncAt(join(store!.dirOf(p.id), 'cache.sqlite'))
    }));
    io.stdout(`${JSON.stringify({ profiles }, null, 2)}\n`);
    return EXIT.ok;
  });
}
