/**
 * The providers' screens for fr-BE and nl-BE browsers at 1024×700, in the real web shell
 * started on the first-run screen: onboarding, the Combell demo's Providers page with the
 * add-provider form open, and its price list (a price saved, a CSV file with bad lines).
 * None of their English catalog texts left on screen, no label wider than its box, no two
 * controls overlapping, no serious axe finding, money as a Belgian reads it; screenshots in
 * both themes to HOSTDECK_SHOTS_DIR (default /tmp/shots) to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  describeFindings,
  openRoute,
  seriousViolations,
  settledPage,
  useColourScheme
} from './axe-page';
import { resources } from '../../src-shared/i18n/resources';
import {
  asWords,
  BELGIAN_CASES,
  englishTexts,
  layoutProblems,
  SHOTS,
  type Lang
} from './catalog-checks';
import { expect, test } from './web-shell-fixture';

type Ns = 'onboarding' | 'profiles' | 'prices' | 'app';

/** Dismisses the alert toasts the demo's first sync raises, so they cover no screenshot. */
async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByTestId('toast').locator('.toast__close');
  while ((await close.count()) > 0) await close.first().click();
}

/** Scrolls the page area (the window itself does not scroll) so `target` is at its top. */
async function scrollTo(page: Page, target: 'top' | string): Promise<void> {
  await page.evaluate((selector) => {
    const main = document.getElementById('main-content');
    if (!main) return;
    const el = selector === 'top' ? null : document.querySelector(selector);
    main.scrollTop = el
      ? el.getBoundingClientRect().top - main.getBoundingClientRect().top + main.scrollTop
      : 0;
  }, target);
}

/** Checks the page in the language and takes its screenshots in both themes. */
async function checkAndShoot(
  page: Page,
  pageId: string,
  namespaces: readonly Ns[],
  lang: Lang,
  name: string,
  /** Further views of a page taller than the window: selectors scrolled to the top. */
  parts: readonly string[] = []
): Promise<void> {
  // Lazy pages show a stand-in root first: check the page itself.
  await settledPage(page, pageId);
  const root = page.locator(`[data-page="${pageId}"]`);
  const text = await root.innerText();
  for (const english of englishTexts(namespaces, lang))
    expect(text, `English "${english}" on ${pageId}`).not.toMatch(asWords(english));
  for (const scheme of ['light', 'dark'] as const) {
    await useColourScheme(page, scheme);
    expect(
      await layoutProblems(page, {
        labels: '.status-chip, .badge, dt, dd, h2',
        controls: 'a.button',
        edge: true,
        labelsMayWrap: false
      }),
      `${name} (${scheme}) at 1024×700`
    ).toEqual([]);
    const findings = await seriousViolations(page);
    expect(findings, `axe ${name} (${scheme}): ${describeFindings(findings)}`).toEqual([]);
    await scrollTo(page, 'top');
    await page.screenshot({ path: `${SHOTS}/i18n-${lang}-${name}-${scheme}.png` });
    for (const [i, part] of parts.entries()) {
      await scrollTo(page, part);
      await page.screenshot({ path: `${SHOTS}/i18n-${lang}-${name}-${i + 2}-${scheme}.png` });
    }
  }
  await useColourScheme(page, 'light');
}

test.use({ shellEnv: { HOSTDECK_NO_AUTO_DEMO: '1' } });

for (const { lang, locale, money } of BELGIAN_CASES) {
  test.describe(`${locale}: onboarding, providers and the price list`, () => {
    test.use({ locale, viewport: { width: 1024, height: 700 } });

    test('read in the language and fit at 1024×700, in both themes', async ({ page, shell }) => {
      test.setTimeout(180_000);
      mkdirSync(SHOTS, { recursive: true });
      const words = resources[lang];
      await page.goto(shell.url);
      await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
      await expect(page.locator('[data-page="onboarding"]')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await checkAndShoot(page, 'onboarding', ['onboarding'], lang, 'onboarding', [
        '.onboarding__demos > section:nth-of-type(2)'
      ]);

      // The Combell demo, as a new reseller would try it.
      await page.getByRole('button', { name: words.onboarding.combellDemo.title }).click();
      await expect(page.locator('[data-page="dashboard"][data-view-state="ready"]')).toBeVisible({
        timeout: 60_000
      });
      await expect(page.getByTestId('sync-now')).toHaveText(words.app.sync.now, {
        timeout: 60_000
      });
      await expect(page.getByTestId('status-profile')).toHaveText(
        words.profiles.defaultNames.combellDemo
      );
      await dismissToasts(page);

      // Providers, with the add-provider form open.
      await page.getByTestId('status-profile').getByRole('link').click();
      await settledPage(page, 'profiles');
      await page.getByRole('button', { name: words.profiles.add }).click();
      await expect(page.getByRole('heading', { name: words.profiles.addTitle })).toBeVisible();
      await expect(page.getByTestId('connect-form')).toBeVisible();
      await checkAndShoot(page, 'profiles', ['profiles'], lang, 'providers-add', [
        '.profiles__add'
      ]);

      // The price list: one price saved, then a CSV file with two bad lines.
      await openRoute(page, 'prices');
      await settledPage(page, 'prices');
      const prices = page.locator('[data-page="prices"]');
      const first = prices.getByTestId('price-row').first();
      await first.getByRole('textbox').fill('1234,5');
      await first.getByRole('textbox').press('Enter');
      await expect(prices.getByTestId('price-save-status')).toHaveText(words.prices.editor.saved);
      await expect(first.getByRole('textbox')).toHaveValue('1234,50');
      await expect(first.getByTestId('price-saved')).toHaveText(money);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        prices.getByRole('button', { name: words.prices.import.button }).click()
      ]);
      await chooser.setFiles({
        name: 'prix.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'kind,name,monthly_price,currency\nservicepack,Linux Pro,9.999,EUR\nspaceship,Falcon,1.00,EUR\n'
        )
      });
      const result = prices.getByTestId('price-import-result');
      await expect(result.getByRole('listitem')).toHaveCount(2);
      await dismissToasts(page);
      await checkAndShoot(page, 'prices', ['prices'], lang, 'price-list', [
        '[data-testid="price-list-editor"] .price-editor__actions',
        '[data-testid="price-import"]'
      ]);
    });
  });
}
