/**
 * The small first paint (issue 10, part 3) in a real browser through the real web shell: each
 * page's code is a chunk fetched when the page is first opened, under the shell's CSP
 * (`script-src 'self'`), and every page still settles on its readiness signal.
 */
import { expect, test } from './web-shell-fixture';

const PAGES = ['Dashboard', 'Usage', 'Domains', 'Tickets', 'Invoices', 'Services', 'Settings'];

test('pages load their code on first visit, within the CSP, and each settles', async ({
  page,
  shell
}) => {
  const scripts: { url: string; status: number }[] = [];
  page.on('response', (response) => {
    if (/\/assets\/[^/?]+\.js(\?|$)/.test(response.url()))
      scripts.push({ url: response.url(), status: response.status() });
  });
  // Every blocked load is reported to the page as a securitypolicyviolation event. zod's
  // one-off probe for `new Function` (blockedURI "eval") is refused by design and zod falls
  // back to its plain parser, so it is not counted; a blocked chunk would be.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      if (event.blockedURI !== 'eval')
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  });

  // Start on Settings: neither charts nor tickets are needed for it.
  await page.goto(`${shell.url}#/settings`);
  await expect(page.locator('#root[data-view-state="ready"]')).toBeVisible();
  await expect(page.locator('[data-page="settings"][data-view-state="ready"]')).toBeVisible();
  const firstPaintScripts = scripts.length;
  expect(firstPaintScripts).toBeGreaterThan(0);

  for (const name of PAGES) {
    await page.getByRole('navigation').getByRole('link', { name }).click();
    const root = page.locator(`[data-page="${name.toLowerCase()}"]`);
    await expect(root).toBeVisible();
    await expect(root).not.toHaveAttribute('aria-busy', 'true');
    await expect(root).toHaveAttribute('data-view-state', /^(ready|empty)$/, {
      timeout: 60_000
    });
  }

  // The other pages' code came over the wire only once they were opened.
  expect(scripts.length).toBeGreaterThan(firstPaintScripts);
  expect(scripts.filter((script) => script.status !== 200 && script.status !== 304)).toEqual([]);
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations
  );
  expect(violations).toEqual([]);
});
