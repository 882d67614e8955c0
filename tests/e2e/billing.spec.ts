/**
 * Billing and services end to end, in Chromium through the built web shell and its demo
 * provider: an invoice's PDF drawn in the app by pdf.js; with the provider stopped, another
 * cached invoice still shows its PDF, the statement and the accountant's bundle still work;
 * the services page filters, searches and sorts. Screenshots of the screens in light and
 * dark. Waits on data only, never on fixed sleeps.
 */
import { expect, test } from './web-shell-fixture';
import {
  cachedInvoiceRows,
  invoiceRows,
  openInvoice,
  openInvoices,
  openServices,
  pdfPanel,
  readyPage,
  renderedPdfInk,
  rowLink,
  serviceDomains,
  serviceRows,
  waitForCachedPdfs
} from './billing-page';
import { demoProvider, dismissToasts } from './ticket-inbox-page';

const SHOTS = process.env['HOSTDECK_SHOTS_DIR'] ?? '/tmp/shots';

test.use({ shellEnv: { HOSTDECK_TEST_CONTROL: '1' } });

test.describe('billing in the web shell', () => {
  test('an invoice shows its PDF; with the provider stopped another cached one still does', async ({
    page,
    shell
  }) => {
    await openInvoices(page, shell);
    await waitForCachedPdfs(page, 2);

    const firstId = await openInvoice(page, cachedInvoiceRows(page).first());
    expect(await renderedPdfInk(page)).toBeGreaterThan(500);
    await expect(page.getByTestId('invoice-pdf-meta')).toContainText('Available offline');

    // Escape goes back to the list, with focus on the row just opened.
    await page.keyboard.press('Escape');
    await expect(readyPage(page, 'invoices')).toBeVisible();
    await expect(
      rowLink(page.locator(`[data-testid="invoice-row"][data-invoice="${firstId}"]`))
    ).toBeFocused();

    await demoProvider(shell, 'stop');
    try {
      const secondId = await openInvoice(page, cachedInvoiceRows(page).nth(1));
      expect(secondId).not.toBe(firstId);
      expect(await renderedPdfInk(page)).toBeGreaterThan(500);
      await expect(page.getByTestId('invoice-lines').locator('tbody tr').first()).toBeVisible();

      // The statement and the accountant's bundle come from the cache too.
      await page.getByRole('link', { name: '← All invoices' }).click();
      await page.getByRole('link', { name: 'Statement & bundle' }).click();
      await expect(page.locator('[data-page="statement"][data-view-state="ready"]')).toBeVisible();
      await expect(page.getByTestId('statement-entry').first()).toBeVisible();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export bundle (ZIP)' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.zip$/);
      await expect(page.getByTestId('bundle-outcome')).toContainText('Saved');

      // An invoice whose PDF was never downloaded says so instead of failing.
      await page.getByRole('link', { name: 'Invoices', exact: true }).first().click();
      await expect(readyPage(page, 'invoices')).toBeVisible();
      // (The demo's newest invoices include a draft, whose PDF the cache never fetches.)
      const missing = page.locator('[data-testid="invoice-row"][data-pdf="missing"]');
      expect(await missing.count()).toBeGreaterThan(0);
      await openInvoice(page, missing.first());
      await expect(pdfPanel(page)).toHaveAttribute('data-pdf-state', 'missing', {
        timeout: 60_000
      });
      await expect(pdfPanel(page)).toContainText('Not downloaded yet');
    } finally {
      await demoProvider(shell, 'start');
    }
  });

  test('the statement opened from its address is laid out, every column in a 1280 px window', async ({
    page,
    shell
  }) => {
    // As after a restart on the statement, or a link to it: no other page was opened before
    // to bring its stylesheets (the filter bar's, the table's and its pager's).
    await page.goto(`${shell.url}#/statement`);
    await expect(page.locator('[data-page="statement"][data-view-state="ready"]')).toBeVisible();
    const period = page.getByRole('group', { name: 'Statement period' });
    const fields = await period.evaluate((group) =>
      [...group.children].map((field) => {
        const box = field.getBoundingClientRect();
        return { left: box.left, top: box.top };
      })
    );
    // The preset and the two dates side by side in one row, not stacked under each other.
    expect(fields.length).toBeGreaterThanOrEqual(3);
    for (const [i, field] of fields.entries()) {
      if (i === 0) continue;
      expect(field.left).toBeGreaterThan(fields[i - 1]!.left);
      expect(Math.abs(field.top - fields[0]!.top)).toBeLessThan(10);
    }
    const table = page.getByTestId('statement-table');
    const fit = await table.evaluate((element) => {
      const scroller = element.parentElement!;
      return { needed: scroller.scrollWidth, shown: scroller.clientWidth };
    });
    expect(fit.needed).toBeLessThanOrEqual(fit.shown);
    await expect(table.getByRole('columnheader', { name: 'Credit balance' })).toBeInViewport();
  });

  test('the services page filters by status, searches and sorts', async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
    await openServices(page);
    await expect(serviceRows(page).first()).toBeVisible({ timeout: 60_000 });
    const all = await serviceRows(page).count();
    expect(all).toBeGreaterThan(2);

    const active = page.getByRole('radio', { name: /^Active/ });
    await active.click();
    await expect(readyPage(page, 'services')).toBeVisible();
    const activeCount = Number(await active.locator('.choice-strip__count').textContent());
    await expect(serviceRows(page)).toHaveCount(activeCount);
    for (const status of await serviceRows(page).evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-status'))
    ))
      expect(status).toBe('active');

    await page.getByRole('radio', { name: /^All/ }).click();
    const [firstDomain = ''] = await serviceDomains(page);
    const word = firstDomain.split('.')[0]!.slice(-5);
    await page.getByLabel('Search').fill(word);
    await expect(async () => {
      const domains = await serviceDomains(page);
      expect(domains.length).toBeGreaterThan(0);
      expect(domains.length).toBeLessThan(all);
      for (const domain of domains) expect(domain).toContain(word);
    }).toPass();

    await page.getByLabel('Search').fill('');
    await expect(serviceRows(page)).toHaveCount(all);
    const disk = page.getByRole('columnheader', { name: /Disk/ });
    await disk.getByRole('button').click();
    await expect(disk).toHaveAttribute('aria-sort', 'descending');
    await expect(async () => {
      const used = await serviceRows(page).evaluateAll((rows) =>
        rows.map((row) =>
          Number(row.querySelector('[role="meter"]')?.getAttribute('aria-valuenow') ?? -1)
        )
      );
      expect(used).toEqual([...used].sort((a, b) => b - a));
    }).toPass();

    // A service opens with Enter and shows its use against the limits.
    await rowLink(serviceRows(page).first()).focus();
    await page.keyboard.press('Enter');
    await expect(readyPage(page, 'services')).toBeVisible();
    await expect(page.getByTestId('service-detail').getByRole('meter').first()).toBeVisible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots of invoices, an invoice with its PDF, the statement and services (${scheme})`, async ({
      page,
      shell
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openInvoices(page, shell);
      await waitForCachedPdfs(page, 1);
      await dismissToasts(page);
      await page.screenshot({ path: `${SHOTS}/billing-invoices-${scheme}.png` });

      await openInvoice(page, cachedInvoiceRows(page).first());
      expect(await renderedPdfInk(page)).toBeGreaterThan(500);
      await dismissToasts(page);
      await page.screenshot({ path: `${SHOTS}/billing-invoice-pdf-${scheme}.png` });

      await page.getByRole('link', { name: '← All invoices' }).click();
      await page.getByRole('link', { name: 'Statement & bundle' }).click();
      await expect(page.locator('[data-page="statement"][data-view-state="ready"]')).toBeVisible();
      await dismissToasts(page);
      await page.screenshot({ path: `${SHOTS}/billing-statement-${scheme}.png` });

      await openServices(page);
      await expect(invoiceRows(page)).toHaveCount(0);
      await dismissToasts(page);
      await page.screenshot({ path: `${SHOTS}/billing-services-${scheme}.png` });
    });
  }
});
