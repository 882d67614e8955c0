/**
 * Invoices, one invoice, the statement, services, tickets and a ticket thread with its
 * composer for fr-BE and nl-BE browsers at 1024×700: none of their English catalog texts left
 * on screen (the provider's own words — line items, messages — aside), money as a Belgian
 * reads it, no control wider than its box, no two controls overlapping. Screenshots in both
 * themes to HOSTDECK_SHOTS_DIR (default /tmp/shots) to look at.
 */
import type { Page } from '@playwright/test';
import { firstCachedId, openRoute, settledPage, useColourScheme } from './axe-page';
import { asWords, BELGIAN_CASES, englishTexts, layoutProblems, SHOTS } from './catalog-checks';
import { expect, test } from './web-shell-fixture';

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

for (const { lang, locale, money } of BELGIAN_CASES) {
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
          expect(
            await layoutProblems(page, {
              labels: 'summary, .status-chip, .badge, .billing-tabs__tab',
              controls: 'textarea',
              fields: true
            }),
            `${screen.route} at 1024×700`
          ).toEqual([]);
          await page.screenshot({ path: `${SHOTS}/i18n-${lang}-${screen.shot}-${scheme}.png` });
          const text = await ownText(page, screen.page);
          for (const english of englishTexts([screen.ns], lang))
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
