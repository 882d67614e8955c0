/**
 * The dashboard, Usage, Domains and the alert centre for fr-BE and nl-BE browsers at
 * 1024×700: none of their English catalog texts left on screen, money as a Belgian reads it,
 * no control wider than its box (clipped labels), no two controls of a toolbar overlapping.
 * Screenshots in both themes to HOSTDECK_SHOTS_DIR (default /tmp/shots) to look at.
 */
import { openRoute, settledPage, useColourScheme } from './axe-page';
import { asWords, BELGIAN_CASES, englishTexts, layoutProblems, SHOTS } from './catalog-checks';
import { expect, test } from './web-shell-fixture';

const SCREENS = [
  { route: 'dashboard', page: 'dashboard', ns: 'dashboard' },
  { route: 'usage', page: 'usage', ns: 'usage' },
  { route: 'domains', page: 'domains', ns: 'domains' },
  { route: 'alerts', page: 'alerts', ns: 'alerts' }
] as const;

for (const { lang, locale, money } of BELGIAN_CASES) {
  test.describe(`${locale}: dashboard, usage, domains and alerts`, () => {
    test.use({ locale, viewport: { width: 1024, height: 700 } });

    test('read in the language, fit at 1024×700, in both themes', async ({ page, shell }) => {
      await page.goto(shell.url);
      await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
      await settledPage(page, 'dashboard');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByTestId('card-credit')).toContainText(money);
      for (const scheme of ['light', 'dark'] as const) {
        await useColourScheme(page, scheme);
        for (const screen of SCREENS) {
          await openRoute(page, screen.route);
          await settledPage(page, screen.page);
          const root = page.locator(`[data-page="${screen.page}"]`);
          // Toasts cover a corner of the page; the alert centre keeps what they say.
          for (const close of await page.locator('.toast__close').all()) await close.click();
          expect(
            await layoutProblems(page, {
              labels: 'summary, .stat-card__label, .usage-stat__label'
            }),
            `${screen.route} at 1024×700`
          ).toEqual([]);
          await page.screenshot({ path: `${SHOTS}/i18n-${lang}-${screen.route}-${scheme}.png` });
          // Open every chart's table: its words count too.
          for (const details of await root.locator('details.chart-table').all())
            await details.locator('summary').click();
          const text = await root.innerText();
          for (const english of englishTexts([screen.ns], lang))
            expect(text, `English "${english}" on ${screen.route}`).not.toMatch(asWords(english));
          // The whole page, for reading: a window as tall as its content.
          const height = await page.evaluate(
            () => document.getElementById('main-content')?.scrollHeight ?? 700
          );
          await page.setViewportSize({ width: 1024, height: Math.min(6000, height + 160) });
          await page.evaluate(() => document.getElementById('main-content')?.scrollTo(0, 0));
          await page.screenshot({
            path: `${SHOTS}/i18n-${lang}-${screen.route}-${scheme}-full.png`
          });
          await page.setViewportSize({ width: 1024, height: 700 });
        }
      }
    });
  });
}
