/**
 * Every list at 1024×700 and 1280×800 in English, French and Dutch: the table fits its
 * scroller (no sideways scroll hiding the last column), no header's label is cut and no
 * cell's words are (the days left of a domain lost their number at 1280 px). Screenshots of the
 * French and Dutch lists in both themes to HOSTDECK_SHOTS_DIR (default /tmp/shots).
 */
import { openRoute, settledPage, useColourScheme } from './axe-page';
import { LISTS, VIEWPORTS, listFit } from './list-fit';
import { expect, test } from './web-shell-fixture';

const SHOTS = process.env['HOSTDECK_SHOTS_DIR'] ?? '/tmp/shots';

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
