/**
 * The ticket inbox's reading side end to end: the built web shell syncs the demo provider,
 * the Tickets page lists the cached tickets, search narrows them, and a ticket opens on its
 * thread with staff and customer messages and the reply composer (writes:
 * ticket-inbox.spec.ts). Waits on data only, never on fixed sleeps.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './web-shell-fixture';

const SHOTS = process.env['HOSTDECK_SHOTS_DIR'] ?? '/tmp/shots';

/** Opens the Tickets page on "All" and waits until the first sync has cached tickets. */
async function openAllTickets(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Tickets' }).click();
  await page.getByRole('radio', { name: 'All' }).click({ timeout: 60_000 });
  await expect(page.getByTestId('ticket-row').first()).toBeVisible();
  await expect(page.locator('[data-page="tickets"][data-view-state="ready"]')).toBeVisible();
}

/** Opens the first ticket whose thread has both a staff and a customer message. */
async function openConversation(page: Page): Promise<void> {
  const rows = page.getByTestId('ticket-row');
  const count = await rows.count();
  for (let index = 0; index < count; index++) {
    const messages = Number(await rows.nth(index).locator('td').last().textContent());
    if (messages < 2) continue;
    await rows.nth(index).click();
    await expect(page.locator('[data-page="tickets"][data-view-state="ready"]')).toBeVisible();
    await expect(page.getByTestId('ticket-thread')).toBeVisible();
    return;
  }
  throw new Error('no demo ticket with a conversation');
}

test.describe('ticket inbox in the web shell', () => {
  test('lists cached tickets, search narrows the list, a ticket shows its thread', async ({
    page,
    shell
  }) => {
    await openAllTickets(page, shell.url);
    const all = await page.getByTestId('ticket-row').count();
    expect(all).toBeGreaterThan(1);

    // Search for one ticket's number: exactly that ticket remains.
    const first = page.getByTestId('ticket-row').nth(1);
    const number = (await first.locator('.tickets-table__number').textContent()) ?? '';
    const subject = (await first.locator('.tickets-table__subject a').textContent()) ?? '';
    await page.getByLabel('Search').fill(number);
    await expect(page.getByTestId('ticket-row')).toHaveCount(1);
    await expect(page.getByTestId('ticket-row')).toContainText(subject);

    // A subject keyword keeps that ticket and drops at least some others.
    await page.getByLabel('Search').fill(subject);
    await expect(page.locator('[data-page="tickets"][data-view-state="ready"]')).toBeVisible();
    await expect(page.getByTestId('ticket-row').filter({ hasText: number })).toHaveCount(1);
    expect(await page.getByTestId('ticket-row').count()).toBeLessThan(all);

    await page.getByLabel('Search').fill('no ticket says this zqxj');
    await expect(
      page.getByRole('heading', { name: 'No tickets match these filters' })
    ).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('radio', { name: 'All' }).click();
    await expect(page.getByTestId('ticket-row')).toHaveCount(all);

    await openConversation(page);
    expect(page.url()).toMatch(/#\/tickets\/[^/]+$/);
    const messages = page.getByTestId('ticket-message');
    await expect(messages.first()).toHaveAttribute('data-author', 'customer');
    const staff = page.locator('[data-testid="ticket-message"][data-author="staff"]');
    await expect(staff.first()).toBeVisible();
    await expect(staff.first()).toContainText('Staff');
    await expect(messages.first()).toContainText('You');
    await expect(page.getByTestId('composer')).toBeVisible();

    await page.getByRole('link', { name: '← All tickets' }).click();
    await expect(page.getByTestId('tickets-table')).toBeVisible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots of the tickets screens (${scheme})`, async ({ page, shell }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1280, height: 800 });
      await openAllTickets(page, shell.url);
      await page.screenshot({ path: `${SHOTS}/tickets-list-${scheme}.png` });
      await openConversation(page);
      await page.screenshot({ path: `${SHOTS}/tickets-thread-${scheme}.png`, fullPage: true });
    });
  }
});
