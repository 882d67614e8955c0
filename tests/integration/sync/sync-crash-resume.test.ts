import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '@main/core/ports';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { makeTempDir } from '../../fakes/temp-dir';

/** Runs `hostdeck sync` from source in a child process (the real CLI, the real SQLite file). */
function startSync(url: string, dataDir: string) {
  return spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src-main/cli/main.ts',
      'sync',
      '--whmcs-url',
      url,
      '--identifier',
      demoCredentials.identifier,
      '--secret',
      demoCredentials.secret,
      '--client-id',
      String(demoCredentials.clientId),
      '--data-dir',
      dataDir,
      '--full',
      '--page-size',
      '5'
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  );
}

function cacheFile(dataDir: string): string | null {
  const profiles = join(dataDir, 'profiles');
  if (!existsSync(profiles)) return null;
  const [id] = readdirSync(profiles);
  const file = id ? join(profiles, id, 'cache.sqlite') : null;
  return file && existsSync(file) ? file : null;
}

describe('a sync killed with SIGKILL half-way', () => {
  let provider: DemoProvider;
  let dir: { path: string; cleanup: () => void };
  beforeAll(async () => {
    dir = makeTempDir();
    // Slow replies so the kill lands in the middle of the invoice pages. The CLI child runs
    // on the system clock, so the provider does too: one clock for both.
    provider = await startDemoProvider({
      port: 0,
      size: 'demo',
      seed: 3,
      clock: systemClock,
      faults: { latencyMs: 40 }
    });
  });
  afterAll(async () => {
    await provider.close();
    dir.cleanup();
  });

  it(
    'leaves a cache that passes integrity_check, and the next sync resumes and completes',
    { timeout: 120_000 },
    async () => {
      const child = startSync(provider.url, dir.path);
      let output = '';
      child.stderr.on('data', (c: Buffer) => (output += c.toString()));
      // Wait until some invoice pages are committed with a cursor, then kill without warning.
      const deadline = Date.now() + 45_000;
      let cursorSeen: string | null = null;
      while (Date.now() < deadline && cursorSeen === null) {
        await new Promise((r) => setTimeout(r, 50));
        const file = cacheFile(dir.path);
        if (!file) continue;
        try {
          const db = new DatabaseSync(file, { readOnly: true });
          const row = db
            .prepare(
              "SELECT cursor FROM sync_state WHERE entity = 'invoices' AND cursor IS NOT NULL"
            )
            .get() as { cursor: string } | undefined;
          db.close();
          if (row && Number(row.cursor) > 0 && Number(row.cursor) < provider.data.invoices.length)
            cursorSeen = row.cursor;
        } catch {
          // The schema may not exist yet.
        }
      }
      expect(cursorSeen, output).not.toBeNull();
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));

      const file = cacheFile(dir.path)!;
      const check = new DatabaseSync(file);
      expect(check.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      const partial = (check.prepare('SELECT count(*) AS n FROM invoices').get() as { n: number })
        .n;
      expect(partial).toBeGreaterThan(0);
      expect(partial).toBeLessThan(provider.data.invoices.length);
      check.close();

      provider.setFaults({});
      const second = startSync(provider.url, dir.path);
      let out = '';
      second.stdout.on('data', (c: Buffer) => (out += c.toString()));
      const code = await new Promise<number | null>((r) => second.once('exit', r));
      expect(code, out).toBe(0);

      const done = new DatabaseSync(file);
      expect(done.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      expect((done.prepare('SELECT count(*) AS n FROM invoices').get() as { n: number }).n).toBe(
        provider.data.invoices.length
      );
      expect((done.prepare('SELECT count(*) AS n FROM domains').get() as { n: number }).n).toBe(
        provider.data.domains.length
      );
      expect(done.prepare("SELECT cursor FROM sync_state WHERE entity = 'invoices'").get()).toEqual(
        { cursor: null }
      );
      done.close();
    }
  );
});
