import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './web-shell-fixture';

const ready = '#root[data-view-state="ready"]';

test.describe('opening the web shell', () => {
  test('the token leaves the address bar at first load and the app keeps working', async ({
    page,
    context,
    shell
  }) => {
    const link = new URL(shell.url);
    const token = link.searchParams.get('token')!;
    const eventStream = page.waitForResponse((r) => new URL(r.url()).pathname === '/events');

    const response = await page.goto(shell.url);
    // The server redirected before any script ran: the token never reached the page.
    expect(response?.request().redirectedFrom()?.url()).toContain('token=');
    expect(page.url()).toBe(`${link.origin}/`);
    expect(page.url()).not.toContain(token);
    await expect(page.locator(ready)).toBeVisible();

    // What the browser keeps instead: a cookie scripts cannot read, never sent cross-site.
    const cookies = await context.cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({
      name: `hostdeck-token-${link.port}`,
      value: token,
      httpOnly: true,
      sameSite: 'Strict',
      path: '/'
    });
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...window.sessionStorage, ...window.localStorage })
    );
    expect(stored).not.toContain(token);

    // The event stream opened on the cookie alone.
    const events = await eventStream;
    expect(events.status()).toBe(200);
    expect(events.url()).toBe(`${link.origin}/events`);

    // Calls, reloads and later visits work on the cookie.
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel(/sync interval/i).fill('50');
    await page.getByRole('button', { name: /save/i }).click();
    await expect(page.getByText('Saved')).toBeVisible();
    await page.reload();
    await expect(page.locator(ready)).toBeVisible();
    await expect(page.locator('[data-page="settings"]')).toBeVisible();
    await expect(page.getByLabel(/sync interval/i)).toHaveValue('50');
    expect(page.url()).not.toContain(token);
  });

  test('the printed link also works when clicked on another site', async ({ page, shell }) => {
    // A page on another site (127.0.0.2 is another host) linking to the printed URL, as a web
    // mail or chat would: the browser keeps the Strict cookie from that navigation.
    const elsewhere = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<a href="${shell.url}">Open Hostdeck</a>`);
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.2', resolve));
    try {
      await page.goto(`http://127.0.0.2:${(elsewhere.address() as AddressInfo).port}/`);
      await page.getByRole('link', { name: 'Open Hostdeck' }).click();
      await expect(page.locator(ready)).toBeVisible();
      expect(page.url()).toBe(`${new URL(shell.url).origin}/`);
    } finally {
      elsewhere.close();
    }
  });

  test('a browser without the cookie gets the missing-token page', async ({ page, shell }) => {
    const response = await page.goto(new URL('/#/domains', shell.url).href);
    expect(response?.status()).toBe(401);
    await expect(
      page.locator('[data-page="missing-token"][data-view-state="error"]')
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Hostdeck needs its access link' })
    ).toBeVisible();
  });

  test('a malformed route shows the not-found page with a way back', async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.locator(ready)).toBeVisible();
    await page.goto(`${new URL(shell.url).origin}/#/tickets/%E0%A4%A`);
    await page.reload(); // a fresh load on the malformed hash, not just a hash change
    const notFound = page.locator('[data-page="not-found"][data-view-state="error"]');
    await expect(notFound).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByTestId('status-bar')).toBeVisible();
    await notFound.getByRole('link', { name: 'Go to the dashboard' }).click();
    await expect(page.locator('[data-page="dashboard"]')).toBeVisible();
    expect(new URL(page.url()).hash).toBe('#/dashboard');
  });
});
