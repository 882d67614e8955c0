/**
 * The accessibility check as an end-to-end test uses it: axe-core (the pinned version in
 * package.json, not the one bundled with the Playwright runner) over the whole page, limited
 * to the WCAG 2.0/2.1/2.2 A and AA rules, and the screens it visits, reached by route and
 * waited on by data (`data-view-state`, a detail's test id), never by sleeps.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 level AA and below. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The impacts this project keeps at zero. */
const BLOCKING = new Set(['serious', 'critical']);

/** One finding: the rule, its impact and where (a few CSS selectors). */
export interface AxeFinding {
  readonly rule: string;
  readonly impact: string;
  readonly nodes: number;
  readonly targets: readonly string[];
  /** The first nodes' opening tags, shortened: generated ids alone do not say what they are. */
  readonly html: readonly string[];
  readonly help: string;
}

/** Runs axe over the page as it is now and returns its serious and critical findings. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
    .withTags(WCAG_TAGS)
    .analyze();
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      nodes: violation.nodes.length,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
      html: violation.nodes.slice(0, 3).map((node) => node.html.replace(/\s+/g, ' ').slice(0, 120)),
      help: violation.help
    }));
}

/** "color-contrast (serious, 15 nodes: .chip, …) — Elements must meet …" per finding. */
export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings
    .map(
      (f) =>
        `${f.rule} (${f.impact}, ${f.nodes} node${f.nodes === 1 ? '' : 's'}: ${f.targets.join(', ')}) — ${f.help}\n  ${f.html.join('\n  ')}`
    )
    .join('\n');
}

/** Shows `route` (e.g. `invoices/12`) through the app's hash router. */
export async function openRoute(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${route}`);
}

/** Waits until the page root `id` shows its data (or says it has none). */
export async function settledPage(page: Page, id: string): Promise<void> {
  const root = page.locator(`[data-page="${id}"]`);
  await expect(root).toHaveAttribute('data-view-state', /^(ready|empty)$/, { timeout: 60_000 });
  await expect(root).not.toHaveAttribute('aria-busy', 'true');
}

/** Switches the OS colour scheme and waits until the app's theme follows it. */
export async function useColourScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
}

/** The first id of a cached list, asked of the app's own bridge (no table markup involved). */
export async function firstCachedId(
  page: Page,
  list: 'domains' | 'invoices' | 'tickets'
): Promise<string> {
  let id: string | null = null;
  await expect(async () => {
    id = await page.evaluate(async (which) => {
      type Listed = { readonly id: string };
      type Bridge = {
        invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }>;
      };
      const bridge = (window as unknown as { hostdeck?: Bridge }).hostdeck;
      if (!bridge) return null;
      const input = which === 'tickets' ? { status: 'all' } : {};
      const result = await bridge.invoke(`${which}:list`, input);
      if (!result.ok) return null;
      const rows = (result.value as Record<string, readonly Listed[]>)[which] ?? [];
      return rows[0]?.id ?? null;
    }, list);
    expect(id, `a cached entry in ${list}`).not.toBeNull();
  }).toPass({ timeout: 60_000, intervals: [500, 1_000, 2_000] });
  return id ?? '';
}
