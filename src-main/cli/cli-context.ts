/**
 * What CLI commands share: argument parsing that turns mistakes into exit code 2, and the
 * plain-Node ports (logger, secrets) a command needs outside any shell.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { openCache, type OpenedCache } from '../core/cache/database';
import {
  openProfileStore,
  type ProfileStore,
  type StoredProfile
} from '../core/profiles/profile-store';
import { createFileLogger } from '../node/file-logger';
import { logDirFor } from '../node/paths';
import { lockDownDataDir } from '../node/private-data-dir';
import type { SecretStore } from '../core/ports';
import { createNodeSecretStore, type KeytarLoader } from '../node/keytar-secret-store';

/** Exit codes a script can rely on. */
export const EXIT = { ok: 0, failed: 1, usage: 2, auth: 3 } as const;

/** A command-line mistake: reported on one line with exit code 2. */
export class UsageError extends Error {}

/**
 * An instant option (`--as-of`, `--now`) as ms since the epoch. It needs a zone: "2026-11-22T09:00"
 * alone would depend on this machine's zone. A UsageError naming the option otherwise.
 */
export function instantOption(name: string, value: string): number {
  const ok = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
  const at = Date.parse(value);
  if (!ok || Number.isNaN(at))
    throw new UsageError(
      `--${name} must be an ISO instant with a zone, e.g. 2026-11-22T09:00:00Z (got "${value}")`
    );
  return at;
}

/** `--help` or `-h` among a command's options: withUsage prints its usage and exits 0. */
export class HelpRequested extends Error {}

/**
 * Whether the arguments ask for help: a `--help` or `-h` option, wherever it stands and
 * whatever else is wrong with the line, but not the value of another option
 * (`--subject --help`) nor anything after `--`.
 */
function asksForHelp(args: readonly string[], options: ParseArgsConfig['options']): boolean {
  const { tokens } = parseArgs({
    args: [...args],
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: false,
    tokens: true
  });
  return tokens.some((token) => token.kind === 'option' && token.name === 'help');
}

/**
 * parseArgs with strict checking; unknown or malformed options become a UsageError, and
 * `--help` or `-h` a HelpRequested.
 */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
  allowPositionals = false
): ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: boolean; strict: true; args: string[] }>
> {
  if (asksForHelp(args, options)) throw new HelpRequested();
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The OS keychain when keytar loads and it answers, else an in-memory store for this run. */
export function cliSecretStore(load?: KeytarLoader): Promise<SecretStore> {
  return createNodeSecretStore('Hostdeck', load);
}

/**
 * Runs a command body, mapping UsageError to exit 2 with a one-line message, and a request
 * for help to the usage on standard output with exit 0.
 */
export async function withUsage(
  name: string,
  usage: string,
  io: { stdout: (s: string) => void; stderr: (s: string) => void },
  body: () => Promise<number>
): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.stdout(`Usage: ${usage}\n`);
      return EXIT.ok;
    }
    if (error instanceof UsageError) {
      io.stderr(`hostdeck ${name}: ${error.message}\nUsage: ${usage}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** A profile by name (any case) or id; without one, the active profile. */
export function findProfile(
  store: ProfileStore,
  wanted: string | undefined
): StoredProfile | undefined {
  const name = wanted ?? store.list().find((p) => p.id === store.activeId())?.name;
  return store.list().find((p) => p.name.toLowerCase() === name?.toLowerCase() || p.id === name);
}

/**
 * Opens a profile's cache for a read-only command, or says on stderr why there is none
 * (no profiles, no such profile, never synced) and returns null. Never creates the data dir.
 */
export function openProfileCache(
  command: string,
  dataDir: string,
  profileName: string | undefined,
  io: { stderr: (s: string) => void }
): { readonly profile: StoredProfile; readonly cache: OpenedCache } | null {
  const hint = 'run "hostdeck sync" first';
  if (!existsSync(join(dataDir, 'profiles.json'))) {
    io.stderr(`hostdeck ${command}: no profiles in ${dataDir}; ${hint}\n`);
    return null;
  }
  const profile = findProfile(openProfileStore(dataDir), profileName);
  if (!profile) {
    const what = profileName ? `profile named "${profileName}"` : 'active profile';
    io.stderr(`hostdeck ${command}: no ${what} in ${dataDir}; ${hint}\n`);
    return null;
  }
  const file = join(openProfileStore(dataDir).dirOf(profile.id), 'cache.sqlite');
  if (!existsSync(file)) {
    io.stderr(`hostdeck ${command}: "${profile.name}" has no cached data yet; ${hint}\n`);
    return null;
  }
  // Opening the cache may create its WAL and shared-memory files and a log line.
  lockDownDataDir(dataDir);
  const cache = openCache(file, {
    logger: createFileLogger(logDirFor(dataDir)),
    now: () => Date.now()
  });
  return { profile, cache };
}
