/**
 * Ticket data for renderer tests and a FakeBridge that answers the ticket and outbox
 * channels like main: lists filtered by nothing, threads with their unsent outbox items, and
 * writes that answer with the state a test chooses.
 */
import { act, screen } from '@testing-library/react';
import type { InvokeInput, OutboxItem, TicketDetail, TicketListItem } from '@shared/contract';
import { ok, type Result } from '@shared/result';
import { navigate, type RouteTarget } from '@renderer/lib/router';
import { FakeBridge } from './fake-bridge';
import { renderReadyApp } from './render-app';
import { emptyDomainList } from './domains-fixtures';

export const NOW = Date.now();

/** One list row. */
export function item(id: string, overrides: Partial<TicketListItem> = {}): TicketListItem {
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
    unread: false,
    technician: null,
    pendingOutbox: 0,
    ...overrides
  };
}

export const LIST: readonly TicketListItem[] = [
  item('41', {
    subject: 'Mail bounces',
    status: 'Answered',
    awaitingYou: true,
    unread: true,
    technician: 'Sam Support'
  }),
  item('42', { subject: 'Invoice question', status: 'Customer-Reply', departmentName: null })
];

/** Ticket 41 with a customer message and a staff answer. */
export function detail(overrides: Partial<TicketDetail> = {}): TicketDetail {
  return {
    ...item('41', {
      subject: 'Mail bounces',
      status: 'Answered',
      awaitingYou: true,
      technician: 'Sam Support'
    }),
    messages: [
      {
        id: '0',
        author: { name: 'Robin Reseller', kind: 'customer' },
        postedAt: new Date(NOW - 86_400_000).toISOString(),
        body: 'Line one\nLine two',
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
    outbox: [],
    ...overrides
  };
}

/** An outbox item as main answers it. */
export function outboxItem(overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: 'ob-1',
    kind: 'reply',
    ticketId: '41',
    ticketPublicId: 'T-41',
    subject: null,
    message: 'Thanks, it works now.',
    attachments: [],
    state: 'queued',
    attempts: 1,
    lastError: null,
    createdAt: new Date(NOW).toISOString(),
    sentAt: null,
    ...overrides
  };
}

export interface TicketsBridgeOptions {
  readonly cachedCount?: number;
  readonly total?: number;
  readonly unreadCount?: number;
  readonly detail?: TicketDetail;
  readonly outbox?: OutboxItem[];
}

/** A FakeBridge answering the ticket reads, the departments, domains and the outbox list. */
export function ticketsBridge(
  list: readonly TicketListItem[] = LIST,
  options: TicketsBridgeOptions = {}
): FakeBridge {
  const bridge = new FakeBridge();
  bridge.handle('tickets:list', () =>
    ok({
      tickets: [...list],
      total: options.total ?? list.length,
      cachedCount: options.cachedCount ?? list.length,
      unreadCount: options.unreadCount ?? list.filter((t) => t.unread).length
    })
  );
  bridge.handle('tickets:get', () => ok(options.detail ?? detail()));
  bridge.handle('tickets:list-departments', () =>
    ok({
      departments: [
        { id: '1', name: 'Technical' },
        { id: '2', name: 'Billing' }
      ]
    })
  );
  bridge.handle('outbox:list', () => ok({ items: options.outbox ?? [] }));
  bridge.handle('alerts:summary', () => ok({ openCount: 0, snoozedCount: 0 }));
  bridge.handle('domains:list', () => ok(emptyDomainList()));
  return bridge;
}

/**
 * Makes a write channel wait until the test releases it, so the "sending" state can be seen.
 * `release(result)` answers the pending call.
 */
export function holdChannel<C extends 'tickets:reply' | 'tickets:open' | 'tickets:close'>(
  bridge: FakeBridge,
  channel: C
): {
  readonly inputs: InvokeInput<C>[];
  release(result: Result<{ item: OutboxItem }>): void;
} {
  const inputs: InvokeInput<C>[] = [];
  const waiting: ((result: Result<{ item: OutboxItem }>) => void)[] = [];
  bridge.handle(channel, ((input: InvokeInput<C>) => {
    inputs.push(input);
    return new Promise<Result<{ item: OutboxItem }>>((resolve) => waiting.push(resolve));
  }) as never);
  return {
    inputs,
    release: (result) => waiting.shift()?.(result)
  };
}

/** Inputs a channel was called with. */
export function inputsOf(bridge: FakeBridge, channel: string): unknown[] {
  return bridge.calls.filter((c) => c.channel === channel).map((c) => c.input);
}

/** Renders the app on `route` and waits for its readiness. */
export async function openRoute(bridge: FakeBridge, route: RouteTarget) {
  const rendered = await renderReadyApp(bridge);
  act(() => navigate(route));
  return rendered;
}

/** Renders the app on a ticket's thread and waits until the thread is shown. */
export async function openThread(bridge: FakeBridge, id = '41') {
  const rendered = await openRoute(bridge, `tickets/${id}`);
  await screen.findByTestId('ticket-thread');
  return rendered;
}
