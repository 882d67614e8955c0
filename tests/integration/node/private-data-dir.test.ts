import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '@main/cli/run-cli';
import { dispatch } from '@main/core/dispatch';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { createSessionSecretStore } from '@main/node/keytar-secret-store';
import { lockDownDataDir } from '@main/node/private-data-dir';
import { startWebShell } from '@main/web-shell/web-shell';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoFlags } from '../../fakes/cli-kit';

/** Every folder and file under `dir` (itself included) with its permission bits. */
function modes(dir: string): Record<string, string> {
  const out: Record<string, string> = { '.': octal(dir) };
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' }))
    out[rel] = octal(join(dir, rel));
  return out;
}
const octal = (path: string) => (statSync(path).mode & 0o7777).toString(8).padStart(4, '0');

/** Folders must be 0700 and files 0600; lists whatever is not. */
function notPrivate(dir: string): string[] {
  return Object.entries(modes(dir))
    .filter(([rel, mode]) => {
      const folder = statSync(join(dir, rel)).isDirectory();
      return mode !== (folder ? '0700' : '0600');
    })
    .map(([rel, mode]) => `${rel} ${mode}`);
}

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((rel) =>
    relative(dir, join(dir, rel))
  );

describe('the data folder is private to the user', () => {
  let tmp: { path: string; cleanup: () => void };
  let umask: number;
  beforeEach(() => {
    tmp = makeTempDir();
    // A usual login umask: without Hostdeck's own care, files would be world-readable.
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
    tmp.cleanup();
  });

  describe('after a CLI sync', () => {
    let provider: DemoProvider;
    beforeAll(async () => {
      // The CLI runs on the system clock; the provider shares it.
      provider = await startDemoProvider({ port: 0, size: 'demo', seed: 4 });
    });
    afterAll(() => provider.close());

    it('holds the cache, profiles and logs as 0600 in 0700 folders', async () => {
      const dataDir = join(tmp.path, 'new', 'Hostdeck');
      const code = await runCli(['sync', ...demoFlags(provider.url), '--data-dir', dataDir], {
        stdout: () => undefined,
        stderr: () => undefined,
        env: { HOSTDECK_SECRET: demoCredentials.secret },
        promptHidden: null
      });
      expect(code).toBe(0);
      const written = files(dataDir);
      expect(written).toContain('profiles.json');
      expect(written).toContain('logs');
      expect(written.some((f) => f.endsWith('cache.sqlite'))).toBe(true);
      expect(notPrivate(dataDir)).toEqual([]);

      // A read-only command opens the cache again (WAL files come and go): still private.
      const exported = await runCli(
        ['export', 'domains', '--format', 'json', '--data-dir', dataDir],
        { stdout: () => undefined, stderr: () => undefined }
      );
      expect(exported).toBe(0);
      expect(notPrivate(dataDir)).toEqual([]);
    });
  });

  it('holds the live cache with its WAL and shared-memory files as 0600 while the web shell runs', async () => {
    const dataDir = join(tmp.path, 'web');
    const clock = new FakeClock('2026-05-04T10:15:00Z');
    const shell = await startWebShell({
      dataDir,
      staticDir: null,
      version: 't',
      secrets: createSessionSecretStore('test'),
      clock,
      demo: { clock }
    });
    try {
      const sync = await dispatch(
        shell.services.handlers,
        'sync:run-now',
        { mode: 'full' },
        new RecordingLogger()
      );
      expect(sync).toMatchObject({ ok: true, value: { ok: true } });
      const written = files(dataDir);
      for (const suffix of ['cache.sqlite', 'cache.sqlite-wal', 'cache.sqlite-shm'])
        expect(
          written.some((f) => f.endsWith(suffix)),
          suffix
        ).toBe(true);
      expect(written).toContain('settings.json');
      expect(notPrivate(dataDir)).toEqual([]);
    } finally {
      await shell.close();
    }
  });

  it('tightens what an older Hostdeck left readable, and leaves other files and shared folders alone', () => {
    const dataDir = join(tmp.path, 'old');
    mkdirSync(join(dataDir, 'logs'), { recursive: true, mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'profiles.json'), '{}', { mode: 0o644 });
    writeFileSync(join(dataDir, 'logs', 'hostdeck.log.1'), '', { mode: 0o644 });
    writeFileSync(join(dataDir, 'someone-elses.sh'), '', { mode: 0o755 });
    expect(lockDownDataDir(dataDir).failures).toEqual([]);
    expect(modes(dataDir)).toEqual({
      '.': '0700',
      logs: '0700',
      [join('logs', 'hostdeck.log.1')]: '0600',
      'profiles.json': '0600',
      'someone-elses.sh': '0755'
    });

    // `--data-dir /tmp` must not close /tmp to everyone else.
    const shared = join(tmp.path, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    const report = lockDownDataDir(shared);
    expect(octal(shared)).toBe('1777');
    expect(report.failures).toEqual([{ path: shared, error: expect.stringMatching(/shared/) }]);
    expect(existsSync(shared)).toBe(true);
  });
});
