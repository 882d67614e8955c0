import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';

export interface RunningShell {
  readonly url: string;
  readonly dataDir: string;
  /** The test-only control (`HOSTDECK_TEST_CONTROL=1` in `shellEnv`), else null. */
  readonly testControlUrl: string | null;
  /** Stops the shell process and starts a new one on the same data dir. */
  restart(): Promise<RunningShell>;
  stop(): Promise<void>;
}

/** Starts `node out/main/web.js` (the real built web shell) and waits for its ready line. */
export async function launchWebShell(
  dataDir: string,
  extraEnv: Record<string, string> = {}
): Promise<RunningShell> {
  const child: ChildProcess = spawn(process.execPath, ['out/main/web.js', '--data-dir', dataDir], {
    // The zone every e2e test assumes, the same as the browser's (playwright.config.ts) and
    // the default reseller zone in Settings, whatever this machine's zone is.
    env: { ...process.env, TZ: 'Europe/Brussels', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`web shell did not start in 30 s\n${out}\n${stderr}`)),
      30_000
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready: (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web shell exited with ${code}\n${out}\n${stderr}`));
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return {
    url,
    dataDir,
    // Printed before the ready line when the control is on.
    testControlUrl: /test control \(tests only\): (http:\/\/\S+)/.exec(out)?.[1] ?? null,
    stop,
    restart: async () => {
      await stop();
      return launchWebShell(dataDir, extraEnv);
    }
  };
}

/**
 * A Playwright test with a fresh web shell (own temp data dir) per test. `shellEnv` adds
 * environment variables for the shell process, e.g.
 * `test.use({ shellEnv: { HOSTDECK_NO_AUTO_DEMO: '1' } })` to start on the first-run screen.
 */
export const test = base.extend<{ shell: RunningShell; shellEnv: Record<string, string> }>({
  shellEnv: [{}, { option: true }],
  shell: async ({ shellEnv }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hostdeck-e2e-'));
    const shell = await launchWebShell(dataDir, shellEnv);
    let current = shell;
    await use({
      ...shell,
      restart: async () => {
        current = await current.restart();
        return current;
      },
      stop: () => current.stop()
    });
    await current.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

export { expect } from '@playwright/test';
