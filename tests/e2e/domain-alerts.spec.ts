/**
 * Domain expiry alerts end to end: the built web shell syncs the demo provider, whose
 * domains expire in 1, 3 and 7 days (and some are past expiry), so thresholds are crossed
 * at the first sync. Waits on data only, never on fixed sleeps.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './web-shell-fixture';

const SHOTS = process.env['HOSTDECK_SHOTS_DIR'] ?? '/tmp/shots';

/** The open count the status bar shows, once alerts have arrived. */
async function openCount(page: Page): Promise<number> {
  const button = page.getByTestId('status-alerts');
  await expect(button).toHaveAttribute('data-count', /^[1-9]\d*$/);
  return Number(await button.getAttribute('data-count'));
}

/** Opens the Domains page and waits for the table. */
async function openDomains(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Domains' }).click();
  await expect(page.getByTestId('domains-table')).toBeVisible();
}

/** The name of the first domain whose days-left cell reads `words`. */
async function domainWithDaysLeft(page: Page, words: string): Promise<string> {
  const row = page.getByTestId('domain-row').filter({ hasText: words }).first();
  await expect(row).toBeVisible();
  const name = await row.getAttribute('data-domain');
  expect(name).toBeTruthy();
  return name ?? '';
}

test.describe('domain expiry alerts in the web shell', () => {
  test('shows alerts after the first sync, snoozes one and clears one by renewing', async ({
    page,
    shell
  }) => {
    await page.goto(shell.url);
    await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();

    // The first sync crosses the 1/3/7-day thresholds: the status bar counts open alerts.
    const initial = await openCount(page);
    await expect(page.getByTestId('status-alerts')).toHaveText(
      initial === 1 ? '1 alert' : `${initial} alerts`
    );

    await openDomains(page);
    const inThreeDays = await domainWithDaysLeft(page, 'in 3 days');
    const tomorrow = await domainWithDaysLeft(page, 'tomorrow');
    await expect(
      page.getByTestId('domain-row').filter({ hasText: tomorrow }).locator('.severity')
    ).toBeVisible();

    // The alert centre lists them, reached from the status bar.
    await page.getByTestId('status-alerts').click();
    await expect(page.locator('[data-page="alerts"][data-view-state="ready"]')).toBeVisible();
    await expect(page.getByTestId('alerts-summary')).toHaveText(`${initial} open alerts.`);
    const snoozeTarget = page.getByTestId('alert-item').filter({ hasText: inThreeDays });
    await expect(snoozeTarget).toHaveCount(1);

    // Snoozing one takes it out of the open count and into the Snoozed group.
    await snoozeTarget.getByRole('button', { name: /^Snooze to next threshold/ }).click();
    await expect(page.getByTestId('status-alerts')).toHaveAttribute(
      'data-count',
      String(initial - 1)
    );
    await expect(
      page
        .locator('[data-group="snoozed"]')
        .getByTestId('alert-item')
        .filter({ hasText: inThreeDays })
    ).toHaveCount(1);

    // Renewing the domain expiring tomorrow (the demo provider renews and syncs) clears its alert.
    await openDomains(page);
    await page.getByTestId('domain-row').filter({ hasText: tomorrow }).click();
    const detail = page.getByTestId('domain-detail');
    await expect(detail).toContainText(tomorrow);
    await expect(page.getByTestId('domain-alert')).toBeVisible();
    await detail.getByRole('button', { name: 'Renew' }).click();
    await expect(detail.getByText('No open alert for this domain.')).toBeVisible({
      timeout: 30_000
    });
    await expect(page.getByTestId('detail-days-left')).not.toHaveText('tomorrow');
    await expect(page.getByTestId('status-alerts')).toHaveAttribute(
      'data-count',
      String(initial - 2)
    );
    await page.getByTestId('status-alerts').click();
    await expect(page.getByTestId('alert-item').filter({ hasText: tomorrow })).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots of the domains screens (${scheme})`, async ({ page, shell }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(shell.url);
      await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
      await openCount(page);

      await openDomains(page);
      await expect(
        page.getByTestId('renewals-ahead').locator('.recharts-bar-rectangle').first()
      ).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/domains-list-${scheme}.png` });

      await page.getByTestId('domain-row').filter({ hasText: 'tomorrow' }).first().click();
      await expect(page.getByTestId('alert-history')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/domains-detail-${scheme}.png` });

      await page.getByTestId('status-alerts').click();
      await expect(page.getByTestId('alert-item').first()).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/domains-alerts-${scheme}.png` });
      // A viewport shot of a scrolling main area: check the page did not grow past the window.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
        page.viewportSize()?.height ?? 800
      );
    });
  }
});
