/**
 * What CLI commands share: argument parsing that turns mistakes into exit code 2, and the
 * plain-Node ports (logger, secrets) a command needs outside any shell.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { SecretStore } from '../core/ports';
import {
  createKeytarSecretStore,
  createSessionSecretStore,
  probeKeytar
} from '../platform-node/keytar-secret-store';

/** Exit codes a script can rely on. */
export const EXIT = { ok: 0, failed: 1, usage: 2, auth: 3 } as const;

/** A command-line mistake: reported on one line with exit code 2. */
export class UsageError extends Error {}

/** parseArgs with strict checking; unknown or malformed options become a UsageError. */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
  allowPositionals = false
): ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: boolean; strict: true; args: string[] }>
> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The OS keychain when it answers, else an in-memory store for this run. */
export async function cliSecretStore(): Promise<SecretStore> {
  const probe = await probeKeytar('Hostdeck');
  return probe.ok
    ? createKeytarSecretStore('Hostdeck')
    : createSessionSecretStore(`no OS keychain: ${probe.reason}`);
}

/** Runs a command body, mapping UsageError to exit 2 with a one-line message. */
export async function withUsage(
  name: string,
  usage: string,
  io: { stderr: (s: string) => void },
  body: () => Promise<number>
): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`hostdeck ${name}: ${error.message}\nUsage: ${usage}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
