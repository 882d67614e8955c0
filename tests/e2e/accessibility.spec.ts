/**
 * Screen readers and keyboard (issue 13, part 4) in a real browser through the real web
 * shell: axe-core's WCAG 2.2 AA rules find no serious or critical violation on any page of
 * the navigation, the alert centre, a domain, an invoice and a ticket, the providers page with
 * its add-provider form and the first-run screen, in the light and the dark theme; and every
 * screen again for fr-BE and nl-BE browsers at 1024×700 (longer labels). Each run
 * prints its result per screen; a failure lists the rule ids, the nodes and the screen.
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import {
  describeFindings,
  firstCachedId,
  openRoute,
  seriousViolations,
  settledPage,
  useColourScheme
} from './axe-page';
import { expect, test } from './web-shell-fixture';

const SCHEMES = ['light', 'dark'] as const;
const SHOTS_DIR = process.env['HOSTDECK_SHOTS_DIR'] ?? '/tmp/shots';

/** The elements inside `root` that Tab would reach (tabIndex >= 0, not disabled), by tag. */
function tabbableInside(root: Locator): Promise<string[]> {
  return root.evaluate((element) =>
    [element, ...Array.from(element.querySelectorAll('*'))]
      .filter((node) =>
        node instanceof HTMLElement || node instanceof SVGElement
          ? node.tabIndex >= 0 && !(node as HTMLButtonElement).disabled
          : false
      )
      .map((node) => node.tagName.toLowerCase())
  );
}

/** A screen to check: how to reach it and what says it is showing its data. */
interface Screen {
  readonly name: string;
  readonly route: string;
  readonly ready: (page: Page) => Promise<void>;
}

const NAV_PAGES = ['dashboard', 'usage', 'domains', 'tickets', 'invoices', 'services', 'settings'];

function pageScreen(id: string): Screen {
  return { name: id, route: id, ready: (page) => settledPage(page, id) };
}

function detailScreen(name: string, route: string, testId: string): Screen {
  return {
    name,
    route,
    ready: async (page) => {
      await expect(page.getByTestId(testId)).toBeVisible({ timeout: 60_000 });
      await settledPage(page, route.split('/')[0] ?? '');
    }
  };
}

/** Checks `screen` and returns one line per finding, prefixed with the screen and theme. */
async function check(page: Page, screen: Screen, scheme: string): Promise<string[]> {
  await openRoute(page, screen.route);
  await screen.ready(page);
  const findings = await seriousViolations(page);
  const label = `${screen.name} (${scheme})`;
  console.log(
    `axe ${label}: ${findings.length === 0 ? 'no serious or critical violation' : findings.map((f) => f.rule).join(', ')}`
  );
  return findings.length === 0 ? [] : [`${label}:\n${describeFindings(findings)}`];
}

/** Every page of the navigation, the alert centre, the statement, providers and 3 details. */
function allScreens(domainId: string, invoiceId: string, ticketId: string): Screen[] {
  return [
    ...NAV_PAGES.map(pageScreen),
    pageScreen('alerts'),
    pageScreen('statement'),
    pageScreen('profiles'),
    detailScreen('domain', `domains/${encodeURIComponent(domainId)}`, 'domain-detail'),
    detailScreen('invoice', `invoices/${encodeURIComponent(invoiceId)}`, 'invoice-detail'),
    detailScreen('ticket', `tickets/${encodeURIComponent(ticketId)}`, 'ticket-thread')
  ];
}

test.describe('accessibility with the demo provider', () => {
  test('no serious or critical axe violation on any screen, light and dark', async ({
    page,
    shell
  }) => {
    test.setTimeout(240_000);
    await page.goto(shell.url);
    await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
    // Detail screens need the first sync's rows: their ids come from the app's own bridge.
    const domainId = await firstCachedId(page, 'domains');
    const invoiceId = await firstCachedId(page, 'invoices');
    const ticketId = await firstCachedId(page, 'tickets');
    const screens = allScreens(domainId, invoiceId, ticketId);

    const failures: string[] = [];
    for (const scheme of SCHEMES) {
      await useColourScheme(page, scheme);
      for (const screen of screens) failures.push(...(await check(page, screen, scheme)));

      // The add-provider form, open on the providers page: focus goes into it, and back.
      await openRoute(page, 'profiles');
      await settledPage(page, 'profiles');
      const addProvider = page.getByRole('button', { name: 'Add provider' });
      await addProvider.click();
      await expect(page.getByTestId('connect-form')).toBeVisible();
      await expect(page.getByLabel('Profile name')).toBeFocused();
      const findings = await seriousViolations(page);
      console.log(
        `axe add-provider form (${scheme}): ${findings.length === 0 ? 'no serious or critical violation' : findings.map((f) => f.rule).join(', ')}`
      );
      if (findings.length > 0)
        failures.push(`add-provider form (${scheme}):\n${describeFindings(findings)}`);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('connect-form')).toBeHidden();
      await expect(addProvider).toBeFocused();
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  });
});

test.describe('accessibility in French and Dutch, at 1024×700', () => {
  // Longer labels make new findings possible (target size, contrast, overlap): one browser
  // context per language on the same web shell, every screen in both themes.
  test('no serious or critical axe violation on any screen, light and dark, fr-BE and nl-BE', async ({
    browser,
    page,
    shell
  }) => {
    test.setTimeout(540_000);
    await page.goto(shell.url);
    await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
    const screens = allScreens(
      await firstCachedId(page, 'domains'),
      await firstCachedId(page, 'invoices'),
      await firstCachedId(page, 'tickets')
    );
    await page.close();

    const failures: string[] = [];
    for (const locale of ['fr-BE', 'nl-BE']) {
      const context = await browser.newContext({ locale, viewport: { width: 1024, height: 700 } });
      const localized = await context.newPage();
      await localized.goto(shell.url);
      await expect(localized.locator('#root[data-view-state="ready"]')).toBeVisible();
      await expect(localized.locator('html')).toHaveAttribute('lang', locale);
      for (const scheme of SCHEMES) {
        await useColourScheme(localized, scheme);
        for (const screen of screens) {
          failures.push(...(await check(localized, screen, `${scheme}, ${locale}`)));
        }
      }
      await context.close();
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  });
});

test.describe('charts with the demo provider', () => {
  test('each chart has its figures as a table and nothing focusable in the drawing', async ({
    page,
    shell
  }) => {
    test.setTimeout(180_000);
    mkdirSync(SHOTS_DIR, { recursive: true });
    // Tall enough that each card with its table open fits under the header and above the
    // status bar, so the screenshots show them whole.
    await page.setViewportSize({ width: 1280, height: 1900 });
    await page.goto(shell.url);
    await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
    const charts = [
      { page: 'dashboard', card: 'spend-chart', table: 'spend-table', rows: 12 },
      { page: 'domains', card: 'renewals-ahead', table: 'renewals-table', rows: 12 },
      { page: 'usage', card: 'usage-chart', table: 'usage-chart-table', rows: null }
    ] as const;
    for (const scheme of SCHEMES) {
      await useColourScheme(page, scheme);
      for (const chart of charts) {
        await openRoute(page, chart.page);
        await settledPage(page, chart.page);
        const card = page.getByTestId(chart.card);
        await expect(card.locator('.recharts-bar-rectangle').first()).toBeVisible({
          timeout: 60_000
        });
        // Nothing inside the drawing takes focus (recharts' own layer gave its <svg> tabindex=0).
        expect(await tabbableInside(card.locator('[aria-hidden="true"]').first())).toEqual([]);
        // Tab reaches "Show as a table" and Enter opens it: the figures, in a named table.
        const toggle = card.getByText('Show as a table');
        await toggle.focus();
        await page.keyboard.press('Enter');
        const table = page.getByTestId(chart.table).getByRole('table');
        await expect(table).toBeVisible();
        const rows = table.locator('tbody tr');
        if (chart.rows === null) expect(await rows.count()).toBeGreaterThanOrEqual(28);
        else await expect(rows).toHaveCount(chart.rows);
        await expect(rows.first().locator('td').first()).toHaveText(/\d/);
        await card.screenshot({ path: `${SHOTS_DIR}/chart-${chart.page}-table-${scheme}.png` });
        await page.keyboard.press('Enter');
        await expect(table).toBeHidden();
      }
    }
  });
});

test.describe('accessibility on first run', () => {
  test.use({ shellEnv: { HOSTDECK_NO_AUTO_DEMO: '1' } });

  test('the onboarding screen has no serious or critical axe violation, light and dark', async ({
    page,
    shell
  }) => {
    await page.goto(shell.url);
    await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
    const failures: string[] = [];
    for (const scheme of SCHEMES) {
      await useColourScheme(page, scheme);
      failures.push(...(await check(page, pageScreen('onboarding'), scheme)));
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  });
});
