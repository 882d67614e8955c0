/**
 * The large reseller's lists (2,000 accounts, 5,000 domains, 20,000 invoices, 10,000 tickets:
 * the demo provider's `large` data, HOSTDECK_DEMO_SIZE, test control only) at 1024×700 and
 * 1280×800 in English, French and Dutch: each table fits its card, no header label and no
 * cell's words cut. Long lists are drawn by the virtual table (fixed column widths), which the
 * demo data's short lists never reach: a 1024 px window scrolled the domains and usage tables
 * sideways, and cut "Gefactureerde uren" and the French alert chips, before this check.
 * And a long statement (46 pages) paged from its bottom shows the next page from its top.
 */
import type { Page } from '@playwright/test';
import { openRoute, settledPage } from './axe-page';
import { LISTS, VIEWPORTS, listFit } from './list-fit';
import { expect, test } from './web-shell-fixture';

test.use({ shellEnv: { HOSTDECK_TEST_CONTROL: '1', HOSTDECK_DEMO_SIZE: 'large' } });

/** Lists long enough that their table renders only the rows in view. */
const VIRTUAL = new Set(['domains', 'usage']);

test('a large reseller: every list fits 1024 and 1280 px in every language, a long statement pages from its top', async ({
  browser,
  shell
}) => {
  // The first sync of the large data, then 3 languages × 2 windows × every list.
  test.setTimeout(900_000);
  const first = await browser.newPage({ locale: 'en' });
  await first.goto(shell.url);
  await expect(first.getByTestId('status-last-sync')).toContainText('Last synced', {
    timeout: 420_000
  });
  await pagesFromTheTop(first);
  await first.close();

  for (const locale of ['en', 'fr-BE', 'nl-BE'] as const) {
    const page = await browser.newPage({ locale });
    await page.goto(shell.url);
    await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const list of LISTS) {
        await openRoute(page, list.route);
        await settledPage(page, list.page);
        const where = `${list.route} in ${locale} at ${viewport.width} px`;
        if (VIRTUAL.has(list.page))
          await expect(
            page.locator(`[data-page="${list.page}"] .data-table--virtual`),
            `${where}: the virtual table`
          ).toBeVisible();
        const fit = await listFit(page, list.page);
        expect(fit.tables, where).toBeGreaterThan(0);
        expect(fit.problems, where).toEqual([]);
      }
    }
    await page.close();
  }
});

/**
 * A long statement (46 pages) paged from its bottom: the next page is read from its top, the
 * focus still on Next.
 */
async function pagesFromTheTop(page: Page): Promise<void> {
  await openRoute(page, 'statement');
  await settledPage(page, 'statement');
  const pager = page.getByRole('navigation', { name: /^Pages of/ });
  await expect(pager.getByText(/^Page 1 of \d+$/)).toBeVisible();
  // Read to the bottom of page 1: its table's header is out of sight above.
  await pager.scrollIntoViewIfNeeded();
  const header = page.getByRole('columnheader', { name: 'Date' });
  await expect(header).not.toBeInViewport();
  await pager.getByRole('button', { name: 'Next →' }).press('Enter');
  await expect(pager.getByText(/^Page 2 of \d+$/)).toBeVisible();
  // Page 2 starts in sight: the header and the first entry, the focus still on Next.
  await expect(header).toBeInViewport();
  await expect(page.getByTestId('statement-entry').first()).toBeInViewport();
  await expect(pager.getByRole('button', { name: 'Next →' })).toBeFocused();
}
