/** What the CLI tests share: the demo client's sign-in flags and the output a run wrote. */
import { runCli } from '@main/cli/run-cli';
import { demoCredentials } from '@main/demo-provider';

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
