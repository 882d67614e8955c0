/**
 * The lists' one table end to end, in Chromium through the built web shell and its demo
 * provider: a list's filters, sort and page live in the address, so Back from an invoice
 * restores them; the rows are links reached and opened from the keyboard; the header stays
 * in view while the rows scroll. Screenshots of invoices, domains and tickets in light and
 * dark. Waits on data only, never on fixed sleeps.
 */
import type { Page } from '@playwright/test';
import { invoiceRows, openInvoices, readyPage, rowLink } from './billing-page';
import { dismissToasts } from './ticket-inbox-page';
import { expect, test, type RunningShell } from './web-shell-fixture';

const SHOTS = process.env['HOSTDECK_SHOTS_DIR'] ?? '/tmp/shots';

/** The address's hash, e.g. `#/invoices?status=paid`. */
const hashOf = (page: Page): string => new URL(page.url()).hash;

/** The totals of the invoice rows on screen, in order, in minor units of their currency. */
async function rowTotals(page: Page): Promise<number[]> {
  const texts = await invoiceRows(page).locator('td:nth-child(5)').allTextContents();
  return texts.map((text) =>
    Math.round(Number(text.replace(/[^\d.,-]/g, '').replace(/,/g, '')) * 100)
  );
}

/** The invoices filtered to issued from far back: every invoice matches, on several pages. */
async function openEveryInvoice(page: Page, shell: RunningShell): Promise<void> {
  await openInvoices(page, shell);
  await page.getByLabel('Issued from').fill('2000-01-01');
  await expect(page).toHaveURL(/#\/invoices\?from=2000-01-01$/);
  await expect(readyPage(page, 'invoices')).toBeVisible();
}

test.describe('the lists’ table in the web shell', () => {
  test('filter, sort and page of the invoices survive opening one and going Back', async ({
    page,
    shell
  }) => {
    await openEveryInvoice(page, shell);
    // A sort: by total, largest first on the first click.
    const total = page.getByRole('columnheader', { name: /Total/ });
    await total.getByRole('button').click();
    await expect(total).toHaveAttribute('aria-sort', 'descending');
    await expect(readyPage(page, 'invoices')).toBeVisible();
    // Page 2.
    await page
      .getByRole('navigation', { name: 'Pages of invoices' })
      .getByRole('button', { name: 'Next →' })
      .click();
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
    await expect(readyPage(page, 'invoices')).toBeVisible();
    expect(hashOf(page)).toBe('#/invoices?from=2000-01-01&sort=total&dir=desc&page=2');
    const totals = await rowTotals(page);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const firstOnPage2 = await invoiceRows(page).first().getAttribute('data-invoice');

    // Open one, then Back.
    const opened = invoiceRows(page).nth(2);
    const openedId = (await opened.getAttribute('data-invoice')) ?? '';
    await opened.click();
    await expect(
      page.locator(`[data-testid="invoice-detail"][data-invoice="${openedId}"]`)
    ).toBeVisible();
    await page.goBack();

    await expect(readyPage(page, 'invoices')).toBeVisible();
    expect(hashOf(page)).toBe('#/invoices?from=2000-01-01&sort=total&dir=desc&page=2');
    await expect(page.getByLabel('Issued from')).toHaveValue('2000-01-01');
    await expect(page.getByRole('columnheader', { name: /Total/ })).toHaveAttribute(
      'aria-sort',
      'descending'
    );
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
    await expect(invoiceRows(page).first()).toHaveAttribute('data-invoice', firstOnPage2 ?? '');
    // Focus is back on the row that was opened.
    await expect(
      rowLink(page.locator(`[data-testid="invoice-row"][data-invoice="${openedId}"]`))
    ).toBeFocused();

    // Back again: page 1 of the same filter and sort; Forward: page 2 again.
    await page.goBack();
    await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();
    expect(hashOf(page)).toBe('#/invoices?from=2000-01-01&sort=total&dir=desc');
    await page.goForward();
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();

    // A status filter is in the address too, and a reload keeps it.
    await page.getByRole('radio', { name: 'Paid', exact: true }).click();
    await expect(readyPage(page, 'invoices')).toBeVisible();
    expect(hashOf(page)).toBe('#/invoices?status=paid&from=2000-01-01&sort=total&dir=desc');
    await page.reload();
    await expect(readyPage(page, 'invoices')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Paid', exact: true })).toHaveAttribute(
      'aria-checked',
      'true'
    );
    for (const status of await invoiceRows(page).evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-status'))
    ))
      expect(status).toBe('paid');
  });

  test('paging from the keyboard keeps the focus on its button, through to the last page', async ({
    page,
    shell
  }) => {
    await openEveryInvoice(page, shell);
    const pager = page.getByRole('navigation', { name: 'Pages of invoices' });
    const where = pager.getByText(/^Page \d+ of \d+$/);
    const pages = Number(/of (\d+)$/.exec((await where.textContent()) ?? '')?.[1]);
    expect(pages).toBeGreaterThan(1);
    // Read to the last row of page 1: the list scrolls its rows under its header.
    const rows = page.getByTestId('invoices-table').locator('xpath=..');
    await rows.evaluate((scroller) => scroller.scrollTo(0, scroller.scrollHeight));
    await pager.scrollIntoViewIfNeeded();
    await expect(invoiceRows(page).last()).toBeInViewport();
    await expect(invoiceRows(page).first()).not.toBeInViewport();
    const next = pager.getByRole('button', { name: 'Next →' });
    await next.focus();
    for (let shown = 2; shown <= pages; shown += 1) {
      await page.keyboard.press('Enter');
      await expect(where).toHaveText(`Page ${shown} of ${pages}`);
      await expect(readyPage(page, 'invoices')).toBeVisible();
      // Each page starts in sight, its header above its first row; Enter pages on.
      expect(await rows.evaluate((scroller) => scroller.scrollTop)).toBe(0);
      await expect(page.getByRole('columnheader', { name: /Total/ })).toBeInViewport();
      await expect(invoiceRows(page).first()).toBeInViewport();
      await expect(next).toBeFocused();
    }
    // The last page: Next is unavailable yet keeps the focus, and Enter on it does nothing.
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Enter');
    await expect(where).toHaveText(`Page ${pages} of ${pages}`);
    // Shift+Tab reaches Previous: back a page, the focus staying on Previous.
    await page.keyboard.press('Shift+Tab');
    const previous = pager.getByRole('button', { name: '← Previous' });
    await expect(previous).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(where).toHaveText(`Page ${pages - 1} of ${pages}`);
    await expect(previous).toBeFocused();
    await expect(next).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('rows are reached with Tab, moved through with Down, opened with Enter and Space', async ({
    page,
    shell
  }) => {
    await openInvoices(page, shell);
    // The last sortable header, then Tab: the first row's link, the table's one tab stop.
    await page.getByRole('columnheader', { name: /Total/ }).getByRole('button').focus();
    await page.keyboard.press('Tab');
    await expect(rowLink(invoiceRows(page).first())).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = invoiceRows(page).nth(2);
    await expect(rowLink(third)).toBeFocused();
    const thirdId = (await third.getAttribute('data-invoice')) ?? '';
    await page.keyboard.press('Enter');
    await expect(
      page.locator(`[data-testid="invoice-detail"][data-invoice="${thirdId}"]`)
    ).toBeVisible();
    expect(hashOf(page)).toBe(`#/invoices/${thirdId}`);

    await page.goBack();
    await expect(readyPage(page, 'invoices')).toBeVisible();
    await expect(rowLink(third)).toBeFocused();
    await page.keyboard.press('End');
    const last = invoiceRows(page).last();
    await expect(rowLink(last)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(rowLink(invoiceRows(page).first())).toBeFocused();
    const firstId = (await invoiceRows(page).first().getAttribute('data-invoice')) ?? '';
    await page.keyboard.press('Space');
    await expect(
      page.locator(`[data-testid="invoice-detail"][data-invoice="${firstId}"]`)
    ).toBeVisible();
  });

  test('the domains header stays in view while a long page scrolls under it', async ({
    page,
    shell
  }) => {
    await page.goto(shell.url);
    await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Domains' })
      .click();
    await expect(readyPage(page, 'domains')).toBeVisible({ timeout: 60_000 });
    const scroller = page.locator('[data-page="domains"] .data-table-scroll');
    const header = page.getByRole('columnheader', { name: /Days left/ });
    const before = await header.boundingBox();
    await scroller.evaluate((el) => el.scrollBy(0, 400));
    await expect(async () => {
      expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    }).toPass();
    expect((await header.boundingBox())?.y).toBeCloseTo(before?.y ?? -1, 0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots of the invoices, domains and tickets tables (${scheme})`, async ({
      page,
      shell
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openInvoices(page, shell);
      await dismissToasts(page);
      // Keyboard focus on a row, to see the focus ring.
      await page.getByRole('columnheader', { name: /Total/ }).getByRole('button').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await page.screenshot({ path: `${SHOTS}/table-invoices-${scheme}.png` });

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Domains' })
        .click();
      await expect(readyPage(page, 'domains')).toBeVisible();
      await page
        .locator('[data-page="domains"] .data-table-scroll')
        .evaluate((el) => el.scrollBy(0, 600));
      await dismissToasts(page);
      await page.screenshot({ path: `${SHOTS}/table-domains-${scheme}.png` });

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Tickets' })
        .click();
      await page.getByRole('radio', { name: 'All' }).click();
      await expect(page.locator('[data-page="tickets"][data-view-state="ready"]')).toBeVisible();
      await dismissToasts(page);
      await page.screenshot({ path: `${SHOTS}/table-tickets-${scheme}.png` });
    });
  }
});
