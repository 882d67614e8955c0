/**
 * Invoices, one invoice, the statement, services, tickets and a ticket thread with its
 * composer for fr-BE and nl-BE browsers at 1024×700: none of their English catalog texts left
 * on screen (the provider's own words — line items, messages — aside), money as a Belgian
 * reads it, no control wider than its box, no two controls overlapping. Screenshots in both
 * themes to HOSTDECK_SHOTS_DIR (default /tmp/shots) to look at.
 */
import type { Page } from '@playwright/test';
import { resources } from '../../src-shared/i18n/resources';
import { firstCachedId, openRoute, settledPage, useColourScheme } from './axe-page';
import { expect, test } from './web-shell-fixture';

const SHOTS = process.env['HOSTDECK_SHOTS_DIR'] ?? '/tmp/shots';

type Lang = 'fr' | 'nl';
type Ns = 'invoices' | 'services' | 'tickets';

const CASES = [
  { lang: 'fr', locale: 'fr-BE', money: /\d{1,3}(?:\s\d{3})*,\d{2}\s€/ },
  { lang: 'nl', locale: 'nl-BE', money: /€\s-?\d{1,3}(?:\.\d{3})*,\d{2}/ }
] as const;

/**
 * What the provider wrote (line items, ticket messages, subjects) and file names
 * (`invoices.csv`): not ours to translate.
 */
const PROVIDER_TEXT = [
  'code',
  '.ticket-message__body',
  '.ticket-message__name',
  '.ticket-thread__title',
  '.tickets-table__subject a',
  '.invoice-lines__description',
  '.statement-table__description',
  '.pdf-panel__pages'
].join(', ');

function flatten(value: unknown, into: Map<string, string>, prefix = ''): Map<string, string> {
  if (typeof value === 'string') into.set(prefix, value);
  else
    for (const [key, child] of Object.entries(value as Record<string, unknown>))
      flatten(child, into, prefix ? `${prefix}.${key}` : key);
  return into;
}

/** The text as whole words: "Domain" is not found in "Domaine". */
function asWords(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u');
}

/**
 * The namespace's English texts without variables or markup that `lang` writes differently,
 * leaving out those the language itself uses ("services" in French, "Tickets" in Dutch).
 */
function englishTexts(ns: Ns, lang: Lang): string[] {
  const en = flatten(resources.en[ns], new Map());
  const other = flatten(resources[lang][ns], new Map());
  const theirs = [...other.values()];
  return [...en]
    .filter(([key, text]) => !/[{<]/.test(text) && other.get(key) !== text && text.length > 3)
    .map(([, text]) => text.trim())
    .filter((text) => !theirs.some((their) => asWords(text).test(their)));
}

/** The page's own words: its text with the provider's texts hidden for the reading. */
async function ownText(page: Page, id: string): Promise<string> {
  return page.evaluate(
    ({ id, provider }) => {
      const root = document.querySelector<HTMLElement>(`[data-page="${id}"]`);
      if (!root) return '';
      const hidden = [...root.querySelectorAll<HTMLElement>(provider)];
      for (const el of hidden) el.style.setProperty('display', 'none');
      const text = root.innerText;
      for (const el of hidden) el.style.removeProperty('display');
      return text;
    },
    { id, provider: PROVIDER_TEXT }
  );
}

/** Controls whose text is wider than their box, and controls that overlap. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.querySelector('[data-page]');
    if (!root) return ['no page'];
    const controls = [
      ...root.querySelectorAll<HTMLElement>(
        'button, select, label, th, summary, a.button, .status-chip, .badge, .billing-tabs__tab'
      )
    ].filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden, [aria-hidden]'));
    for (const el of controls) {
      const style = getComputedStyle(el);
      if (style.overflow === 'visible' && style.textOverflow !== 'ellipsis') {
        if (el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'LABEL')
          problems.push(`wider than its box: ${el.tagName} "${el.innerText.slice(0, 40)}"`);
      } else if (el.scrollWidth > el.clientWidth + 1) {
        problems.push(`clipped: ${el.tagName} "${el.innerText.slice(0, 40)}"`);
      }
    }
    // A placeholder or a chosen option cut by its field: measured as drawn in the field's font.
    const context = document.createElement('canvas').getContext('2d')!;
    const fields = [
      ...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[placeholder], select')
    ].filter((el) => el.offsetParent !== null);
    for (const field of fields) {
      const style = getComputedStyle(field);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text =
        field instanceof HTMLSelectElement
          ? (field.selectedOptions[0]?.text ?? '')
          : field.placeholder;
      const room =
        field.clientWidth -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight) -
        (field instanceof HTMLSelectElement ? 16 : 0);
      if (context.measureText(text).width > room) problems.push(`cut in its field: "${text}"`);
    }
    const boxes = [...root.querySelectorAll<HTMLElement>('button, select, input, textarea')]
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
  test.describe(`${locale}: invoices, services and tickets`, () => {
    test.use({ locale, viewport: { width: 1024, height: 700 } });

    test('read in the language, fit at 1024×700, in both themes', async ({ page, shell }) => {
      await page.goto(shell.url);
      await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const invoice = await firstCachedId(page, 'invoices');
      const ticket = await firstCachedId(page, 'tickets');
      const screens = [
        { route: 'invoices', page: 'invoices', ns: 'invoices', shot: 'invoices' },
        { route: `invoices/${invoice}`, page: 'invoices', ns: 'invoices', shot: 'invoice' },
        { route: 'statement', page: 'statement', ns: 'invoices', shot: 'statement' },
        { route: 'services', page: 'services', ns: 'services', shot: 'services' },
        { route: 'tickets?status=all', page: 'tickets', ns: 'tickets', shot: 'tickets' },
        { route: `tickets/${ticket}`, page: 'tickets', ns: 'tickets', shot: 'ticket' }
      ] as const;
      for (const scheme of ['light', 'dark'] as const) {
        await useColourScheme(page, scheme);
        for (const screen of screens) {
          await openRoute(page, screen.route);
          await settledPage(page, screen.page);
          if (screen.shot === 'invoice') {
            await expect(page.getByTestId('invoice-balance')).toContainText(money);
            await expect(page.getByTestId('invoice-pdf')).toHaveAttribute(
              'data-pdf-state',
              /^(ready|missing|error)$/,
              { timeout: 60_000 }
            );
          }
          if (screen.shot === 'invoices')
            await expect(page.getByTestId('invoices-sums')).toContainText(money);
          if (screen.shot === 'ticket') await expect(page.getByTestId('composer')).toBeVisible();
          for (const close of await page.locator('.toast__close').all()) await close.click();
          expect(await layoutProblems(page), `${screen.route} at 1024×700`).toEqual([]);
          await page.screenshot({ path: `${SHOTS}/i18n-${lang}-${screen.shot}-${scheme}.png` });
          const text = await ownText(page, screen.page);
          for (const english of englishTexts(screen.ns, lang))
            expect(text, `English "${english}" on ${screen.route}`).not.toMatch(asWords(english));
          const height = await page.evaluate(
            () => document.getElementById('main-content')?.scrollHeight ?? 700
          );
          await page.setViewportSize({ width: 1024, height: Math.min(6000, height + 160) });
          await page.screenshot({
            path: `${SHOTS}/i18n-${lang}-${screen.shot}-${scheme}-full.png`
          });
          await page.setViewportSize({ width: 1024, height: 700 });
        }
      }
    });
  });
}
