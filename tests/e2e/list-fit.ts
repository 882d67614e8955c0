/**
 * Whether a page's tables fit their window: each table against its scroller (no sideways
 * scroll hiding the last column), no header label cut, no cell's words cut. Used on the demo
 * data (narrow-lists.spec.ts) and on the large reseller's (large-lists.spec.ts), whose long
 * lists are drawn by the virtual table (fixed column widths).
 */
import type { Page } from '@playwright/test';

/** Every list page, by route and page id. */
export const LISTS = [
  { route: 'invoices', page: 'invoices' },
  { route: 'statement', page: 'statement' },
  { route: 'services', page: 'services' },
  { route: 'tickets?status=all', page: 'tickets' },
  { route: 'domains', page: 'domains' },
  { route: 'usage', page: 'usage' }
] as const;

export interface Fit {
  readonly tables: number;
  readonly problems: string[];
}

/** Each table of the page against its scroller, and header cells whose label is cut. */
export async function listFit(page: Page, id: string): Promise<Fit> {
  return page.evaluate((pageId) => {
    const root = document.querySelector(`[data-page="${pageId}"]`);
    const problems: string[] = [];
    const tables = root ? [...root.querySelectorAll<HTMLTableElement>('table')] : [];
    const shown = tables.filter((t) => t.offsetParent !== null);
    for (const table of shown) {
      const box = table.parentElement!;
      const name = table.className || table.getAttribute('aria-label') || 'table';
      if (table.offsetWidth > box.clientWidth + 1 || box.scrollWidth > box.clientWidth + 1)
        problems.push(`${name}: ${table.offsetWidth}px in ${box.clientWidth}px`);
      for (const th of table.querySelectorAll<HTMLElement>('thead th')) {
        if (th.offsetParent === null) continue;
        for (const el of [th, ...th.querySelectorAll<HTMLElement>('*')])
          if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
            problems.push(`${name}: header "${th.innerText.trim()}" cut`);
            break;
          }
      }
      for (const cell of table.querySelectorAll<HTMLElement>('tbody td, tbody th')) {
        if (cell.offsetParent === null || cell.clientWidth === 0) continue;
        if (cell.scrollWidth > cell.clientWidth + 1)
          problems.push(`${name}: cell "${cell.innerText.trim()}" cut`);
      }
    }
    return { tables: shown.length, problems };
  }, id);
}

/** The windows every list is checked in: a small laptop's and a common one. */
export const VIEWPORTS = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 }
] as const;
