import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium against the web shell (the Electron binary cannot
 * be downloaded on these machines; tests/e2e/electron.spec.ts covers Electron where it exists).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    // The zone every e2e test assumes: the default reseller zone in Settings. The web shell
    // runs in it too (tests/e2e/web-shell-fixture.ts), whatever this machine's zone is.
    timezoneId: 'Europe/Brussels',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['HOSTDECK_CHROMIUM'] ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS
    }
  }
});
