import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  formatLastReply,
  NO_TICKET_FILTERS,
  ticketAlertKeys,
  toListInput
} from '../../src-renderer/src/features/tickets/tickets-lib';
import { useTicketsViewStore } from '../../src-renderer/src/features/tickets/tickets-view-store';
import { navigate } from '../../src-renderer/src/lib/router';
import type {
  AlertView,
  InvokeOutput,
  TicketDetail,
  TicketListItem
} from '../../src-shared/contract';
import { err, ok } from '../../src-shared/result';
import { FakeBridge } from './fake-bridge';
import { currentPage, renderReadyApp } from './render-app';

const NOW = Date.now();

function item(id: string, overrides: Partial<TicketListItem> = {}): TicketListItem {
  return {
    id,
    publicId: `T-${id}`,
    subject: `Subject ${id}`,
    departmentName: 'Technical',
    status: 'Open',
    priority: 'medium',
    openedAt: new Date(NOW - 5 * 86_400_000).toISOString(),
    lastReplyAt: new Date(NOW - 2 * 3_600_000).toISOString(),
    awaitingYou: false,
    messageCount: 2,
    ...overrides
  };
}

const LIST = [
  item('41', { subject: 'Mail bounces', status: 'Answered', awaitingYou: true }),
  item('42', { subject: 'Invoice question', status: 'Customer-Reply', departmentName: null })
];

function detail(overrides: Partial<TicketDetail> = {}): TicketDetail {
  return {
    ...item('41', { subject: 'Mail bounces', status: 'Answered', awaitingYou: true }),
    messages: [
      {
        id: '0',
        author: { name: 'Robin Reseller', kind: 'customer' },
        postedAt: new Date(NOW - 86_400_000).toISOString(),
        body: 'Line one\nLine two <img src=x onerror=alert(1)>',
        bodyFormat: 'text',
        attachments: [{ index: 0, filename: 'bounce.eml' }],
        clientMarker: null
      },
      {
        id: '7',
        author: { name: 'Sam Support', kind: 'staff' },
        postedAt: new Date(NOW - 2 * 3_600_000).toISOString(),
        body: 'We fixed the **MX** record.',
        bodyFormat: 'markdown',
        attachments: [],
        clientMarker: null
      }
    ],
    providerUrl: null,
    ...overrides
  };
}

function ticketAlert(id: string): AlertView {
  return {
    key: `ticket:${id}:reply:2026-03-10T08:00:00.000Z`,
    category: 'ticket',
    severity: 'info',
    title: 'New reply to your ticket',
    body: 'Mail bounces',
    route: `/tickets/${id}`,
    domainId: null,
    snoozed: false,
    raisedAt: new Date(NOW).toISOString(),
    daysLeft: null,
    threshold: null,
    kind: 'ticket-reply'
  };
}

function ticketsBridge(
  list: readonly TicketListItem[] = LIST,
  options: { cachedCount?: number; detail?: TicketDetail; alerts?: AlertView[] } = {}
) {
  const bridge = new FakeBridge();
  let alerts = options.alerts ?? [];
  bridge.handle('tickets:list', () =>
    ok({ tickets: [...list], total: list.length, cachedCount: options.cachedCount ?? list.length })
  );
  bridge.handle('tickets:get', () => ok(options.detail ?? detail()));
  bridge.handle('alerts:list', () => ok({ alerts, openCount: alerts.length }));
  bridge.handle('alerts:acknowledge', (input) => {
    alerts = alerts.filter((a) => a.key !== input.key);
    return ok({ openCount: alerts.length });
  });
  bridge.handle('domains:list', () => ok({ domains: [], today: '2026-03-20' }));
  return bridge;
}

function listInputs(bridge: FakeBridge) {
  return bridge.calls.filter((c) => c.channel === 'tickets:list').map((c) => c.input);
}

async function openTickets(bridge: FakeBridge) {
  const rendered = await renderReadyApp(bridge);
  act(() => navigate('tickets'));
  await screen.findByTestId('tickets-table');
  return rendered;
}

beforeEach(() => {
  useTicketsViewStore.getState().clearFilters();
  window.location.hash = '';
});
afterEach(() => vi.restoreAllMocks());

describe('tickets list helpers', () => {
  it('turns the filter bar into list input, trimming, omitting blanks and ordering the range', () => {
    expect(toListInput(NO_TICKET_FILTERS)).toEqual({ status: 'active' });
    expect(
      toListInput({ status: 'all', q: '  mx ', from: '2026-03-10', to: '2026-03-01' })
    ).toEqual({
      status: 'all',
      q: 'mx',
      from: '2026-03-01',
      to: '2026-03-10'
    });
  });

  it('words the last reply relative within a week and as a date after', () => {
    const now = Date.parse('2026-03-20T12:00:00Z');
    expect(formatLastReply('2026-03-20T10:00:00Z', now, 'UTC')).toBe('2 h ago');
    expect(formatLastReply('2026-03-01T10:00:00Z', now, 'UTC')).toMatch(/2026/);
    expect(formatLastReply(null, now)).toBe('—');
  });

  it('finds the ticket alerts that point at a ticket, whatever the route encoding', () => {
    const alerts = [
      ticketAlert('41'),
      { ...ticketAlert('a b'), route: '/tickets/a%20b' },
      ticketAlert('4')
    ];
    expect(ticketAlertKeys(alerts, '41')).toEqual([alerts[0]!.key]);
    expect(ticketAlertKeys(alerts, 'a b')).toEqual([alerts[1]!.key]);
  });
});

describe('tickets page', () => {
  it('lists tickets with number, department, status word and tone, last reply and Awaiting you', async () => {
    await openTickets(ticketsBridge());
    const rows = screen.getAllByTestId('ticket-row');
    expect(rows.map((r) => r.getAttribute('data-ticket'))).toEqual(['41', '42']);
    const first = within(rows[0]!);
    expect(first.getByText('#T-41')).toBeTruthy();
    expect(first.getByText('Awaiting you')).toBeTruthy();
    expect(first.getByText('Answered').getAttribute('data-tone')).toBe('attention');
    expect(first.getByText('2 h ago')).toBeTruthy();
    expect(within(rows[1]!).queryByText('Awaiting you')).toBeNull();
    expect(screen.getByTestId('tickets-count').textContent).toBe('2 tickets');
    expect(document.querySelector('[data-page="tickets"]')?.getAttribute('data-view-state')).toBe(
      'ready'
    );
  });

  it('asks tickets:list for the status, keyword and date range chosen', async () => {
    const user = userEvent.setup();
    const bridge = ticketsBridge();
    await openTickets(bridge);
    expect(listInputs(bridge)[0]).toEqual({ status: 'active' });

    await user.click(screen.getByRole('radio', { name: 'Awaiting you' }));
    await waitFor(() => expect(listInputs(bridge).at(-1)).toEqual({ status: 'awaiting-you' }));
    expect(screen.getByRole('radio', { name: 'Awaiting you' }).getAttribute('aria-checked')).toBe(
      'true'
    );

    await user.type(screen.getByLabelText('Search'), ' bounce ');
    await waitFor(() =>
      expect(listInputs(bridge).at(-1)).toEqual({ status: 'awaiting-you', q: 'bounce' })
    );

    await user.type(screen.getByLabelText('Last reply from'), '2026-03-01');
    await user.type(screen.getByLabelText('to'), '2026-03-15');
    await waitFor(() =>
      expect(listInputs(bridge).at(-1)).toEqual({
        status: 'awaiting-you',
        q: 'bounce',
        from: '2026-03-01',
        to: '2026-03-15'
      })
    );

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(listInputs(bridge).at(-1)).toEqual({ status: 'active' }));
  });

  it('explains an empty cache and points at Sync now', async () => {
    await renderReadyApp(ticketsBridge([], { cachedCount: 0 }));
    act(() => navigate('tickets'));
    expect(await screen.findByRole('heading', { name: 'No tickets cached yet' })).toBeTruthy();
    expect(screen.getByText('Sync now', { selector: 'strong' })).toBeTruthy();
  });

  it('offers Clear filters when filters match nothing', async () => {
    const user = userEvent.setup();
    useTicketsViewStore.getState().setFilter('q', 'nothing like this');
    const bridge = ticketsBridge([], { cachedCount: 3 });
    await renderReadyApp(bridge);
    act(() => navigate('tickets'));
    expect(
      await screen.findByRole('heading', { name: 'No tickets match these filters' })
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(listInputs(bridge).at(-1)).toEqual({ status: 'active' }));
  });

  it('shows a failure with Retry', async () => {
    const bridge = ticketsBridge();
    bridge.handle('tickets:list', () => err('internal', 'The cache could not be read.'));
    await renderReadyApp(bridge);
    act(() => navigate('tickets'));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The cache could not be read.'
    );
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('opens a ticket on click and on Enter', async () => {
    const user = userEvent.setup();
    await openTickets(ticketsBridge());
    await user.click(screen.getAllByTestId('ticket-row')[0]!);
    await screen.findByTestId('ticket-thread');
    expect(window.location.hash).toBe('#/tickets/41');
    await user.click(screen.getByRole('link', { name: '← All tickets' }));
    const row = (await screen.findAllByTestId('ticket-row'))[1]!;
    row.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/tickets/42'));
  });
});

describe('ticket thread', () => {
  it('renders the thread oldest first, staff and customer apart, bodies as plain text', async () => {
    await renderReadyApp(ticketsBridge());
    act(() => navigate('tickets/41'));
    await screen.findByTestId('ticket-thread');
    expect(currentPage()).toBe('tickets');
    const messages = screen.getAllByTestId('ticket-message');
    expect(messages.map((m) => m.getAttribute('data-author'))).toEqual(['customer', 'staff']);
    expect(within(messages[0]!).getByText('You')).toBeTruthy();
    expect(within(messages[1]!).getByText('Staff')).toBeTruthy();
    expect(within(messages[1]!).getByText('Sam Support')).toBeTruthy();
    const body = within(messages[0]!).getByTestId('ticket-message-body');
    expect(body.textContent).toBe('Line one\nLine two <img src=x onerror=alert(1)>');
    expect(document.querySelector('.ticket-thread img')).toBeNull();
    expect(within(messages[1]!).getByTestId('ticket-message-body').textContent).toBe(
      'We fixed the **MX** record.'
    );
    expect(within(messages[0]!).getByRole('list', { name: 'Attachments' }).textContent).toBe(
      'bounce.eml'
    );
    expect(screen.getByTestId('reply-note').textContent).toContain(
      'Replying from Hostdeck is not available yet'
    );
    // The demo provider has no client area.
    expect(screen.queryByRole('button', { name: 'Open in client area' })).toBeNull();
  });

  it('acknowledges the open reply alert of the ticket once it is shown, and no other', async () => {
    const bridge = ticketsBridge(LIST, { alerts: [ticketAlert('41'), ticketAlert('42')] });
    await renderReadyApp(bridge);
    act(() => navigate('tickets/41'));
    await screen.findByTestId('ticket-thread');
    await waitFor(() => expect(bridge.callCount('alerts:acknowledge')).toBe(1));
    expect(bridge.calls.find((c) => c.channel === 'alerts:acknowledge')?.input).toEqual({
      key: ticketAlert('41').key
    });
    // The alert list refreshes after acknowledging; nothing is sent twice.
    await waitFor(() => expect(bridge.callCount('alerts:list')).toBeGreaterThan(1));
    expect(bridge.callCount('alerts:acknowledge')).toBe(1);
  });

  it('does not acknowledge anything when the ticket has no alert', async () => {
    const bridge = ticketsBridge(LIST, { alerts: [ticketAlert('42')] });
    await renderReadyApp(bridge);
    act(() => navigate('tickets/41'));
    await screen.findByTestId('ticket-thread');
    await waitFor(() => expect(bridge.callCount('alerts:list')).toBeGreaterThan(0));
    expect(bridge.callCount('alerts:acknowledge')).toBe(0);
  });

  it('opens the client area through the shell, falling back to a new tab in the web shell', async () => {
    const user = userEvent.setup();
    const url = 'https://billing.example.com/viewticket.php?tid=T-41';
    const bridge = ticketsBridge(LIST, { detail: detail({ providerUrl: url }) });
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    await renderReadyApp(bridge);
    act(() => navigate('tickets/41'));
    await user.click(await screen.findByRole('button', { name: 'Open in client area' }));
    await waitFor(() => expect(bridge.callCount('app:open-external')).toBe(1));
    expect(bridge.calls.find((c) => c.channel === 'app:open-external')?.input).toEqual({ url });
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
    await renderReadyApp(bridge);
    act(() => navigate('tickets/99'));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This ticket is not in the cache.'
    );
    expect(document.querySelector('[data-page="tickets"]')?.getAttribute('data-view-state')).toBe(
      'error'
    );
  });
});
