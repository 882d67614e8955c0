/**
 * The settings form against the real web shell: main's refusal names its fields by path (the
 * form marks exactly those), the form's own check stops text that is not a number, and a
 * corrected save is stored.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './web-shell-fixture';

async function openSettings(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(page.locator('[data-page="settings"][data-view-state="ready"]')).toBeVisible();
  return page.getByRole('form', { name: 'Settings' });
}

test.describe('the settings form', () => {
  test('marks the field main refuses, and saves once it is corrected', async ({ page, shell }) => {
    const form = await openSettings(page, shell.url);
    const zone = form.getByLabel('Time zone');
    const interval = form.getByLabel('Sync interval (minutes)');
    await zone.fill('Mars/Olympus');
    await interval.fill('45');
    await form.getByRole('button', { name: 'Save settings' }).click();

    await expect(form.getByText('The request was not valid.')).toBeVisible();
    await expect(zone).toHaveAttribute('aria-invalid', 'true');
    await expect(interval).not.toHaveAttribute('aria-invalid', 'true');

    await zone.fill('Europe/Paris');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect(form.getByText('Saved')).toBeVisible();
    await expect(zone).not.toHaveAttribute('aria-invalid', 'true');

    await page.reload();
    await expect(page.locator('[data-page="settings"][data-view-state="ready"]')).toBeVisible();
    await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Paris');
    await expect(page.getByLabel('Sync interval (minutes)')).toHaveValue('45');
  });

  test('names thresholds that are not numbers without saving, and is used from the keyboard', async ({
    page,
    shell
  }) => {
    const form = await openSettings(page, shell.url);
    const thresholds = form.getByLabel(/Alert thresholds/);
    await thresholds.fill('30, soon');
    await thresholds.press('Enter');
    await expect(form.getByText(/Alert thresholds: enter whole days/)).toBeVisible();
    await expect(thresholds).toHaveAttribute('aria-invalid', 'true');

    await page.reload();
    await expect(page.locator('[data-page="settings"][data-view-state="ready"]')).toBeVisible();
    await expect(page.getByLabel(/Alert thresholds/)).toHaveValue('60, 30, 14, 7, 3, 1');
  });
});
