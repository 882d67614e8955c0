import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './web-shell-fixture';

/** Opens Usage and waits until the current month's figures are on screen (the demo provider syncs at start). */
async function openUsage(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Usage' }).click();
  const usage = page.locator('[data-page="usage"][data-view-state="ready"]');
  // The first sync may still be running when the page opens; cache:changed brings the rows in.
  await expect(usage.locator('.usage-table tbody tr[data-status]').first()).toBeVisible({
    timeout: 60_000
  });
  return usage;
}

test.describe('the Usage screen in the web shell', () => {
  test('says the chart is being drawn while its code loads, then draws it', async ({
    page,
    shell
  }) => {
    // Hold the chart's chunk back (a slow disk, a cold start) until the message has been seen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/usage-chart-drawing-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const usage = await openUsage(page, shell.url);
    const loading = usage.locator('.chart-loading');
    await expect(loading).toHaveText('Drawing the chart…');
    release();
    await expect(usage.locator('svg .recharts-bar-rectangle').first()).toBeVisible();
    await expect(loading).toHaveCount(0);
  });

  test('shows the chart, the rows with a pending account, and exports CSV', async ({
    page,
    shell
  }) => {
    const usage = await openUsage(page, shell.url);
    await expect(usage.locator('svg .recharts-bar-rectangle').first()).toBeVisible();
    expect(await usage.locator('svg .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await usage.locator('.usage-table tbody tr[data-status]').count()).toBeGreaterThan(1);

    // The demo's acc-2 was created 30 snapshots ago: pending under the 48-hour rule.
    const pending = usage.locator('tr[data-resource="acc-2"]');
    await expect(pending).toHaveAttribute('data-status', 'pending');
    await expect(pending).toContainText(/charged in \d+ h unless deleted/);
    await expect(usage.getByText(/Provisional/)).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      usage.getByRole('button', { name: 'Export rows (CSV)' }).click()
    ]);
    expect(download.suggestedFilename()).toMatch(/^hostdeck-usage-\d{4}-\d{2}-rows\.csv$/);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('resource_id,kind,parent_account_id,pack,monthly_price,')).toBe(true);
    expect(text).toContain('acc-2,account,');

    const [daily] = await Promise.all([
      page.waitForEvent('download'),
      usage.getByRole('button', { name: 'Export daily (CSV)' }).click()
    ]);
    expect(
      readFileSync(await daily.path(), 'utf8').startsWith('date,billed_hours,amount,currency\r\n')
    ).toBe(true);
  });

  test('sorts by amount and filters by status in the real browser', async ({ page, shell }) => {
    const usage = await openUsage(page, shell.url);
    const amountHeader = usage.getByRole('columnheader', { name: /Amount/ });
    await amountHeader.getByRole('button').click();
    await expect(amountHeader).toHaveAttribute('aria-sort', 'descending');
    await usage.getByLabel('Filter by status').selectOption('free');
    // Main filters the rows: the next page arrives a moment later.
    await expect
      .poll(async () =>
        usage
          .locator('.usage-table tbody tr[data-status]')
          .evaluateAll((rows) => rows.every((r) => r.getAttribute('data-status') === 'free'))
      )
      .toBe(true);
  });

  test('a past month checks the bill against the demo invoice', async ({ page, shell }) => {
    await page.setViewportSize({ width: 1280, height: 2600 });
    const usage = await openUsage(page, shell.url);
    const picker = usage.getByRole('combobox', { name: 'Month', exact: true });
    const values = await picker
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(values.length).toBeGreaterThan(2);
    // The month before last: the provider bills a month once it has ended in its own zone, so
    // in the first hours of a month (Brussels is ahead of the demo's UTC) last month may not
    // be invoiced yet; the one before always is.
    await picker.selectOption(values[2] ?? '');
    await expect(page.locator(`[data-page="usage"][data-view-state="ready"]`)).toBeVisible();
    await expect(usage.getByTestId('usage-bill-difference')).toBeVisible({ timeout: 30_000 });
    await expect(usage.getByTestId('usage-bill')).toContainText(/Invoiced/);
    await page.screenshot({ path: '/tmp/shots/usage-past-month-light.png' });

    // The demo's acc-1 moves from Starter 1 to Pro 10 45 days into its history: two rows, kept together.
    await picker.selectOption(values.at(-2) ?? '');
    const upgraded = usage.locator('tr[data-resource="acc-1"]');
    await expect(upgraded).toHaveCount(2);
    await expect(upgraded.nth(1).locator('.usage-marker')).toHaveText('upgraded');
  });

  test('screenshots in light and dark', async ({ page, shell }) => {
    await page.setViewportSize({ width: 1360, height: 1500 });
    await page.emulateMedia({ colorScheme: 'light' });
    await openUsage(page, shell.url);
    await page.screenshot({ path: '/tmp/shots/usage-light.png', fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(
      page.locator('html[data-theme="dark"], html:not([data-theme])').first()
    ).toBeVisible();
    await page.screenshot({ path: '/tmp/shots/usage-dark.png', fullPage: true });
    await page.locator('.usage-table-card').screenshot({ path: '/tmp/shots/usage-table-dark.png' });
  });
});
