/**
 * The billing and services screens as an end-to-end test sees them: selectors and steps in
 * one place. Every wait is on data (`data-view-state`, `data-pdf-state`, a row attribute), never
 * a fixed sleep.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningShell } from './web-shell-fixture';

/** A page root once its data is on screen. */
export const readyPage = (page: Page, id: string): Locator =>
  page.locator(`[data-page="${id}"][data-view-state="ready"]`);

export const invoiceRows = (page: Page): Locator => page.getByTestId('invoice-row');

/** The link of a list row: what takes focus, and what Enter or Space opens. */
export const rowLink = (row: Locator): Locator => row.locator('th[scope="row"] a');

/** Rows whose PDF is cached (shown offline). */
export const cachedInvoiceRows = (page: Page): Locator =>
  page.locator('[data-testid="invoice-row"][data-pdf="cached"]');

export const pdfPanel = (page: Page): Locator => page.getByTestId('invoice-pdf');

/** Opens the app, then Invoices, once the first sync has cached invoices. */
export async function openInvoices(page: Page, shell: RunningShell): Promise<void> {
  await page.goto(shell.url);
  await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Invoices' })
    .click();
  await expect(invoiceRows(page).first()).toBeVisible({ timeout: 60_000 });
  await expect(readyPage(page, 'invoices')).toBeVisible();
}

/**
 * Waits until the background downloader has cached at least `count` PDFs of the first page
 * (the list refreshes itself as PDFs arrive).
 */
export async function waitForCachedPdfs(page: Page, count: number): Promise<void> {
  await expect(async () => {
    expect(await cachedInvoiceRows(page).count()).toBeGreaterThanOrEqual(count);
  }).toPass({ timeout: 60_000 });
}

/** Opens the invoice of `row` and returns its id. */
export async function openInvoice(page: Page, row: Locator): Promise<string> {
  const id = (await row.getAttribute('data-invoice')) ?? '';
  await row.click();
  await expect(page.locator(`[data-testid="invoice-detail"][data-invoice="${id}"]`)).toBeVisible();
  return id;
}

/**
 * How many pixels of the PDF's first page are ink (clearly darker than paper): a blank or
 * unrendered canvas has none.
 */
export function inkedPixels(page: Page): Promise<number> {
  return page
    .getByTestId('invoice-pdf-page')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) return 0;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 0 && data[i]! < 160 && data[i + 1]! < 160 && data[i + 2]! < 160) ink++;
      }
      return ink;
    });
}

/** Waits until the PDF panel has drawn its pages and returns the ink on the first one. */
export async function renderedPdfInk(page: Page): Promise<number> {
  await expect(pdfPanel(page)).toHaveAttribute('data-pdf-state', 'ready', { timeout: 30_000 });
  return inkedPixels(page);
}

/** Opens the Services page. */
export async function openServices(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Services' })
    .click();
  await expect(readyPage(page, 'services')).toBeVisible();
}

export const serviceRows = (page: Page): Locator => page.getByTestId('service-row');

/** The domains of the service rows, in order. */
export async function serviceDomains(page: Page): Promise<string[]> {
  return serviceRows(page).locator('th[scope="row"]').allTextContents();
}
