/**
 * Combell in the real web shell, on a pinned clock the shell shares with its built-in
 * Combell demo (HOSTDECK_TEST_CLOCK) and the browser shares too (page.clock): onboarding with
 * the Combell demo, what a Combell profile shows and hides, the price list editor (save,
 * reload, a CSV with a bad line), and the Usage screen after Hostdeck was closed for hours —
 * stopped and started again on the same data dir four hours later, so the hours between have
 * no hourly image, as when the reseller's computer was off. Screenshots to /tmp/shots.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe-page';
import { expect, launchWebShell, test, type RunningShell } from './web-shell-fixture';

const SHOTS_DIR = process.env['HOSTDECK_SHOTS_DIR'] ?? '/tmp/shots';
const HOUR = 3_600_000;
/** A Tuesday, 09:20 in Brussels: the first recorded hour slot is 08:00 UTC. */
const T0 = Date.parse('2026-03-10T08:20:00Z');

/** A shell on its own data dir whose clock reads `at` when it starts. */
function startShell(dataDir: string, at: number): Promise<RunningShell> {
  return launchWebShell(dataDir, {
    HOSTDECK_NO_AUTO_DEMO: '1',
    HOSTDECK_TEST_CONTROL: '1',
    HOSTDECK_TEST_CLOCK: new Date(at).toISOString()
  });
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
}

/** Onboarding → "Try the Combell demo" → the dashboard once the first sync has finished. */
async function startCombellDemo(page: Page): Promise<void> {
  await expect(page.locator('[data-page="onboarding"]')).toBeVisible();
  await page.getByRole('button', { name: 'Try the Combell demo' }).click();
  await expect(page.locator('[data-page="dashboard"][data-view-state="ready"]')).toBeVisible({
    timeout: 60_000
  });
  await waitForSync(page);
}

async function waitForSync(page: Page): Promise<void> {
  await expect(page.getByTestId('status-last-sync')).toContainText('Last synced', {
    timeout: 60_000
  });
  await expect(page.getByTestId('sync-now')).toHaveText('Sync now', { timeout: 60_000 });
}

async function open(page: Page, name: string, pageId: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name }).click();
  await expect(page.locator(`[data-page="${pageId}"][data-view-state="ready"]`)).toBeVisible({
    timeout: 30_000
  });
}

/** Screenshots in both themes, each checked by axe (no serious or critical WCAG A/AA finding). */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.screenshot({ path: `${SHOTS_DIR}/${name}-${scheme}.png`, fullPage: true });
    expect(await seriousViolations(page), `${name} (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** An instant as the screen writes it in the reseller's zone (the app's formatter). */
function onScreen(page: Page, instant: number): Promise<string> {
  return page.evaluate(
    (ms) =>
      new Intl.DateTimeFormat(undefined, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/Brussels'
      }).format(ms),
    instant
  );
}

test.describe('a Combell reseller', () => {
  let dataDir = '';
  let shell: RunningShell | null = null;

  test.beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'hostdeck-e2e-combell-'));
  });
  test.afterEach(async () => {
    await shell?.stop();
    shell = null;
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('onboards with the Combell demo: domains and accounts, no invoices or tickets', async ({
    page
  }) => {
    shell = await startShell(dataDir, T0);
    await page.clock.install({ time: T0 });
    await openApp(page, shell.url);
    await expect(page.getByRole('button', { name: 'Try the Combell demo' })).toBeVisible();
    await shoot(page, 'combell-onboarding');
    await startCombellDemo(page);
    await expect(page.getByTestId('status-profile')).toContainText('Combell demo');

    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link', { name: 'Domains' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Services' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Invoices' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: /^Tickets/ })).toHaveCount(0);
    await expect(page.getByTestId('card-credit')).toHaveCount(0);
    await expect(page.getByTestId('card-domains').locator('.stat-card__value')).toHaveText(
      /^[1-9]\d*$/
    );
    await shoot(page, 'combell-dashboard');

    await open(page, 'Domains', 'domains');
    expect(await page.locator('[data-page="domains"] tbody tr').count()).toBeGreaterThan(1);
    // A domain's auto-renew switch: what it shows after the provider answered (switched, or
    // refused and moved back for a domain Combell does not let switch) is what a reload shows.
    await page.locator('[data-page="domains"] .data-table__link').first().click();
    const detail = page.getByTestId('domain-detail');
    const toggle = detail.getByRole('switch');
    const before = await toggle.isChecked();
    await toggle.click();
    await expect(toggle).toBeEnabled({ timeout: 30_000 });
    const refused = (await detail.getByText(/^Not changed:/).count()) > 0;
    await expect(toggle).toBeChecked({ checked: refused ? before : !before });
    await page.reload();
    await expect(page.getByTestId('domain-detail').getByRole('switch')).toBeChecked({
      checked: refused ? before : !before
    });
    await open(page, 'Services', 'services');
    // The demo's hosting accounts, each on its service pack.
    await expect(page.locator('[data-page="services"] tbody')).toContainText(/Hosting|WordPress/);

    await page.goto(`${shell.url}#/invoices`);
    const unavailable = page.locator('[data-page="invoices"][data-view-state="empty"]');
    await expect(unavailable).toContainText('Not available for this provider');
    await expect(unavailable).toContainText('does not offer invoices');
    await shoot(page, 'combell-invoices-unavailable');
  });

  test('prices the record in the price list, and Usage says since when and which hours are missing', async ({
    page
  }) => {
    await page.setViewportSize({ width: 1280, height: 1100 });
    shell = await startShell(dataDir, T0);
    await page.clock.install({ time: T0 });
    await openApp(page, shell.url);
    await startCombellDemo(page);

    // The price list, pre-filled with every pack and add-on of the first hourly image.
    await page.goto(`${shell.url}#/prices`);
    const prices = page.locator('[data-page="prices"][data-view-state="ready"]');
    await expect(prices).toBeVisible({ timeout: 30_000 });
    const rows = prices.getByTestId('price-row');
    expect(await rows.count()).toBeGreaterThan(0);
    await expect(prices.locator('[data-priced="true"]')).toHaveCount(0);
    const first = rows.first();
    const name = (await first.locator('th').textContent()) ?? '';
    const input = first.getByRole('textbox');
    await input.fill('14,95');
    await input.press('Enter');
    await expect(prices.getByTestId('price-save-status')).toContainText('Price list saved');
    await page.reload();
    await expect(prices).toBeVisible({ timeout: 30_000 });
    const saved = prices
      .getByTestId('price-row')
      .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await expect(saved.getByRole('textbox')).toHaveValue('14.95');
    await expect(saved).toHaveAttribute('data-priced', 'true');

    // A CSV with a bad third line: the line is named and nothing is imported.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      prices.getByRole('button', { name: 'Import CSV…' }).click()
    ]);
    await chooser.setFiles({
      name: 'combell-prices.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `kind,name,monthly_price,currency\nservicepack,${name},99.00,EUR\nspaceship,Falcon,1.00,EUR\n`
      )
    });
    const result = prices.getByTestId('price-import-result');
    await expect(result).toContainText('Nothing imported');
    await expect(result.getByRole('listitem').first()).toContainText(/^Line 3:/);
    await expect(saved.getByRole('textbox')).toHaveValue('14.95');
    await shoot(page, 'combell-price-list');

    // Hostdeck closed for four hours: stopped, and started again on the same data four hours on.
    const later = T0 + 4 * HOUR;
    await shell.stop();
    shell = await startShell(dataDir, later);
    await page.clock.setSystemTime(later);
    await openApp(page, shell.url);
    await waitForSync(page);
    await open(page, 'Usage', 'usage');
    const usage = page.locator('[data-page="usage"]');
    const since = await onScreen(page, Date.parse('2026-03-10T08:00:00Z'));
    await expect(usage.getByTestId('usage-recording-since')).toContainText(
      `Recording since ${since}.`,
      { timeout: 30_000 }
    );
    // Slots 09:00, 10:00 and 11:00 UTC have no image: Hostdeck was not running.
    const gaps = usage.getByTestId('usage-missing-hours');
    await expect(gaps.getByRole('listitem')).toHaveCount(1);
    await expect(gaps.getByRole('listitem')).toContainText('3 hours without an hourly image');
    await expect(gaps.getByRole('listitem')).toContainText(
      await onScreen(page, Date.parse('2026-03-10T09:00:00Z'))
    );
    // The packs still without a price are flagged, with the way to the price list.
    const unpriced = usage.getByTestId('usage-unpriced');
    await expect(unpriced).toBeVisible();
    await expect(unpriced).not.toContainText(name);
    await shoot(page, 'combell-usage');
    await unpriced.getByRole('link', { name: 'Set the prices in the price list' }).click();
    await expect(page.locator('[data-page="prices"]')).toBeVisible();
  });
});
