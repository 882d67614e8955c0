import { describe, expect, it } from 'vitest';
import { runDemoProvider } from '@main/cli/commands/demo-provider';
import { systemClock } from '@main/core/ports';
import { createCombellAdapter } from '@main/core/providers/combell/combell-adapter';
import { createNodeHttp } from '@main/node/node-http';

function start(args: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const stop = new AbortController();
  let announce: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (announce = resolve));
  const exit = runDemoProvider(
    args,
    {
      stdout: (s) => {
        out.push(s);
        const match = /listening on (\S+)/.exec(s);
        if (match?.[1]) announce(match[1]);
      },
      stderr: (s) => void err.push(s)
    },
    stop.signal
  );
  return { out, err, url, exit, stop: () => stop.abort() };
}

describe('hostdeck demo-provider --kind combell', () => {
  it('serves the Combell API with the printed key and secret, and refuses a wrong secret', async () => {
    const run = start(['--kind', 'combell']);
    try {
      const url = await run.url;
      const printed = run.out.join('');
      const apiKey = /API key: +(\S+)/.exec(printed)?.[1] ?? '';
      const apiSecret = /API secret: +(\S+)/.exec(printed)?.[1] ?? '';
      expect(printed).toContain(`Combell API: ${url}/v2`);
      // The command runs on the real clock, so the client signs with the real clock too.
      const adapter = (secret: string) =>
        createCombellAdapter(
          { baseUrl: url, apiKey, apiSecret: secret },
          { http: createNodeHttp(), clock: systemClock }
        );
      expect(await adapter(apiSecret).testConnection()).toMatchObject({ ok: true });
      expect(await adapter(`${apiSecret}x`).testConnection()).toMatchObject({
        ok: false,
        reason: 'auth'
      });
    } finally {
      run.stop();
    }
    expect(await run.exit).toBe(0);
  });

  it('refuses an unknown kind with exit code 2', async () => {
    const run = start(['--kind', 'plesk']);
    expect(await run.exit).toBe(2);
    expect(run.err.join('')).toMatch(/--kind must be whmcs or combell/);
  });
});
