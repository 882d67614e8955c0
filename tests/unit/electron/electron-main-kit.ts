/**
 * src-main/index.ts loaded as a test: its data folder named by the environment and the fake
 * electron module in place of the real one.
 */
import { vi } from 'vitest';
import { createFakeElectron, type FakeElectron } from '../../fakes/fake-electron';

/** Points the app at `dataDir` and puts a new fake electron in place for the next import. */
export function fakeElectronMain(dataDir: string): FakeElectron {
  vi.stubEnv('HOSTDECK_DATA_DIR', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  // Start-at-login writes under XDG_CONFIG_HOME on Linux: never the real home in a test.
  vi.stubEnv('XDG_CONFIG_HOME', dataDir);
  const fake = createFakeElectron();
  vi.doMock('electron', () => fake.module);
  vi.resetModules();
  return fake;
}

/** Takes the fake electron and the environment away again. */
export function restoreElectronMain(): void {
  vi.doUnmock('electron');
  vi.unstubAllEnvs();
  vi.resetModules();
}
