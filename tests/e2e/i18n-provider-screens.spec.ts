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
import { resources } from '../../src-shared/i18n/resources';
import {
  describeFindings,
  openRoute,
  seriousViolations,
  settledPage,
  useColourScheme
} from './axe-page';
import { expect, test } from './web-shell-fixture';

const SHOTS = process.env['HOSTDECK_SHOTS_DIR'] ?? '/tmp/shots';

type Lang = 'fr' | 'nl';
type Ns = 'onboarding' | 'profiles' | 'prices' | 'app';

const CASES = [
  { lang: 'fr', locale: 'fr-BE', money: /\d{1,3}(?:\s\d{3})*,\d{2}\s€/ },
  { lang: 'nl', locale: 'nl-BE', money: /€\s\d{1,3}(?:\.\d{3})*,\d{2}/ }
] as const;

function flatten(value: unknown, into: Map<string, string>, prefix = ''): Map<string, string> {
  if (typeof value === 'string') into.set(prefix, value);
  else
    for (const [key, child] of Object.entries(value as Record<string, unknown>))
      flatten(child, into, prefix ? `${prefix}.${key}` : key);
  return into;
}

/** The namespaces' English texts without variables or markup that `lang` writes differently. */
function englishTexts(namespaces: readonly Ns[], lang: Lang): string[] {
  return namespaces.flatMap((ns) => {
    const en = flatten(resources.en[ns], new Map());
    const other = flatten(resources[lang][ns], new Map());
    return [...en]
      .filter(
        ([key, text]) => !/{{|</.test(text) && other.get(key) !== text && text.trim().length > 3
      )
      .map(([, text]) => text.trim());
  });
}

/** The text as whole words: "Provider" is not found in "Providers". */
function asWords(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u');
}

/** Labels and controls whose text is cut by their box, and controls that overlap. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.querySelector('[data-page]');
    if (!root) return ['no page'];
    const visible = (el: HTMLElement): boolean =>
      el.offsetParent !== null && !el.closest('.visually-hidden, [aria-hidden], [hidden]');
    for (const el of root.querySelectorAll<HTMLElement>(
      'button, select, label, th, a.button, .status-chip, .badge, dt, dd, h2'
    )) {
      if (!visible(el)) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        problems.push(`wider than its box: ${el.tagName} "${el.innerText.slice(0, 40)}"`);
    }
    const boxes = [...root.querySelectorAll<HTMLElement>('button, select, input, a.button')]
      .filter((el) => visible(el) && el.getClientRects().length > 0)
      .map((el) => ({ el, r: el.getBoundingClientRect() }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
        if (overlap)
          problems.push(
            `overlap: "${boxes[i]!.el.innerText || boxes[i]!.el.getAttribute('aria-label')}" / "${
              boxes[j]!.el.innerText || boxes[j]!.el.getAttribute('aria-label')
            }"`
          );
      }
    // Nothing pushed past the window's right edge (a row that does not wrap).
    const width = document.documentElement.clientWidth;
    for (const el of root.querySelectorAll<HTMLElement>('button, input, a.button, h2, p'))
      if (visible(el) && el.getBoundingClientRect().right > width + 1)
        problems.push(`past the window's edge: ${el.tagName} "${el.innerText.slice(0, 40)}"`);
    return problems;
  });
}

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
    expect(await layoutProblems(page), `${name} (${scheme}) at 1024×700`).toEqual([]);
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

for (const { lang, locale, money } of CASES) {
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
