/**
 * Every list at 1024×700 and 1280×800 in English, French and Dutch: the table fits its
 * scroller (no sideways scroll hiding the last column), no header's label is cut and no
 * cell's words are (the days left of a domain lost their number at 1280 px). Screenshots of the
 * French and Dutch lists in both themes to HOSTDECK_SHOTS_DIR (default /tmp/shots).
 */
import type { Page } from '@playwright/test';
import { openRoute, settledPage, useColourScheme } from './axe-page';
import { expect, test } from './web-shell-fixture';

const SHOTS = process.env['HOSTDECK_SHOTS_DIR'] ?? '/tmp/shots';

const LISTS = [
  { route: 'invoices', page: 'invoices' },
  { route: 'statement', page: 'statement' },
  { route: 'services', page: 'services' },
  { route: 'tickets?status=all', page: 'tickets' },
  { route: 'domains', page: 'domains' },
  { route: 'usage', page: 'usage' }
] as const;

interface Fit {
  readonly tables: number;
  readonly problems: string[];
}

/** Each table of the page against its scroller, and header cells whose label is cut. */
async function listFit(page: Page, id: string): Promise<Fit> {
  return page.evaluate((pageId) => {
    const root = document.querySelector(`[data-page="${pageId}"]`);
    const problems: string[] = [];
    const tables = root ? [...root.querySelectorAll<HTMLTableElement>('table')] : [];
    const shown = tables.filter((t) => t.offsetParent !== null);
    for (const table of shown) {
      const box = table.parentElement!;
      const name = table.className || table.getAttribute('aria-label') || 'table';
      if (table.offsetWidth > box.clientWidth + 1 || box.scrollWidth > box.clientWidth + 1)
        problems.push(`${name}: ${table.offsetWidth}px in ${box.clientWidth}px`);
      for (const th of table.querySelectorAll<HTMLElement>('thead th')) {
        if (th.offsetParent === null) continue;
        for (const el of [th, ...th.querySelectorAll<HTMLElement>('*')])
          if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
            problems.push(`${name}: header "${th.innerText.trim()}" cut`);
            break;
          }
      }
      for (const cell of table.querySelectorAll<HTMLElement>('tbody td, tbody th')) {
        if (cell.offsetParent === null || cell.clientWidth === 0) continue;
        if (cell.scrollWidth > cell.clientWidth + 1)
          problems.push(`${name}: cell "${cell.innerText.trim()}" cut`);
      }
    }
    return { tables: shown.length, problems };
  }, id);
}

const VIEWPORTS = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 }
] as const;

for (const locale of ['en', 'fr-BE', 'nl-BE'] as const)
  for (const viewport of VIEWPORTS)
    test.describe(`${locale} at ${viewport.width}×${viewport.height}`, () => {
      test.use({ locale, viewport });

      test('every list fits the window, no header cut', async ({ page, shell }) => {
        await page.goto(shell.url);
        await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
        const schemes = locale === 'en' ? (['light'] as const) : (['light', 'dark'] as const);
        for (const scheme of schemes) {
          await useColourScheme(page, scheme);
          for (const list of LISTS) {
            await openRoute(page, list.route);
            await settledPage(page, list.page);
            const fit = await listFit(page, list.page);
            expect(fit.tables, `a table on ${list.route}`).toBeGreaterThan(0);
            expect(fit.problems, `${list.route} in ${locale} (${scheme})`).toEqual([]);
            if (locale === 'en' || viewport.width !== 1024) continue;
            for (const close of await page.locator('.toast__close').all()) await close.click();
            await page.locator(`[data-page="${list.page}"] table`).first().scrollIntoViewIfNeeded();
            await page.screenshot({
              path: `${SHOTS}/narrow-${locale}-${list.page}-${scheme}.png`
            });
          }
        }
      });
    });
