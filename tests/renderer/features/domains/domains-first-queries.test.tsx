/**
 * Issue 10: the Domains page's list is asked as soon as its address is shown, while the page's
 * code still loads (app/first-queries.ts, features/domains/domains-first-queries.ts), with the
 * filters, sort and page read from the address as the page reads them; the page then finds
 * that answer and asks nothing twice.
 *
 * The page's module is held back by a gate here, as a slow chunk would be.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '@renderer/app/app';
import { createQueryClient } from '@renderer/app/providers';
import { domainView, domainsBridge } from '../../domains-fixtures';

const chunk = vi.hoisted(() => {
  let open = (): void => undefined;
  const loaded = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { loaded, open: () => open() };
});

vi.mock('@renderer/features/domains/domains-page', async (importOriginal) => {
  await chunk.loaded;
  return importOriginal();
});

function domainsRoot(): Element | null {
  return document.querySelector('[data-page="domains"]');
}

describe('opening the Domains page', () => {
  // The page's real code and the pages' words, compiled before the test: the gate alone
  // decides when the page's code "arrives".
  beforeAll(async () => {
    await vi.importActual('@renderer/features/domains/domains-page');
    await import('@shared/i18n/locales/en');
  }, 60_000);
  afterEach(() => chunk.open());

  it('asks for the list the address names while the page’s code loads, then asks nothing again', async () => {
    const domains = Array.from({ length: 150 }, (_, i) =>
      domainView({ id: String(i + 1), name: `shop-${String(i + 1).padStart(3, '0')}.be` })
    );
    const { bridge } = domainsBridge(domains, []);
    window.hostdeck = bridge;
    window.history.replaceState(
      null,
      '',
      '/#/domains?status=active&autorenew=off&q=shop&sort=name&dir=desc&page=2'
    );
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    render(<App queryClient={createQueryClient()} />, { container: root });

    // The page's code has not arrived: its stand-in shows, yet its list is asked already.
    await waitFor(() => expect(bridge.callCount('domains:list')).toBe(1));
    expect(domainsRoot()?.getAttribute('data-view-state')).toBe('loading');
    expect(bridge.calls.find((call) => call.channel === 'domains:list')?.input).toEqual({
      within: null,
      status: 'active',
      autoRenewOffOnly: true,
      q: 'shop',
      sort: 'name',
      dir: 'desc',
      offset: 100,
      limit: 100
    });

    // The code arrives: the page shows that answer and does not ask again.
    chunk.open();
    await waitFor(() => expect(domainsRoot()?.getAttribute('data-view-state')).not.toBe('loading'));
    expect(await screen.findByTestId('domains-count')).toBeTruthy();
    expect(bridge.callCount('domains:list')).toBe(1);
  });
});
