import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLanguage } from '@renderer/lib/i18n';
import { navigate } from '@renderer/lib/router';
import { err, ok } from '@shared/result';
import { domainView, domainsBridge, emptyDomainList } from '../../domains-fixtures';
import { FakeBridge } from '../../fake-bridge';
import { currentPage, renderReadyApp } from '../../render-app';

beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => vi.restoreAllMocks());

async function openDomains(bridge: FakeBridge) {
  const rendered = await renderReadyApp(bridge);
  act(() => navigate('domains'));
  await screen.findByTestId('domains-table');
  return rendered;
}

function rowNames(): string[] {
  return screen.queryAllByTestId('domain-row').map((row) => row.getAttribute('data-domain') ?? '');
}

/** The input of the last `domains:list` call. */
function lastListInput(bridge: FakeBridge): unknown {
  return bridge.calls.filter((call) => call.channel === 'domains:list').at(-1)?.input;
}

/** Waits for main's answer to the last filter or sort: the rows on screen become `names`. */
async function expectRows(names: string[] | number): Promise<void> {
  await waitFor(() =>
    typeof names === 'number'
      ? expect(rowNames()).toHaveLength(names)
      : expect(rowNames()).toEqual(names)
  );
}

describe('domains table', () => {
  it('lists every domain most urgent first, with status words, days left and alert badges', async () => {
    await openDomains(domainsBridge().bridge);
    await expectRows([
      'charlie-bakery.nl',
      'alpha-shop.com',
      'bravo-studio.be',
      'delta-garage.eu',
      'echo-transfer.com'
    ]);
    const [charlie, alpha] = screen.getAllByTestId('domain-row');
    expect(within(charlie!).getByText('Grace period')).toBeTruthy();
    expect(within(charlie!).getByText('expired 3 days ago')).toBeTruthy();
    expect(within(charlie!).getByText('Critical · snoozed')).toBeTruthy();
    expect(within(charlie!).getByText('unknown')).toBeTruthy();
    expect(within(alpha!).getByText('tomorrow')).toBeTruthy();
    expect(within(alpha!).getByText('Critical')).toBeTruthy();
    expect(within(alpha!).getByText('off')).toBeTruthy();
    expect(within(screen.getByTestId('domains-table')).getByText('Pending transfer')).toBeTruthy();
    expect(screen.getByTestId('domains-count').textContent).toBe('5 domains');
  });

  it('sorts by a column header and flips direction on a second click, with aria-sort', async () => {
    const user = userEvent.setup();
    await openDomains(domainsBridge().bridge);
    const nameHeader = screen.getByRole('columnheader', { name: /Domain/ });
    // A sortable header that is not the order carries no aria-sort (only the sorted one does).
    expect(nameHeader.hasAttribute('aria-sort')).toBe(false);
    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await waitFor(() => expect(rowNames()[0]).toBe('alpha-shop.com'));
    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');
    await waitFor(() => expect(rowNames()[0]).toBe('echo-transfer.com'));
    expect(screen.getByRole('columnheader', { name: /Days left/ }).hasAttribute('aria-sort')).toBe(
      false
    );
  });

  it('filters by expiry window, status, auto-renew and search, and clears the filters', async () => {
    const user = userEvent.setup();
    await openDomains(domainsBridge().bridge);
    await user.selectOptions(screen.getByLabelText('Expires within'), '7');
    await expectRows(['alpha-shop.com', 'bravo-studio.be']);
    await waitFor(() =>
      expect(screen.getByTestId('domains-count').textContent).toBe('2 of 5 domains')
    );
    await user.click(screen.getByLabelText('Auto-renew off only'));
    await expectRows(['alpha-shop.com']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await expectRows(5);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Grace period');
    await expectRows(['charlie-bakery.nl']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'all');
    await user.type(screen.getByLabelText('Search'), 'GARAGE');
    await expectRows(['delta-garage.eu']);
  });

  it('keeps the filters and sort in the address, and Back steps back through them', async () => {
    const user = userEvent.setup();
    const { bridge } = domainsBridge();
    await openDomains(bridge);
    await user.selectOptions(screen.getByLabelText('Expires within'), '7');
    await user.click(screen.getByLabelText('Auto-renew off only'));
    await user.click(
      within(screen.getByRole('columnheader', { name: /Domain/ })).getByRole('button')
    );
    await expectRows(['alpha-shop.com']);
    expect(window.location.hash).toBe('#/domains?within=7&autorenew=off&sort=name&dir=asc');
    expect(lastListInput(bridge)).toMatchObject({
      within: 7,
      autoRenewOffOnly: true,
      sort: 'name',
      dir: 'asc'
    });

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    await expectRows(['alpha-shop.com', 'bravo-studio.be']);
    expect(window.location.hash).toBe('#/domains?within=7');
    expect(screen.getByLabelText('Expires within')).toHaveProperty('value', '7');
    expect(screen.getByLabelText('Auto-renew off only')).toHaveProperty('checked', false);
  });

  it('says when the filters match nothing and offers to clear them', async () => {
    const user = userEvent.setup();
    await openDomains(domainsBridge().bridge);
    await user.type(screen.getByLabelText('Search'), 'no-such-domain');
    expect(await screen.findByText('No domains match these filters')).toBeTruthy();
    expect(screen.queryByTestId('domains-table')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await expectRows(5);
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('');
  });

  it('shows the no-domains empty state and the envelope message on failure', async () => {
    const empty = domainsBridge([], []);
    await renderReadyApp(empty.bridge);
    act(() => navigate('domains'));
    expect(await screen.findByText('No domains yet')).toBeTruthy();
  });

  it('shows the error message from the envelope with a retry', async () => {
    const bridge = new FakeBridge();
    bridge.handle('domains:list', () => err('offline', 'Hostdeck is not reachable.'));
    await renderReadyApp(bridge);
    act(() => navigate('domains'));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The provider cannot be reached'
    );
    bridge.handle('domains:list', () => ok(emptyDomainList()));
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('No domains yet')).toBeTruthy();
  });

  it('asks main for one page at a time and pages on with the pager, keeping filters and sort', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 250 }, (_, i) =>
      domainView({ id: `m${i}`, name: `many-${String(i).padStart(3, '0')}.com`, daysLeft: 10 + i })
    );
    const { bridge } = domainsBridge(many, []);
    await openDomains(bridge);
    expect(rowNames()).toHaveLength(100);
    expect(screen.getByTestId('domains-count').textContent).toBe('1–100 of 250 domains');
    const pager = screen.getByRole('navigation', { name: 'Pages of domains' });
    expect(within(pager).getByText('Page 1 of 3')).toBeTruthy();
    await user.click(within(pager).getByRole('button', { name: /Next/ }));
    await waitFor(() =>
      expect(screen.getByTestId('domains-count').textContent).toBe('101–200 of 250 domains')
    );
    expect(rowNames()[0]).toBe('many-100.com');
    expect(lastListInput(bridge)).toMatchObject({ offset: 100, limit: 100 });
    // A new filter starts again on the first page, and main filters.
    await user.type(screen.getByLabelText('Search'), 'many-24');
    await expectRows(Array.from({ length: 10 }, (_, i) => `many-24${i}.com`));
    expect(lastListInput(bridge)).toMatchObject({ q: 'many-24', offset: 0 });
    expect(screen.queryByRole('navigation', { name: 'Pages of domains' })).toBeNull();
    expect(screen.getByTestId('domains-count').textContent).toBe('10 of 250 domains');
  });

  it('shows the renewals-ahead summary for the next twelve months', async () => {
    await openDomains(domainsBridge().bridge);
    const card = screen.getByTestId('renewals-ahead');
    expect(card.textContent).toContain('3 renewals in the next 12 months');
    expect(within(card).getAllByRole('row')).toHaveLength(13);
  });

  it('opens a domain on row click and on Enter', async () => {
    const user = userEvent.setup();
    await openDomains(domainsBridge().bridge);
    await user.click(screen.getByText('bravo-studio.be'));
    expect(window.location.hash).toBe('#/domains/2');
    expect((await screen.findByTestId('domain-detail')).textContent).toContain('bravo-studio.be');
    expect(currentPage()).toBe('domains');

    await user.click(screen.getByRole('link', { name: '← All domains' }));
    await screen.findByTestId('domains-table');
    const alphaRow = screen.getAllByTestId('domain-row')[1]!;
    within(alphaRow).getByRole('link').focus();
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/domains/1');
  });
});

describe('domain detail', () => {
  async function openDetail(bridge: FakeBridge, id: string) {
    await renderReadyApp(bridge);
    act(() => navigate(`domains/${id}`));
    return screen.findByTestId('domain-detail');
  }

  it('shows the facts, the alert and the history', async () => {
    const detail = await openDetail(domainsBridge().bridge, '1');
    expect(screen.getByTestId('detail-days-left').textContent).toBe('tomorrow');
    expect(detail.textContent).toContain('alpha-shop.com expires tomorrow (Nov 23, 2026)');
    expect(detail.textContent).toContain('€12.99');
    const history = screen.getByTestId('alert-history');
    expect(within(history).getAllByRole('listitem')).toHaveLength(4);
    expect(history.textContent).toContain('7-day threshold crossed');
    expect(history.textContent).toContain('until Dec 1, 2026');
    expect(history.textContent).toContain('alpha-shop.com expires in 3 days (Nov 24, 2026)');
    expect(history.textContent).not.toContain('English detail');
  });

  it('writes the history from its facts in the chosen language', async () => {
    await openDetail(domainsBridge().bridge, '1');
    act(() => applyLanguage('fr', ['fr-BE']));
    const history = screen.getByTestId('alert-history');
    await waitFor(() => expect(history.textContent).toContain('jusqu’au 1 déc. 2026'));
    expect(history.textContent).toContain('alpha-shop.com expire dans 3 jours (24 nov. 2026)');
    act(() => applyLanguage('nl', ['nl-BE']));
    await waitFor(() => expect(history.textContent).toContain('tot 1 dec 2026'));
    expect(history.textContent).toContain('alpha-shop.com verloopt over 3 dagen (24 nov 2026)');
  });

  it('snoozes until the next threshold and until a picked date', async () => {
    const user = userEvent.setup();
    const { bridge } = domainsBridge();
    await openDetail(bridge, '1');
    await user.click(screen.getByRole('button', { name: /^Snooze to next threshold/ }));
    await waitFor(() => expect(bridge.callCount('alerts:snooze')).toBe(1));
    expect(bridge.calls.find((c) => c.channel === 'alerts:snooze')?.input).toEqual({
      key: 'domain:1',
      until: 'next-threshold'
    });

    const date = screen.getByLabelText('Snooze until') as HTMLInputElement;
    expect(date.min).toBe('2026-11-23');
    const snoozeDate = screen.getByRole('button', { name: /until the picked date/ });
    expect((snoozeDate as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(date, { target: { value: '2026-12-05' } });
    await user.click(snoozeDate);
    await waitFor(() => expect(bridge.callCount('alerts:snooze')).toBe(2));
    expect(bridge.calls.filter((c) => c.channel === 'alerts:snooze').at(-1)?.input).toEqual({
      key: 'domain:1',
      until: '2026-12-05'
    });
  });

  it('acknowledges the alert and refreshes the alert count', async () => {
    const user = userEvent.setup();
    const { bridge } = domainsBridge();
    await openDetail(bridge, '2');
    await waitFor(() => expect(screen.getByTestId('status-alerts').textContent).toBe('3 alerts'));
    await user.click(
      screen.getByRole('button', { name: 'Acknowledge the alert for bravo-studio.be' })
    );
    await waitFor(() => expect(screen.getByTestId('status-alerts').textContent).toBe('2 alerts'));
    expect(bridge.calls.find((c) => c.channel === 'alerts:acknowledge')?.input).toEqual({
      key: 'domain:2'
    });
  });

  it('reports a failed snooze with the envelope message', async () => {
    const user = userEvent.setup();
    const { bridge } = domainsBridge();
    bridge.handle('alerts:snooze', () =>
      err('invalid-input', 'That date is in the past.', undefined, { code: 'snooze-date-past' })
    );
    await openDetail(bridge, '1');
    await user.click(screen.getByRole('button', { name: /^Snooze to next threshold/ }));
    expect(await screen.findByText('Choose a date after today to snooze until.')).toBeTruthy();
  });

  it('opens the renewal page in a new tab when main returns its address in the web shell', async () => {
    const user = userEvent.setup();
    const { bridge } = domainsBridge();
    bridge.handle('domains:renew', () =>
      ok({
        mode: 'page-url' as const,
        url: 'https://billing.example/cart.php?a=renew&id=1',
        synced: false,
        message: 'Opened the renewal page.'
      })
    );
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await openDetail(bridge, '1');
    await user.click(screen.getByRole('button', { name: 'Renew' }));
    await waitFor(() =>
      expect(open).toHaveBeenCalledWith(
        'https://billing.example/cart.php?a=renew&id=1',
        '_blank',
        'noopener,noreferrer'
      )
    );
    expect(
      await screen.findByText("Open the provider's renewal page to renew alpha-shop.com.")
    ).toBeTruthy();
    expect(bridge.calls.find((c) => c.channel === 'domains:renew')?.input).toEqual({ id: '1' });
  });

  it('does not open a window when main renewed the domain itself', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await openDetail(domainsBridge().bridge, '1');
    await user.click(screen.getByRole('button', { name: 'Renew' }));
    expect(await screen.findByText('alpha-shop.com was renewed for one year.')).toBeTruthy();
    expect(open).not.toHaveBeenCalled();
  });

  it('says when the domain cannot be found', async () => {
    await renderReadyApp(domainsBridge().bridge);
    act(() => navigate('domains/99'));
    expect((await screen.findByRole('alert')).textContent).toContain('No domain 99.');
  });
});
