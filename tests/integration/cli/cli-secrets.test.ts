import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promptHidden } from '@main/cli/cli-secrets';
import { runCli } from '@main/cli/run-cli';
import { openProfileStore } from '@main/core/profiles/profile-store';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoFlags } from '../../fakes/cli-kit';

/** A terminal-less run by default: no environment secrets, nobody to prompt. */
function io(options: { env?: Record<string, string>; prompt?: (q: string) => Promise<string> }) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: () => out.join(''),
    err: () => err.join(''),
    io: {
      stdout: (s: string) => void out.push(s),
      stderr: (s: string) => void err.push(s),
      env: options.env ?? {},
      promptHidden: options.prompt ?? null
    }
  };
}

describe('hostdeck sync takes its secret without the command line', () => {
  let provider: DemoProvider;
  let dir: { path: string; cleanup: () => void };
  let run = 0;
  /** Each run gets its own data dir, so "nothing was written" can be checked. */
  const dataDir = () => join(dir.path, `data-${++run}`);
  const sync = (data: string, extra: string[] = []) => [
    'sync',
    ...demoFlags(provider.url),
    '--data-dir',
    data,
    ...extra
  ];

  beforeAll(async () => {
    dir = makeTempDir();
    // The CLI runs on the system clock, so the provider does too: one clock for both.
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 3 });
  });
  afterAll(async () => {
    await provider.close();
    dir.cleanup();
  });

  it('reads HOSTDECK_SECRET from the environment, with no warning', async () => {
    const c = io({ env: { HOSTDECK_SECRET: demoCredentials.secret } });
    expect(await runCli(sync(dataDir()), c.io)).toBe(0);
    expect(c.out()).toMatch(/ok\s+domains/);
    expect(c.err()).not.toMatch(/warning/);
  });

  it('reads --secret-file, ignoring the newline at its end', async () => {
    const file = join(dir.path, 'secret.txt');
    writeFileSync(file, `${demoCredentials.secret}\n`, { mode: 0o600 });
    const c = io({});
    expect(await runCli(sync(dataDir(), ['--secret-file', file]), c.io)).toBe(0);
    expect(c.err()).not.toMatch(/warning/);
  });

  it('exits 2 on a missing, unreadable or empty secret file, writing nothing', async () => {
    const folder = join(dir.path, 'a-folder');
    mkdirSync(folder);
    const empty = join(dir.path, 'empty.txt');
    writeFileSync(empty, '\n');
    const cases: [string, RegExp][] = [
      [join(dir.path, 'nowhere.txt'), /cannot be read: no such file/],
      [folder, /cannot be read: it is a folder/],
      [empty, /is empty/]
    ];
    for (const [file, message] of cases) {
      const data = dataDir();
      const c = io({ env: { HOSTDECK_SECRET: demoCredentials.secret } });
      expect(await runCli(sync(data, ['--secret-file', file]), c.io)).toBe(2);
      expect(c.err().split('\n')[0]).toMatch(/^hostdeck sync: --secret-file /);
      expect(c.err().split('\n')[0]).toMatch(message);
      expect(existsSync(data)).toBe(false);
    }
    // The access key goes through the same rules.
    const c = io({ env: { HOSTDECK_SECRET: demoCredentials.secret } });
    const key = sync(dataDir(), ['--access-key-file', join(dir.path, 'nowhere.txt')]);
    expect(await runCli(key, c.io)).toBe(2);
    expect(c.err()).toMatch(/^hostdeck sync: --access-key-file .* cannot be read: no such file/);
  });

  it('still takes --secret, warning on stderr that it shows in the process list', async () => {
    const c = io({});
    expect(await runCli(sync(dataDir(), ['--secret', demoCredentials.secret]), c.io)).toBe(0);
    expect(c.err()).toMatch(
      /^hostdeck sync: warning: --secret puts the WHMCS API secret in the process list .*--secret-file FILE, HOSTDECK_SECRET or the prompt/m
    );
    const both = io({});
    expect(await runCli(sync(dataDir(), ['--secret', 'a', '--secret-file', 'b']), both.io)).toBe(2);
  });

  it('asks on the terminal when no other source gives the secret, and exits 2 without one', async () => {
    const questions: string[] = [];
    const c = io({
      prompt: async (question) => {
        questions.push(question);
        return demoCredentials.secret;
      }
    });
    expect(await runCli(sync(dataDir()), c.io)).toBe(0);
    expect(questions).toEqual(['WHMCS API secret (not shown): ']);

    const none = io({});
    const data = dataDir();
    expect(await runCli(sync(data), none.io)).toBe(2);
    expect(none.err()).toMatch(/needs the WHMCS API secret: --secret-file FILE, HOSTDECK_SECRET/);
    expect(existsSync(data)).toBe(false);
  });

  it('says how to give the secret when a saved profile has none stored (no keychain kept it)', async () => {
    const data = dataDir();
    openProfileStore(data).add(
      {
        name: 'Saved elsewhere',
        kind: 'whmcs',
        baseUrl: provider.url,
        authMode: 'classic',
        login: demoCredentials.identifier,
        clientId: String(demoCredentials.clientId)
      },
      '2026-01-01T00:00:00.000Z'
    );
    const c = io({});
    expect(await runCli(['sync', '--profile', 'Saved elsewhere', '--data-dir', data], c.io)).toBe(
      3
    );
    expect(c.err()).toMatch(
      /^hostdeck sync: no stored secret for "Saved elsewhere" in .*; run it with --whmcs-url.*--secret-file FILE or HOSTDECK_SECRET$/m
    );
  });

  it('refuses the secret options next to --profile, where they would be ignored', async () => {
    const c = io({});
    expect(await runCli(['sync', '--profile', 'x', '--secret-file', 'f'], c.io)).toBe(2);
    expect(c.err()).toMatch(/go with --whmcs-url/);
  });
});

describe('the hidden prompt', () => {
  function terminal() {
    const input = Object.assign(new PassThrough(), {
      isTTY: true,
      isRaw: false,
      modes: [] as boolean[],
      setRawMode(mode: boolean) {
        this.isRaw = mode;
        this.modes.push(mode);
        return this;
      }
    });
    const shown: string[] = [];
    return { input, output: { write: (s: string) => shown.push(s) }, shown };
  }

  it('never echoes what is typed, honours Backspace and restores the terminal', async () => {
    const t = terminal();
    const answer = promptHidden('Secret: ', t);
    t.input.write('s3cx\u007fret\r');
    await expect(answer).resolves.toBe('s3cret');
    expect(t.shown.join('')).toBe('Secret: \n');
    expect(t.input.modes).toEqual([true, false]);
  });

  it('cancels on Ctrl-C', async () => {
    const t = terminal();
    const answer = promptHidden('Secret: ', t);
    t.input.write('abc\u0003');
    await expect(answer).rejects.toThrow(/cancelled/);
    expect(t.input.isRaw).toBe(false);
  });
});
