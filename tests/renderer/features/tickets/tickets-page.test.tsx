import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  countLine,
  formatLastReply,
  NO_TICKET_FILTERS,
  toListInput
} from '@renderer/features/tickets/tickets-lib';
import { navigate } from '@renderer/lib/router';
import type { InvokeOutput } from '@shared/contract';
import { err, ok } from '@shared/result';
import { currentPage, renderReadyApp } from '../../render-app';
import {
  detail,
  inputsOf,
  item,
  LIST,
  openRoute,
  openThread,
  ticketsBridge
} from '../../tickets-fixtures';
import type { FakeBridge } from '../../fake-bridge';

function listInputs(bridge: FakeBridge) {
  return inputsOf(bridge, 'tickets:list').filter(
    // The navigation's unread count asks for one row of every ticket; the page asks for 50.
    (input) => (input as { limit?: number }).limit !== 1
  );
}

async function openTickets(bridge: FakeBridge) {
  const rendered = await openRoute(bridge, 'tickets');
  await screen.findByTestId('tickets-table');
  return rendered;
}

function pageRoot(): Element | null {
  return document.querySelector('[data-page="tickets"]');
}

beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => vi.restoreAllMocks());

describe('tickets list helpers', () => {
  it('turns the filter bar, order and page into list input, trimming and ordering the range', () => {
    expect(toListInput(NO_TICKET_FILTERS)).toEqual({ status: 'active', offset: 0, limit: 50 });
    expect(
      toListInput(
        { status: 'all', q: '  mx ', from: '2026-03-10', to: '2026-03-01' },
        { sort: 'subject', dir: 'asc' },
        2
      )
    ).toEqual({
      status: 'all',
      q: 'mx',
      from: '2026-03-01',
      to: '2026-03-10',
      sort: 'subject',
      dir: 'asc',
      offset: 100,
      limit: 50
    });
  });

  it('words the count of one page, of every match and of a filtered cache', () => {
    expect(countLine(1, 50, 1234, 5000)).toBe(
      `51–100 of ${(1234).toLocaleString()} matching tickets`
    );
    expect(countLine(0, 2, 2, 2)).toBe('2 tickets');
    expect(countLine(0, 1, 1, 9)).toBe('1 of 9 tickets');
  });

  it('words the last reply relative within a week and as a date after', () => {
    const now = Date.parse('2026-03-20T12:00:00Z');
    expect(formatLastReply('2026-03-20T10:00:00Z', now, 'UTC')).toBe('2 hours ago');
    expect(formatLastReply('2026-03-01T10:00:00Z', now, 'UTC')).toMatch(/2026/);
    expect(formatLastReply(null, now)).toBe('—');
  });
});

describe('tickets page', () => {
  it('lists tickets with number, technician, status word and tone, last reply, unread and Awaiting you', async () => {
    await openTickets(ticketsBridge());
    const rows = screen.getAllByTestId('ticket-row');
    expect(rows.map((r) => r.getAttribute('data-ticket'))).toEqual(['41', '42']);
    const first = within(rows[0]!);
    expect(first.getByText('#T-41')).toBeTruthy();
    expect(first.getByText('Awaiting you')).toBeTruthy();
    expect(first.getByText('New reply')).toBeTruthy();
    expect(rows[0]!.getAttribute('data-unread')).toBe('true');
    expect(first.getByTestId('row-technician').textContent).toBe('Sam Support');
    expect(first.getByText('Answered').getAttribute('data-tone')).toBe('attention');
    expect(first.getByText('2 hours ago')).toBeTruthy();
    const second = within(rows[1]!);
    expect(second.queryByText('Awaiting you')).toBeNull();
    expect(second.queryByText('New reply')).toBeNull();
    expect(second.getByTestId('row-technician').textContent).toBe('—');
    expect(screen.getByTestId('tickets-count').textContent).toBe('2 tickets');
    expect(pageRoot()?.getAttribute('data-view-state')).toBe('ready');
  });

  it('shows how many writes of a ticket are not sent yet', async () => {
    await openTickets(ticketsBridge([item('9', { pendingOutbox: 2 })]));
    expect(screen.getByTestId('unsent-badge').textContent).toBe('2 unsent');
  });

  it('asks tickets:list for the status, keyword and date range chosen', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge();
    await openTickets(bridge);
    expect(listInputs(bridge)[0]).toEqual({ status: 'active', offset: 0, limit: 50 });

    await user.click(screen.getByRole('radio', { name: 'Awaiting you' }));
    await waitFor(() =>
      expect(listInputs(bridge).at(-1)).toEqual({ status: 'awaiting-you', offset: 0, limit: 50 })
    );
    expect(screen.getByRole('radio', { name: 'Awaiting you' }).getAttribute('aria-checked')).toBe(
      'true'
    );

    await user.type(screen.getByLabelText('Search'), ' bounce ');
    await waitFor(() =>
      expect(listInputs(bridge).at(-1)).toMatchObject({ status: 'awaiting-you', q: 'bounce' })
    );

    await user.type(screen.getByLabelText('Last reply from'), '2026-03-01');
    await user.type(screen.getByLabelText('to'), '2026-03-15');
    await waitFor(() =>
      expect(listInputs(bridge).at(-1)).toMatchObject({
        status: 'awaiting-you',
        q: 'bounce',
        from: '2026-03-01',
        to: '2026-03-15'
      })
    );

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() =>
      expect(listInputs(bridge).at(-1)).toEqual({ status: 'active', offset: 0, limit: 50 })
    );
  });

  it('sorts by a column header, flips on a second click, and marks the header', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge();
    await openTickets(bridge);
    const lastReply = screen.getByRole('columnheader', { name: /Last reply/ });
    expect(lastReply.getAttribute('aria-sort')).toBe('descending');

    await user.click(screen.getByRole('button', { name: /Subject/ }));
    await waitFor(() =>
      expect(listInputs(bridge).at(-1)).toMatchObject({ sort: 'subject', dir: 'asc' })
    );
    expect(screen.getByRole('columnheader', { name: /Subject/ }).getAttribute('aria-sort')).toBe(
      'ascending'
    );
    expect(lastReply.getAttribute('aria-sort')).toBeNull();

    await user.click(screen.getByRole('button', { name: /Subject/ }));
    await waitFor(() =>
      expect(listInputs(bridge).at(-1)).toMatchObject({ sort: 'subject', dir: 'desc' })
    );
  });

  it('pages through a long list with offset and limit, and a new filter starts on page one', async () => {
    const user = userEvent.setup();
    const rows = Array.from({ length: 50 }, (_, index) => item(String(index + 1)));
    const bridge = ticketsBridge(rows, { total: 120, cachedCount: 120 });
    await openTickets(bridge);
    expect(screen.getByTestId('tickets-count').textContent).toBe('1–50 of 120 matching tickets');
    const pager = screen.getByTestId('tickets-pager');
    expect(within(pager).getByText('Page 1 of 3')).toBeTruthy();
    expect(
      within(pager).getByRole('button', { name: '← Previous' }).getAttribute('aria-disabled')
    ).toBe('true');

    await user.click(within(pager).getByRole('button', { name: 'Next →' }));
    await waitFor(() => expect(listInputs(bridge).at(-1)).toMatchObject({ offset: 50, limit: 50 }));
    expect(await within(pager).findByText('Page 2 of 3')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'All' }));
    await waitFor(() =>
      expect(listInputs(bridge).at(-1)).toEqual({ status: 'all', offset: 0, limit: 50 })
    );
  });

  it('explains an empty cache and points at Sync now', async () => {
    await renderReadyApp(ticketsBridge([], { cachedCount: 0 }));
    act(() => navigate('tickets'));
    expect(await screen.findByRole('heading', { name: 'No tickets cached yet' })).toBeTruthy();
    expect(screen.getByText('Sync now', { selector: 'strong' })).toBeTruthy();
    expect(pageRoot()?.getAttribute('data-view-state')).toBe('empty');
  });

  it('offers Clear filters when filters match nothing', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge([], { cachedCount: 3 });
    await openRoute(bridge, 'tickets?q=nothing+like+this');
    expect(
      await screen.findByRole('heading', { name: 'No tickets match these filters' })
    ).toBeTruthy();
    expect(pageRoot()?.getAttribute('data-view-state')).toBe('empty');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() =>
      expect(listInputs(bridge).at(-1)).toEqual({ status: 'active', offset: 0, limit: 50 })
    );
  });

  it('shows a failure with Retry', async () => {
    const bridge = ticketsBridge();
    bridge.handle('tickets:list', () => err('internal', 'The cache could not be read.'));
    await openRoute(bridge, 'tickets');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The cache could not be read.'
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(pageRoot()?.getAttribute('data-view-state')).toBe('error');
  });

  it('opens a ticket on click and on Enter', async () => {
    const user = userEvent.setup();
    await openTickets(ticketsBridge());
    await user.click(screen.getAllByTestId('ticket-row')[0]!);
    await screen.findByTestId('ticket-thread');
    expect(window.location.hash).toBe('#/tickets/41');
    await user.click(screen.getByRole('link', { name: '← All tickets' }));
    const row = (await screen.findAllByTestId('ticket-row'))[1]!;
    within(row).getByRole('link').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/tickets/42'));
  });

  it('reaches the rows with Tab and moves between them with Down and Up', async () => {
    const user = userEvent.setup();
    await openTickets(ticketsBridge());
    const rowLink = (index: number) =>
      within(screen.getAllByTestId('ticket-row')[index]!).getByRole('link');
    screen.getByRole('button', { name: /Last reply/ }).focus();
    await user.tab();
    expect(document.activeElement).toBe(rowLink(0));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowLink(1));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(rowLink(0));
  });

  it('flips the direction on the same column and starts a new column in its natural order', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge();
    await openTickets(bridge);
    const sortBy = (name: RegExp) =>
      user.click(within(screen.getByRole('columnheader', { name })).getByRole('button'));
    await sortBy(/Last reply/);
    await waitFor(() =>
      expect(listInputs(bridge).at(-1)).toMatchObject({ sort: 'last-reply', dir: 'asc' })
    );
    await sortBy(/Subject/);
    await waitFor(() =>
      expect(listInputs(bridge).at(-1)).toMatchObject({ sort: 'subject', dir: 'asc' })
    );
    await sortBy(/Number/);
    await waitFor(() =>
      expect(listInputs(bridge).at(-1)).toMatchObject({ sort: 'number', dir: 'desc' })
    );
    expect(window.location.hash).toBe('#/tickets?sort=number&dir=desc');
  });
});

describe('navigation unread count', () => {
  it('shows the unread tickets next to Tickets, and nothing at zero', async () => {
    const bridge = ticketsBridge(LIST, { unreadCount: 3 });
    await renderReadyApp(bridge);
    const badge = await screen.findByTestId('nav-unread');
    expect(badge.textContent).toBe('3 unread');
    expect(screen.getByRole('link', { name: /Tickets/ }).textContent).toContain('3');
    expect(inputsOf(bridge, 'tickets:list')).toContainEqual({ status: 'all', limit: 1 });
  });

  it('follows the cache: after a sync marks everything read the badge goes', async () => {
    let unread = 2;
    const bridge = ticketsBridge();
    bridge.handle('tickets:list', () =>
      ok({ tickets: [], total: 0, cachedCount: 5, unreadCount: unread })
    );
    await renderReadyApp(bridge);
    expect((await screen.findByTestId('nav-unread')).textContent).toBe('2 unread');
    unread = 0;
    act(() => bridge.emit('cache:changed', { scopes: ['tickets'] }));
    await waitFor(() => expect(screen.queryByTestId('nav-unread')).toBeNull());
  });
});

describe('ticket thread', () => {
  it('shows the facts, the technician, the thread oldest first and staff apart from customer', async () => {
    await openThread(ticketsBridge());
    expect(currentPage()).toBe('tickets');
    expect(screen.getByTestId('ticket-technician').textContent).toBe('Sam Support');
    const messages = screen.getAllByTestId('ticket-message');
    expect(messages.map((m) => m.getAttribute('data-author'))).toEqual(['customer', 'staff']);
    expect(within(messages[0]!).getByText('You')).toBeTruthy();
    expect(within(messages[1]!).getByText('Staff')).toBeTruthy();
    expect(within(messages[1]!).getByText('Sam Support', { selector: 'span' })).toBeTruthy();
    expect(within(messages[0]!).getByTestId('ticket-message-body').textContent).toBe(
      'Line one\nLine two'
    );
    expect(within(messages[0]!).getByRole('list', { name: 'Attachments' }).textContent).toBe(
      'bounce.eml'
    );
    // The staff answer is markdown: **MX** is bold.
    expect(within(messages[1]!).getByText('MX').tagName).toBe('STRONG');
    // The demo provider has no client area.
    expect(screen.queryByRole('button', { name: 'Open in client area' })).toBeNull();
    expect(screen.getByTestId('composer')).toBeTruthy();
  });

  it('says "Not assigned" when no technician is known', async () => {
    await openThread(ticketsBridge(LIST, { detail: detail({ technician: null }) }));
    expect(screen.getByTestId('ticket-technician').textContent).toBe('Not assigned');
  });

  it('opens the client area through the shell, falling back to a new tab in the web shell', async () => {
    const user = userEvent.setup();
    const url = 'https://billing.example.com/viewticket.php?tid=T-41';
    const bridge = ticketsBridge(LIST, { detail: detail({ providerUrl: url }) });
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    await openThread(bridge);
    await user.click(screen.getByRole('button', { name: 'Open in client area' }));
    await waitFor(() => expect(bridge.callCount('app:open-external')).toBe(1));
    expect(inputsOf(bridge, 'app:open-external')[0]).toEqual({ url });
    expect(open).not.toHaveBeenCalled();

    bridge.handle('app:open-external', () =>
      ok({ opened: false } satisfies InvokeOutput<'app:open-external'>)
    );
    await user.click(screen.getByRole('button', { name: 'Open in client area' }));
    await waitFor(() => expect(open).toHaveBeenCalledWith(url, '_blank', 'noopener,noreferrer'));
  });

  it('says so when the ticket cannot be loaded', async () => {
    const bridge = ticketsBridge();
    bridge.handle('tickets:get', () => err('not-found', 'This ticket is not in the cache.'));
    await openRoute(bridge, 'tickets/99');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This ticket is not in the cache.'
    );
    expect(pageRoot()?.getAttribute('data-view-state')).toBe('error');
  });
});
