/**
 * The data folder holds the cache of a reseller's billing, their tickets, logs and settings:
 * it is private to the user. Every entry point (Electron, web shell, CLI) calls
 * `lockDownDataDir` before writing there. The folder becomes 0700, what Hostdeck keeps in it
 * (settings, profiles, secrets, logs, caches — also what an older version left readable)
 * becomes 0700 for folders and 0600 for files, and the process umask becomes 077 so every
 * file created later — SQLite's cache, WAL and shared-memory files, rotated logs, settings
 * rewritten by conf, Chromium's files in Electron's userData — is born private.
 */
import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, parse, resolve } from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Top-level files Hostdeck writes (with their temp and set-aside variants) and its folders. */
const OWN_FILE = /^(profiles|settings|secrets)\.json(\..*)?$/;
const OWN_FOLDERS = new Set(['logs', 'profiles']);

/** What could not be tightened, for the log. */
export interface LockDownReport {
  readonly failures: readonly { readonly path: string; readonly error: string }[];
}

/**
 * Creates `dir` if needed and makes it and Hostdeck's files in it private. Someone else's
 * files in a folder given with --data-dir are left alone, and so is a folder that is not
 * Hostdeck's to close (the home folder, a root, a shared sticky folder such as /tmp).
 * Symbolic links are never followed. On Windows these modes do not apply: the folder is only
 * created, and the user profile's ACLs keep it private.
 */
export function lockDownDataDir(
  dir: string,
  platform: NodeJS.Platform = process.platform
): LockDownReport {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (platform === 'win32') return { failures: [] };
  restrictNewFiles();
  const failures: { path: string; error: string }[] = [];
  const note = (path: string, error: unknown): void => {
    failures.push({ path, error: error instanceof Error ? error.message : String(error) });
  };
  const tighten = (path: string, mode: number): void => {
    try {
      chmodSync(path, mode);
    } catch (error) {
      note(path, error);
    }
  };
  const walk = (folder: string): void => {
    tighten(folder, PRIVATE_DIR_MODE);
    try {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.isFile()) tighten(path, PRIVATE_FILE_MODE);
      }
    } catch (error) {
      note(folder, error);
    }
  };

  const root = resolve(dir);
  if (sharedFolder(root)) note(root, new Error('a shared folder is not made private'));
  else tighten(root, PRIVATE_DIR_MODE);
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isFile() && OWN_FILE.test(entry.name)) tighten(path, PRIVATE_FILE_MODE);
    else if (entry.isDirectory() && OWN_FOLDERS.has(entry.name)) walk(path);
  }
  return { failures };
}

/** The home folder, a file-system root, or a sticky folder anyone may write to (/tmp). */
function sharedFolder(path: string): boolean {
  if (path === parse(path).root || path === resolve(homedir())) return true;
  return (statSync(path).mode & 0o1000) !== 0;
}

/** umask 077: group and others get nothing on anything this process creates from now on. */
function restrictNewFiles(): void {
  try {
    process.umask(0o077);
  } catch {
    // Worker threads may not change the umask; the explicit modes above still apply.
  }
}
