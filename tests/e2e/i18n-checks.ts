/**
 * The language checks, run by i18n-fr-be.spec.ts and i18n-nl-be.spec.ts (each launches
 * Chromium with its own --lang, which Playwright allows only at a file's top level).
 *
 * French and Dutch browsers get a French or Dutch app: `<html lang>`, the frame (navigation,
 * header, status bar) without English, money as a Belgian reads it, and a language switch in
 * Settings that applies at once and survives a reload. Screenshots of the frame and Settings
 * in both languages, both themes, at 1024×700.
 */
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { resources } from '../../src-shared/i18n/resources';
import { openRoute, settledPage, useColourScheme } from './axe-page';
import { SHOTS, type BelgianCase, type Lang } from './catalog-checks';
import { expect, test } from './web-shell-fixture';

/** Chromium as a browser of `locale`: its UI language and what it tells pages. */
export function browserIn(locale: string) {
  return {
    locale,
    launchOptions: {
      executablePath: process.env['HOSTDECK_CHROMIUM'] ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, `--lang=${locale}`]
    }
  };
}

/** Every string of these English catalog parts that the language writes differently, as whole words. */
function englishOnly(lang: Lang): RegExp[] {
  const en = resources.en;
  const other = resources[lang];
  const pairs: [string, string][] = [
    ...Object.entries(en.nav.pages).map(
      ([id, text]) => [text, other.nav.pages[id as keyof typeof en.nav.pages]] as [string, string]
    ),
    [en.app.status.online, other.app.status.online],
    [en.app.status.neverSynced, other.app.status.neverSynced],
    [en.app.status.demoBadge, other.app.status.demoBadge],
    [en.app.sync.now, other.app.sync.now],
    [en.app.sync.cancel, other.app.sync.cancel],
    [en.app.alerts.none, other.app.alerts.none],
    [en.app.skipToContent, other.app.skipToContent]
  ];
  const words = pairs.filter(([english, local]) => english !== local).map(([english]) => english);
  // Words of the alert toasts and the sync state that the frame can show.
  const common = ['Last synced', 'alerts', 'alert', 'Syncing', 'Show', 'Dismiss', 'Snooze'];
  return [...words, ...common].map(
    (word) => new RegExp(`(^|\\W)${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\W)`)
  );
}

async function frameText(page: Page): Promise<string> {
  const parts = await Promise.all([
    page.getByRole('navigation').first().innerText(),
    page.locator('h1').innerText(),
    page.getByTestId('status-bar').innerText()
  ]);
  return parts.join('\n');
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
  await settledPage(page, 'dashboard');
}

/** Declares the checks for one language; call it at the top level of a spec file. */
export function languageTests({ lang, locale, money }: BelgianCase): void {
  test.describe(`a ${locale} browser`, () => {
    test('gets the app in its language, with its money format', async ({ page, shell }) => {
      await openApp(page, shell.url);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const catalog = resources[lang];
      const nav = page.getByRole('navigation', { name: catalog.nav.label });
      await expect(nav.getByRole('link', { name: catalog.nav.pages.invoices })).toBeVisible();
      await expect(page.locator('h1')).toHaveText(catalog.nav.pages.dashboard);
      await expect(page.getByTestId('status-online')).toHaveText(catalog.app.status.online);

      const text = await frameText(page);
      for (const english of englishOnly(lang)) expect(text).not.toMatch(english);

      // The credit balance card writes euros as a Belgian reads them.
      await expect(page.getByTestId('card-credit')).toContainText(money);
    });

    test('without its access link, is told in its language how to get in', async ({
      page,
      shell
    }) => {
      await page.goto(shell.url.replace(/\?token=.*/, ''));
      await expect(page.locator('h1')).toHaveText(resources[lang].app.missingToken.title);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    });

    test('switches language in Settings at once, and keeps it', async ({ page, shell }) => {
      await openApp(page, shell.url);
      const other: Lang = lang === 'fr' ? 'nl' : 'fr';
      const mine = resources[lang];
      const theirs = resources[other];
      await page
        .getByRole('navigation')
        .getByRole('link', { name: mine.nav.pages.settings })
        .click();
      await settledPage(page, 'settings');

      await page.getByLabel(mine.settings.language.label).selectOption(other);
      // No reload: the same page now speaks the other language.
      await expect(page.getByLabel(theirs.settings.language.label)).toBeVisible();
      await expect(page.locator('h1')).toHaveText(theirs.nav.pages.settings);
      await expect(page.locator('html')).toHaveAttribute('lang', `${other}-BE`);
      await expect(
        page.getByRole('navigation').getByRole('link', { name: theirs.nav.pages.invoices })
      ).toBeVisible();

      await page.reload();
      await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
      await expect(page.getByLabel(theirs.settings.language.label)).toBeVisible();

      // English on request, and back to the browser's language with "same as the system".
      await page.getByLabel(theirs.settings.language.label).selectOption('en');
      await expect(page.locator('h1')).toHaveText('Settings');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.getByLabel('Language').selectOption('system');
      await expect(page.locator('h1')).toHaveText(mine.nav.pages.settings);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    });

    test('screenshots of the frame and Settings at 1024×700, light and dark', async ({
      page,
      shell
    }) => {
      await page.setViewportSize({ width: 1024, height: 700 });
      await openApp(page, shell.url);
      for (const scheme of ['light', 'dark'] as const) {
        await useColourScheme(page, scheme);
        await openRoute(page, 'dashboard');
        await settledPage(page, 'dashboard');
        await page.screenshot({ path: `${SHOTS}/i18n-${lang}-dashboard-${scheme}.png` });
        await openRoute(page, 'settings');
        await settledPage(page, 'settings');
        await page.screenshot({ path: `${SHOTS}/i18n-${lang}-settings-${scheme}.png` });
        await openRoute(page, 'no-such-page');
        await expect(page.locator('[data-page="not-found"]')).toBeVisible();
        await page.screenshot({ path: `${SHOTS}/i18n-${lang}-not-found-${scheme}.png` });
      }
    });
  });
}
