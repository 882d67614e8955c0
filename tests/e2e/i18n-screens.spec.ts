/**
 * The dashboard, Usage, Domains and the alert centre for fr-BE and nl-BE browsers at
 * 1024×700: none of their English catalog texts left on screen, money as a Belgian reads it,
 * no control wider than its box (clipped labels), no two controls of a toolbar overlapping.
 * Screenshots in both themes to HOSTDECK_SHOTS_DIR (default /tmp/shots) to look at.
 */
import type { Page } from '@playwright/test';
import { resources } from '../../src-shared/i18n/resources';
import { openRoute, settledPage, useColourScheme } from './axe-page';
import { expect, test } from './web-shell-fixture';

const SHOTS = process.env['HOSTDECK_SHOTS_DIR'] ?? '/tmp/shots';

type Lang = 'fr' | 'nl';
const SCREENS = [
  { route: 'dashboard', page: 'dashboard', ns: 'dashboard' },
  { route: 'usage', page: 'usage', ns: 'usage' },
  { route: 'domains', page: 'domains', ns: 'domains' },
  { route: 'alerts', page: 'alerts', ns: 'alerts' }
] as const;

const CASES = [
  { lang: 'fr', locale: 'fr-BE', money: /\d{1,3}(?:\s\d{3})*,\d{2}\s€/ },
  { lang: 'nl', locale: 'nl-BE', money: /€\s-?\d{1,3}(?:\.\d{3})*,\d{2}/ }
] as const;

function flatten(value: unknown, into: Map<string, string>, prefix = ''): Map<string, string> {
  if (typeof value === 'string') into.set(prefix, value);
  else
    for (const [key, child] of Object.entries(value as Record<string, unknown>))
      flatten(child, into, prefix ? `${prefix}.${key}` : key);
  return into;
}

/** The namespace's English texts without variables that `lang` writes differently. */
function englishTexts(ns: (typeof SCREENS)[number]['ns'], lang: Lang): string[] {
  const en = flatten(resources.en[ns], new Map());
  const other = flatten(resources[lang][ns], new Map());
  return [...en]
    .filter(([key, text]) => !text.includes('{{') && other.get(key) !== text && text.length > 3)
    .map(([, text]) => text.trim());
}

/** The text as whole words: "Domain" is not found in "Domaine". */
function asWords(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u');
}

/** Controls whose text is wider than their box, and toolbar controls that overlap. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.querySelector('[data-page]');
    if (!root) return ['no page'];
    const controls = [
      ...root.querySelectorAll<HTMLElement>(
        'button, select, label, th, .stat-card__label, .usage-stat__label, summary, a.button'
      )
    ].filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden, [aria-hidden]'));
    for (const el of controls) {
      const style = getComputedStyle(el);
      if (style.overflow === 'visible' && style.textOverflow !== 'ellipsis') {
        // Text that wraps is fine; text cut by a box that does not grow is not.
        if (el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'LABEL')
          problems.push(`wider than its box: ${el.tagName} "${el.innerText.slice(0, 40)}"`);
      } else if (el.scrollWidth > el.clientWidth + 1) {
        problems.push(`clipped: ${el.tagName} "${el.innerText.slice(0, 40)}"`);
      }
    }
    const boxes = [...root.querySelectorAll<HTMLElement>('button, select, input')]
      .filter((el) => el.offsetParent !== null && el.getClientRects().length > 0)
      .map((el) => ({ el, r: el.getBoundingClientRect() }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
        if (overlap && !boxes[i]!.el.contains(boxes[j]!.el) && !boxes[j]!.el.contains(boxes[i]!.el))
          problems.push(
            `overlap: "${boxes[i]!.el.innerText || boxes[i]!.el.getAttribute('aria-label')}" / "${
              boxes[j]!.el.innerText || boxes[j]!.el.getAttribute('aria-label')
            }"`
          );
      }
    return problems;
  });
}

for (const { lang, locale, money } of CASES) {
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
          expect(await layoutProblems(page), `${screen.route} at 1024×700`).toEqual([]);
          await page.screenshot({ path: `${SHOTS}/i18n-${lang}-${screen.route}-${scheme}.png` });
          // Open every chart's table: its words count too.
          for (const details of await root.locator('details.chart-table').all())
            await details.locator('summary').click();
          const text = await root.innerText();
          for (const english of englishTexts(screen.ns, lang))
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
