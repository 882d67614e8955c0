import { expect, test } from './web-shell-fixture';

test.describe('the app frame in the web shell', () => {
  test('loads, shows live status from the core, and navigates', async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
    // The token is stripped from the address bar once read.
    expect(page.url()).not.toContain('token=');
    const statusBar = page.getByTestId('status-bar');
    await expect(statusBar).toBeVisible();
    await expect(page.getByTestId('status-online')).toBeVisible();
    for (const name of ['Usage', 'Domains', 'Tickets', 'Settings', 'Dashboard']) {
      await page.getByRole('navigation').getByRole('link', { name }).click();
      await expect(page.locator(`[data-page="${name.toLowerCase()}"]`)).toBeVisible();
    }
  });

  test('navigates with the keyboard', async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
    await page.keyboard.press('Alt+3');
    await expect(page.locator('[data-page="domains"]')).toBeVisible();
    await page.keyboard.press('Alt+7');
    await expect(page.locator('[data-page="settings"]')).toBeVisible();
  });

  test('a setting round-trips and survives a restart of the shell', async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    const interval = page.getByLabel(/sync interval/i);
    await interval.fill('45');
    await page.getByRole('button', { name: /save/i }).click();
    await expect(page.getByText('Saved')).toBeVisible();
    const restarted = await shell.restart();
    await page.goto(restarted.url);
    await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByLabel(/sync interval/i)).toHaveValue('45');
  });

  test('shows a clear message when opened without the token', async ({ page, shell }) => {
    await page.goto(shell.url.replace(/\?token=.*/, ''));
    await expect(page.getByText(/printed by `?npm run web`?/)).toBeVisible();
  });
});
