/** What the CLI tests share: the demo client's sign-in flags and the output a run wrote. */
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
