import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ALERTS_PAGE_SIZE,
  alertListInput,
  readGroupPages,
  writeGroupPages
} from '@renderer/features/alerts/alerts-lib';
import { TOAST_LIFETIME_MS } from '@renderer/features/alerts/alert-toasts';
import { useToastStore } from '@renderer/features/alerts/toast-store';
import { navigate } from '@renderer/lib/router';
import type { AlertView } from '@shared/contract';
import { err } from '@shared/result';
import { domainsBridge, sampleAlerts } from '../../domains-fixtures';
import { FakeBridge } from '../../fake-bridge';
import { currentPage, renderReadyApp } from '../../render-app';

beforeEach(() => useToastStore.getState().clear());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A stand-in for the browser Notification API that records what was shown. */
function stubNotification(permission: NotificationPermission) {
  const shown: {
    title: string;
    options?: NotificationOptions;
    instance: { onclick: (() => void) | null; close: () => void };
  }[] = [];
  class FakeNotification {
    static permission = permission;
    static requestPermission = vi.fn(async () => {
      FakeNotification.permission = 'granted';
      return 'granted' as NotificationPermission;
    });
    onclick: (() => void) | null = null;
    close = vi.fn();
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, options, instance: this });
    }
  }
  vi.stubGlobal('Notification', FakeNotification);
  return { shown, FakeNotification };
}

describe('alert centre pages in the address', () => {
  it("reads each group's page from the query and writes the first pages out of it", () => {
    const pages = readGroupPages({ warning: '3', info: 'x', snoozed: '0' });
    expect(pages).toEqual({ critical: 0, warning: 2, info: 0, snoozed: 0 });
    expect(writeGroupPages(pages)).toEqual({ critical: '', warning: '3', info: '', snoozed: '' });
    expect(alertListInput(pages).offsets).toEqual({
      critical: 0,
      warning: 2 * ALERTS_PAGE_SIZE,
      info: 0,
      snoozed: 0
    });
  });
});

describe('alert centre page', () => {
  it('shows the groups with titles, bodies and links, and actions per kind', async () => {
    const user = userEvent.setup();
    await renderReadyApp(domainsBridge().bridge);
    act(() => navigate('alerts'));
    expect((await screen.findByTestId('alerts-summary')).textContent).toBe('3 open alerts.');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Critical (1)', 'Warning (1)', 'Info (1)', 'Snoozed (1)']);

    const items = screen.getAllByTestId('alert-item');
    const ticket = items.find((i) => i.dataset.alertKey === 'ticket:9')!;
    expect(within(ticket).queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(within(ticket).getByRole('button', { name: /Acknowledge/ })).toBeTruthy();
    expect(within(items[0]!).getByText('Domain expiring')).toBeTruthy();
    expect(
      within(items[0]!).getByText('alpha-shop.com expires tomorrow (Nov 23, 2026)')
    ).toBeTruthy();

    await user.click(within(items[0]!).getByRole('link', { name: /Open domain/ }));
    expect(window.location.hash).toBe('#/domains/1');
  });

  it('pages a long group on its own, keeps the page in the address, and Back returns', async () => {
    const user = userEvent.setup();
    const [critical, , ticket] = sampleAlerts();
    const overdue: AlertView[] = Array.from({ length: 120 }, (_, i) => ({
      ...ticket!,
      key: `invoice:${i + 1}:overdue`,
      category: 'invoice',
      kind: 'invoice-overdue',
      severity: 'warning',
      target: { kind: 'invoice' as const, id: String(i + 1) },
      subject: `INV-${i + 1}`
    }));
    const { bridge } = domainsBridge(undefined, [critical!, ...overdue]);
    await renderReadyApp(bridge);
    act(() => navigate('alerts'));
    await screen.findByTestId('alerts-summary');
    const warning = () => document.querySelector<HTMLElement>('section[data-group="warning"]')!;
    const keys = () =>
      within(warning())
        .getAllByTestId('alert-item')
        .map((item) => item.dataset.alertKey);
    expect(within(warning()).getByRole('heading').textContent).toBe('Warning (120)');
    expect(keys()).toHaveLength(ALERTS_PAGE_SIZE);
    expect(keys()[0]).toBe('invoice:1:overdue');
    // One group, one page: the critical group has no pager.
    expect(screen.queryByTestId('alerts-pager-critical')).toBeNull();

    await user.click(
      within(screen.getByTestId('alerts-pager-warning')).getByRole('button', { name: /Next/ })
    );
    await waitFor(() => expect(keys()[0]).toBe('invoice:51:overdue'));
    expect(window.location.hash).toBe('#/alerts?warning=2');
    expect(
      within(screen.getByTestId('alerts-pager-warning')).getByText('Page 2 of 3')
    ).toBeTruthy();
    expect(bridge.calls.at(-1)?.input).toEqual({
      limit: ALERTS_PAGE_SIZE,
      offsets: { critical: 0, warning: ALERTS_PAGE_SIZE, info: 0, snoozed: 0 }
    });

    act(() => window.history.back());
    await waitFor(() => expect(keys()[0]).toBe('invoice:1:overdue'));
  });

  it('snoozes and acknowledges from the list, and the open count follows', async () => {
    const user = userEvent.setup();
    const { bridge } = domainsBridge();
    await renderReadyApp(bridge);
    act(() => navigate('alerts'));
    await screen.findByTestId('alerts-summary');
    await user.click(
      screen.getByRole('button', {
        name: 'Snooze to next threshold, the alert for alpha-shop.com'
      })
    );
    await waitFor(() =>
      expect(screen.getByTestId('alerts-summary').textContent).toBe('2 open alerts.')
    );
    expect(screen.getByRole('heading', { name: 'Snoozed (2)' })).toBeTruthy();
    await user.click(
      screen.getByRole('button', { name: 'Acknowledge the alert for the ticket “Mail bounces”' })
    );
    await waitFor(() => expect(screen.getByTestId('status-alerts').textContent).toBe('1 alert'));
    expect(
      bridge.calls.filter((c) => c.channel === 'alerts:acknowledge').map((c) => c.input)
    ).toEqual([{ key: 'ticket:9' }]);
  });

  it('keeps focus on the alert an action moved, or on the one that took its place', async () => {
    const user = userEvent.setup();
    await renderReadyApp(domainsBridge().bridge);
    act(() => navigate('alerts'));
    await screen.findByTestId('alerts-summary');
    await user.click(
      screen.getByRole('button', { name: 'Snooze to next threshold, the alert for alpha-shop.com' })
    );
    // Snoozed, it moved to the Snoozed group: focus went with it, not to the page body.
    const snoozed = (): HTMLElement =>
      screen.getAllByTestId('alert-item').find((item) => item.dataset.alertKey === 'domain:1')!;
    await waitFor(() => expect(snoozed().closest('section')?.dataset.group).toBe('snoozed'));
    await waitFor(() => expect(document.activeElement).toBe(snoozed()));

    // Acknowledged, it left the list: the alert now in its place has focus.
    const keys = (): (string | undefined)[] =>
      screen.getAllByTestId('alert-item').map((item) => item.dataset.alertKey);
    const index = keys().indexOf('ticket:9');
    await user.click(
      screen.getByRole('button', { name: 'Acknowledge the alert for the ticket “Mail bounces”' })
    );
    await waitFor(() => expect(keys()).not.toContain('ticket:9'));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getAllByTestId('alert-item')[index])
    );
  });

  it('unfolds the date picker on request and snoozes until the picked date', async () => {
    const user = userEvent.setup();
    const { bridge } = domainsBridge();
    await renderReadyApp(bridge);
    act(() => navigate('alerts'));
    await screen.findByTestId('alerts-summary');
    const item = screen.getAllByTestId('alert-item')[0]!;
    expect(within(item).queryByLabelText('Snooze until')).toBeNull();
    await user.click(within(item).getByRole('button', { name: /^Snooze until a date/ }));
    const date = within(item).getByLabelText('Snooze until');
    expect(document.activeElement).toBe(date);
    fireEvent.change(date, { target: { value: '2026-12-01' } });
    await user.click(within(item).getByRole('button', { name: /until the picked date/ }));
    await waitFor(() =>
      expect(bridge.calls.find((c) => c.channel === 'alerts:snooze')?.input).toEqual({
        key: 'domain:1',
        until: '2026-12-01'
      })
    );
  });

  it('names each action after its object: the invoice number, not the alert title', async () => {
    const overdue = (id: string, number: string): AlertView => ({
      key: `invoice:${id}:overdue`,
      category: 'invoice',
      kind: 'invoice-overdue',
      severity: 'warning',
      text: { code: 'invoice-overdue', invoice: number, dueOn: '2026-11-01', balance: null },
      title: 'Invoice overdue',
      body: `Invoice ${number} was due on 2026-11-01`,
      target: { kind: 'invoice', id },
      subject: number,
      domainId: null,
      snoozed: false,
      raisedAt: '2026-11-22T08:00:00Z',
      daysLeft: null,
      threshold: null
    });
    const alerts = [overdue('41', '2026-0041'), overdue('42', '2026-0042')];
    await renderReadyApp(domainsBridge([], alerts).bridge);
    act(() => navigate('alerts'));
    await screen.findByTestId('alerts-summary');
    expect(
      screen
        .getAllByRole('button', { name: /^Acknowledge/ })
        .map((b) => b.getAttribute('aria-label'))
    ).toEqual([
      'Acknowledge the alert for invoice 2026-0041',
      'Acknowledge the alert for invoice 2026-0042'
    ]);
    expect(screen.getByRole('link', { name: 'Open invoice: invoice 2026-0042' })).toBeTruthy();
  });

  it('closes the date picker with Escape and gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    await renderReadyApp(domainsBridge().bridge);
    act(() => navigate('alerts'));
    await screen.findByTestId('alerts-summary');
    const item = screen.getAllByTestId('alert-item')[0]!;
    await user.click(within(item).getByRole('button', { name: /^Snooze until a date/ }));
    expect(document.activeElement).toBe(within(item).getByLabelText('Snooze until'));
    await user.keyboard('{Escape}');
    expect(within(item).queryByLabelText('Snooze until')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(item).getByRole('button', { name: /^Snooze until a date/ })
      )
    );
    expect(currentPage()).toBe('alerts');

    // Cancel does the same for a pointer.
    await user.click(within(item).getByRole('button', { name: /^Snooze until a date/ }));
    await user.click(within(item).getByRole('button', { name: 'Cancel' }));
    expect(within(item).queryByLabelText('Snooze until')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(item).getByRole('button', { name: /^Snooze until a date/ })
      )
    );
  });

  it('says so when nothing needs attention', async () => {
    await renderReadyApp(domainsBridge([], []).bridge);
    act(() => navigate('alerts'));
    expect(await screen.findByText('Nothing needs your attention')).toBeTruthy();
  });

  it('asks this browser for notification permission in the web shell', async () => {
    const user = userEvent.setup();
    const { FakeNotification } = stubNotification('default');
    await renderReadyApp(domainsBridge().bridge);
    act(() => navigate('alerts'));
    const card = await screen.findByTestId('notification-permission');
    expect(card.textContent).toContain('only affects this browser');
    await user.click(within(card).getByRole('button', { name: 'Enable desktop notifications' }));
    expect(FakeNotification.requestPermission).toHaveBeenCalledTimes(1);
    expect(
      await within(card).findByText('Desktop notifications are on in this browser.')
    ).toBeTruthy();
  });

  it('leaves the permission control out in Electron, where main shows notifications', async () => {
    stubNotification('default');
    const { bridge } = domainsBridge();
    Object.defineProperty(bridge, 'shell', { value: 'electron' });
    await renderReadyApp(bridge);
    act(() => navigate('alerts'));
    await screen.findByTestId('alerts-summary');
    expect(screen.queryByTestId('notification-permission')).toBeNull();
  });
});

describe('status bar alert count', () => {
  it('shows the open count, follows alerts:changed, and opens the alert centre', async () => {
    const user = userEvent.setup();
    const { bridge, state } = domainsBridge();
    await renderReadyApp(bridge);
    const button = await screen.findByTestId('status-alerts');
    expect(button.textContent).toBe('3 alerts');
    state.alerts = state.alerts.map((a) => ({ ...a, snoozed: true }));
    const summaryCalls = bridge.callCount('alerts:summary');
    act(() => bridge.emit('alerts:changed', { openCount: 0 }));
    await waitFor(() => expect(screen.getByTestId('status-alerts').textContent).toBe('No alerts'));
    expect(bridge.callCount('alerts:summary')).toBeGreaterThan(summaryCalls);
    // The status bar reads the counts only: the alert centre's pages were never asked for.
    expect(bridge.callCount('alerts:list')).toBe(0);
    await user.click(screen.getByTestId('status-alerts'));
    expect(currentPage()).toBe('alerts');
  });

  it('refreshes the domains list on alerts:changed too', async () => {
    const { bridge } = domainsBridge();
    await renderReadyApp(bridge);
    act(() => navigate('domains'));
    await screen.findByTestId('domains-table');
    const before = bridge.callCount('domains:list');
    act(() => bridge.emit('alerts:changed', { openCount: 2 }));
    await waitFor(() => expect(bridge.callCount('domains:list')).toBe(before + 1));
  });

  it('stays out of the way when alerts cannot be listed', async () => {
    const bridge = new FakeBridge();
    bridge.handle('alerts:summary', () => err('unsupported', 'Domains are not available yet.'));
    await renderReadyApp(bridge);
    await waitFor(() => expect(bridge.callCount('alerts:summary')).toBe(1));
    expect(screen.queryByTestId('status-alerts')).toBeNull();
  });
});

describe('alerts:notify', () => {
  const notice = {
    id: 'n1',
    text: {
      code: 'domain-threshold',
      domain: 'alpha-shop.com',
      daysLeft: 1,
      expiresOn: '2026-11-23'
    } as const,
    title: 'Domain expiring',
    body: 'alpha-shop.com expires tomorrow (Nov 23, 2026)',
    target: { kind: 'domain', id: '1' } as const
  };

  it('adds a polite toast that opens the item', async () => {
    const user = userEvent.setup();
    const { bridge } = domainsBridge();
    await renderReadyApp(bridge);
    act(() => bridge.emit('alerts:notify', notice));
    const stack = screen.getByTestId('toasts');
    expect(stack.getAttribute('aria-live')).toBe('polite');
    const toast = within(stack).getByTestId('toast');
    expect(toast.textContent).toContain('alpha-shop.com expires tomorrow');
    await user.click(within(toast).getByRole('button', { name: 'Show' }));
    expect(window.location.hash).toBe('#/domains/1');
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('does not stack the same notification twice and can be dismissed', async () => {
    const user = userEvent.setup();
    const { bridge } = domainsBridge();
    await renderReadyApp(bridge);
    act(() => {
      bridge.emit('alerts:notify', notice);
      bridge.emit('alerts:notify', notice);
      bridge.emit('alerts:notify', {
        ...notice,
        id: 'n2',
        text: { code: 'ticket-reply', subject: 'Ticket #9 answered' } as const,
        title: 'New reply to your ticket',
        target: null
      });
    });
    expect(screen.getAllByTestId('toast')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Dismiss: New reply to your ticket' }));
    expect(screen.getAllByTestId('toast')).toHaveLength(1);
  });

  it('keeps a toast while it has focus; Escape closes it and focus moves on, not to the body', async () => {
    const { bridge } = domainsBridge();
    await renderReadyApp(bridge);
    vi.useFakeTimers();
    act(() => {
      bridge.emit('alerts:notify', notice);
      bridge.emit('alerts:notify', {
        ...notice,
        id: 'n2',
        text: { code: 'ticket-reply', subject: 'Ticket #9 answered' } as const,
        title: 'New reply to your ticket',
        target: null
      });
    });
    const first = screen.getByRole('button', { name: `Dismiss: ${notice.title}` });
    const second = screen.getByRole('button', { name: 'Dismiss: New reply to your ticket' });
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'Escape' });
    expect(screen.getAllByTestId('toast')).toHaveLength(1);
    expect(document.activeElement).toBe(second);

    // Read at leisure: the focused toast does not close by itself…
    act(() => vi.advanceTimersByTime(TOAST_LIFETIME_MS * 3));
    expect(screen.getAllByTestId('toast')).toHaveLength(1);
    // …and once left, it gets its time again.
    act(() => document.getElementById('main-content')?.focus());
    act(() => vi.advanceTimersByTime(TOAST_LIFETIME_MS));
    expect(screen.queryByTestId('toast')).toBeNull();

    act(() => bridge.emit('alerts:notify', { ...notice, id: 'n3' }));
    const last = screen.getByRole('button', { name: `Dismiss: ${notice.title}` });
    act(() => last.focus());
    fireEvent.click(last);
    expect(screen.queryByTestId('toast')).toBeNull();
    expect(document.activeElement).toBe(document.getElementById('main-content'));
  });

  it('shows a browser notification in the web shell when permission was granted; its click navigates', async () => {
    const { shown } = stubNotification('granted');
    const { bridge } = domainsBridge();
    await renderReadyApp(bridge);
    act(() => bridge.emit('alerts:notify', notice));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toBe(notice.title);
    expect(shown[0]!.options).toMatchObject({ body: notice.body, tag: 'n1' });
    act(() => shown[0]!.instance.onclick?.());
    expect(window.location.hash).toBe('#/domains/1');
  });

  it('shows no browser notification without permission, only the toast', async () => {
    const denied = stubNotification('default');
    const { bridge } = domainsBridge();
    await renderReadyApp(bridge);
    act(() => bridge.emit('alerts:notify', notice));
    expect(denied.shown).toHaveLength(0);
    expect(screen.getAllByTestId('toast')).toHaveLength(1);
  });

  it('shows no browser notification in Electron even when the page could', async () => {
    const granted = stubNotification('granted');
    const { bridge } = domainsBridge();
    Object.defineProperty(bridge, 'shell', { value: 'electron' });
    await renderReadyApp(bridge);
    act(() => bridge.emit('alerts:notify', notice));
    expect(granted.shown).toHaveLength(0);
    expect(screen.getAllByTestId('toast')).toHaveLength(1);
  });
});
