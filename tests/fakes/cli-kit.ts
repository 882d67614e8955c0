/** What the CLI tests share: the demo client's sign-in flags and the output a run wrote. */
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { runCli } from '@main/cli/run-cli';
import { demoCredentials } from '@main/demo-provider';
import { makeTempDir } from './temp-dir';

/** `--whmcs-url`, `--identifier` and `--client-id` of the demo client at a provider's address. */
export function demoFlags(url: string): string[] {
  return [
    '--whmcs-url',
    url,
    '--identifier',
    demoCredentials.identifier,
    '--client-id',
    String(demoCredentials.clientId)
  ];
}

/** The CLI's output streams, recorded, and their text so far. */
export function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    text: () => out.join(''),
    io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }
  };
}

/**
 * Runs `hostdeck ARGS` in this process, as the `hostdeck` binary would: its exit code and
 * what it wrote to stdout and stderr. `env` stands for the environment (process.env without).
 */
export async function runCommand(
  args: readonly string[],
  env?: Readonly<Record<string, string | undefined>>
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    ...(env ? { env } : {})
  });
  return { code, out, err };
}

/**
 * A fresh temporary folder for each test of the enclosing suite, removed after it: `root`,
 * and `dataDir`, a data folder inside it that no command has made yet.
 */
export function tempDataDirs(): { readonly root: string; readonly dataDir: string } {
  let dir: { path: string; cleanup: () => void } | null = null;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir?.cleanup());
  const root = (): string => {
    if (dir === null) throw new Error('tempDataDirs: read inside a test');
    return dir.path;
  };
  return {
    get root() {
      return root();
    },
    get dataDir() {
      return join(root(), 'data');
    }
  };
}
