/**
 * The Electron shell makes its userData folder private before anything writes there (the
 * single-instance lock, Chromium, the logger, settings), like the web shell and the CLI.
 */
import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeEvent, type FakeElectron } from '../../fakes/fake-electron';
import { fakeElectronMain, restoreElectronMain } from './electron-main-kit';

const mode = (p: string) => (statSync(p).mode & 0o777).toString(8);

describe('the Electron data folder', () => {
  let dataDir: string;
  let fake: FakeElectron;
  let umask: number;

  beforeEach(async () => {
    umask = process.umask(0o022);
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'hostdeck-modes-')), 'Hostdeck');
    fake = fakeElectronMain(dataDir);
  });

  afterEach(async () => {
    restoreElectronMain();
    process.umask(umask);
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('is 0700 with 0600 files from the first line of the app on, older files included', async () => {
    mkdirSync(path.join(dataDir, 'logs'), { recursive: true });
    chmodSync(dataDir, 0o755);
    writeFileSync(path.join(dataDir, 'logs', 'hostdeck.log'), '', { mode: 0o644 });
    await import('@main/index');
    expect(mode(dataDir)).toBe('700');
    expect(mode(path.join(dataDir, 'logs', 'hostdeck.log'))).toBe('600');

    fake.app.markReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1), { timeout: 15_000 });
    // Whatever the process creates from then on is born private (umask 077).
    writeFileSync(path.join(dataDir, 'written-later'), '');
    expect(mode(path.join(dataDir, 'written-later'))).toBe('600');
    fake.app.emit('before-quit', fakeEvent());
    await vi.waitFor(() => expect(fake.app.quitCalls).toBe(1), { timeout: 15_000 });
  });
});
