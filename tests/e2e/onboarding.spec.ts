/**
 * First run in the real web shell, started without the automatic demo profile: onboarding,
 * the demo provider path, a wrong-credentials verdict against a real demo provider over
 * loopback HTTP, and screenshots of both screens in light and dark (to /tmp/shots).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { systemClock } from '../../src-main/core/ports';
import { startDemoProvider, type DemoProvider } from '../../src-main/demo-provider';
import { expect, test } from './web-shell-fixture';

const SHOTS_DIR = process.env['HOSTDECK_SHOTS_DIR'] ?? '/tmp/shots';

test.use({ shellEnv: { HOSTDECK_NO_AUTO_DEMO: '1' } });

async function openOnboarding(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
  await expect(page.locator('[data-page="onboarding"]')).toBeVisible();
}

test.describe('first run', () => {
  test('the demo provider leads to a dashboard with real data', async ({ page, shell }) => {
    await openOnboarding(page, shell.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Hostdeck');
    await expect(page.getByTestId('status-profile')).toHaveText('No provider connected');

    await page.getByRole('button', { name: 'Try the demo provider' }).click();
    const dashboard = page.locator('[data-page="dashboard"][data-view-state="ready"]');
    await expect(dashboard).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('status-profile')).toContainText('Demo provider');
    await expect(page.getByTestId('card-credit')).toContainText(/\d/);
    // The first sync may still be writing domains when the account is already cached.
    await expect(page.getByTestId('card-domains').locator('.stat-card__value')).toHaveText(
      /^[1-9]\d*$/,
      {
        timeout: 60_000
      }
    );
    await expect(
      page.getByTestId('spend-chart').locator('.recharts-bar-rectangle').first()
    ).toBeVisible();
  });

  test('a wrong secret gets a plain "authentication failed" verdict', async ({ page, shell }) => {
    // The web shell runs on the system clock, so the provider does too: one clock for both.
    const provider: DemoProvider = await startDemoProvider({
      port: 0,
      size: 'demo',
      clock: systemClock
    });
    try {
      await openOnboarding(page, shell.url);
      const form = page.getByTestId('connect-form');
      await form.getByLabel('WHMCS address').fill(provider.url);
      await form.getByLabel('API identifier').fill(provider.credentials.identifier);
      await form.getByLabel('API secret').fill('not-the-secret');
      await form.getByLabel('Client id').fill(String(provider.credentials.clientId));
      await form.getByRole('button', { name: 'Test connection' }).click();
      const verdict = page.getByTestId('connection-verdict');
      await expect(verdict).toContainText('Authentication failed');
      await expect(verdict.locator('[data-tone="error"]')).toBeVisible();
      mkdirSync(SHOTS_DIR, { recursive: true });
      await form.screenshot({ path: `${SHOTS_DIR}/connect-verdict-light.png` });

      // The right secret then connects.
      await form.getByLabel('API secret').fill(provider.credentials.secret);
      await form.getByRole('button', { name: 'Test connection' }).click();
      await expect(verdict).toContainText('Connection works.');
    } finally {
      await provider.close();
    }
  });

  test('screenshots of onboarding and the dashboard, light and dark', async ({ page, shell }) => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    await openOnboarding(page, shell.url);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await page.screenshot({ path: `${SHOTS_DIR}/onboarding-${scheme}.png`, fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Try the demo provider' }).click();
    await expect(page.locator('[data-page="dashboard"][data-view-state="ready"]')).toBeVisible({
      timeout: 60_000
    });
    // Wait for the first sync to finish, so the shots show the full figures, not a partial sync.
    await expect(page.getByTestId('status-last-sync')).toContainText('Last synced', {
      timeout: 60_000
    });
    await expect(page.getByTestId('sync-now')).toHaveText('Sync now', { timeout: 60_000 });
    // Alert toasts (another feature) would cover the chart; dismiss those already shown.
    for (const dismiss of await page.getByRole('button', { name: /^Dismiss:/ }).all()) {
      await dismiss.click();
    }
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await page.screenshot({ path: `${SHOTS_DIR}/dashboard-${scheme}.png`, fullPage: true });
    }
    await page.getByTestId('status-profile').getByRole('link').click();
    await expect(page.locator('[data-page="profiles"][data-view-state="ready"]')).toBeVisible();
    await page.screenshot({ path: `${SHOTS_DIR}/profiles-dark.png`, fullPage: true });
  });
});
