/**
 * The ticket inbox as an end-to-end test sees it: selectors and steps in one place, so the
 * specs read as what the reseller does. Every wait is on data (`data-view-state`, a row,
 * a state attribute), never a fixed sleep.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningShell } from './web-shell-fixture';

/** A notification the page showed through the browser's Notification API. */
export interface ShownNotification {
  readonly title: string;
  readonly body: string;
}

/**
 * Replaces the browser's Notification API with a recorder that has permission, before any
 * page script runs, so the test sees what the web shell would show on the desktop.
 */
export async function recordNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    (window as unknown as { __notifications: typeof shown }).__notifications = shown;
    class RecordingNotification {
      static readonly permission = 'granted';
      static requestPermission(): Promise<string> {
        return Promise.resolve('granted');
      }
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body ?? '' });
      }
      close(): void {}
    }
    Object.defineProperty(window, 'Notification', { value: RecordingNotification });
  });
}

/** What the recorder has seen so far. */
export function shownNotifications(page: Page): Promise<ShownNotification[]> {
  return page.evaluate(
    () => (window as unknown as { __notifications: ShownNotification[] }).__notifications
  );
}

/** Stops or starts the web shell's demo provider through the test control. */
export async function demoProvider(shell: RunningShell, action: 'stop' | 'start'): Promise<void> {
  if (!shell.testControlUrl) throw new Error('start the shell with HOSTDECK_TEST_CONTROL=1');
  const token = new URL(shell.url).searchParams.get('token') ?? '';
  const res = await fetch(`${shell.testControlUrl}/demo-provider/${action}`, {
    method: 'POST',
    headers: { 'X-Hostdeck-Token': token }
  });
  expect(res.status, `demo provider ${action}`).toBe(200);
}

/** The page root once its data is on screen. */
export const readyPage = (page: Page): Locator =>
  page.locator('[data-page="tickets"][data-view-state="ready"]');

/** Opens the app, then Tickets on "All", once the first sync has cached tickets. */
export async function openInbox(page: Page, shell: RunningShell): Promise<void> {
  await page.goto(shell.url);
  await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Tickets' }).click();
  await page.getByRole('radio', { name: 'All' }).click({ timeout: 60_000 });
  await expect(page.getByTestId('ticket-row').first()).toBeVisible();
  await expect(readyPage(page)).toBeVisible();
}

/** Opens the first open ticket whose thread has a staff and a customer message. */
export async function openConversation(page: Page): Promise<string> {
  const rows = page.getByTestId('ticket-row');
  const count = await rows.count();
  for (let index = 0; index < count; index++) {
    const row = rows.nth(index);
    const messages = Number(await row.locator('td').last().textContent());
    const status = (await row.locator('.status-chip').textContent()) ?? '';
    if (messages < 2 || status === 'Closed') continue;
    const id = (await row.getAttribute('data-ticket')) ?? '';
    await row.click();
    await expect(page.getByTestId('ticket-thread')).toBeVisible();
    await expect(readyPage(page)).toBeVisible();
    return id;
  }
  throw new Error('no open demo ticket with a conversation');
}

/** The composer under the thread. */
export const composer = (page: Page): Locator => page.getByTestId('composer');

/** Types a reply and attaches files (name → contents), without sending. */
export async function draftReply(
  page: Page,
  message: string,
  files: readonly { name: string; mimeType: string; text: string }[] = []
): Promise<void> {
  await composer(page).getByLabel('Your reply').fill(message);
  if (files.length > 0) {
    await composer(page)
      .getByTestId('attachment-input')
      .setInputFiles(
        files.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: Buffer.from(f.text) }))
      );
    await expect(composer(page).getByTestId('attachment')).toHaveCount(files.length);
  }
}

/** The write of ours that shows `text`, in whatever state (pending entry or sent message). */
export function ourWrite(page: Page, text: string): Locator {
  return page
    .locator('[data-testid="outbox-entry"], [data-testid="ticket-message"][data-sent-here="true"]')
    .filter({ hasText: text });
}

/** Clicks "Sync now" until `condition` holds (the demo staff answers on its own clock). */
export async function syncUntil(page: Page, condition: () => Promise<void>): Promise<void> {
  await expect(async () => {
    const syncNow = page.getByTestId('sync-now');
    if (await syncNow.isEnabled()) await syncNow.click();
    await condition();
  }).toPass({ timeout: 60_000, intervals: [1_000, 2_000, 3_000] });
}

/** Dismisses every toast on screen (they would cover a screenshot). */
export async function dismissToasts(page: Page): Promise<void> {
  const toasts = page.getByTestId('toast');
  while ((await toasts.count()) > 0) {
    await toasts
      .first()
      .getByRole('button', { name: /^Dismiss/ })
      .click();
  }
}
