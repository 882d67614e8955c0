import { beforeEach, describe, expect, it } from 'vitest';
import { inTransaction, type OpenedCache } from '@main/core/cache/database';
import { storeThreads } from '@main/core/tickets/ticket-write-repository';
import type { TicketMessage } from '@shared/model';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { AppFailure } from '@main/core/errors';
import type { HandlerContext } from '@main/core/handler-context';
import type { Session } from '@main/core/profile-session';
import { createTicketHandlers } from '@main/core/tickets/ticket-handlers';
import { defaultSettings, invokeContract } from '@shared/contract';
import { evaluateAlerts } from '@main/core/alerts/alert-service';
import { alertSettingsFrom } from '@main/core/alerts/settings';
import { readLedger } from '@main/core/alerts/alerts-repository';
import { FakeClock } from '@tests/fakes/fake-clock';
import { RecordingEventSink, RecordingNotifier } from '@tests/fakes/recording-notifier';
import { openTempCache } from '@tests/fakes/temp-cache';

describe('ticket handlers', () => {
  let cache: OpenedCache;
  const clock = new FakeClock('2026-03-05T10:00:00Z');
  let events: RecordingEventSink;

  beforeEach(() => {
    events = new RecordingEventSink();
    const temp = openTempCache(() => 0);
    cache = temp.cache;
    upsertEntities(
      cache.db,
      'tickets',
      [
        {
          id: '7',
          publicId: '482913',
          subject: 'Mail bounces',
          departmentId: '1',
          departmentName: 'Technical',
          status: 'Answered',
          priority: 'high',
          openedAt: '2026-03-01T09:00:00',
          lastReplyAt: '2026-03-02T09:00:00',
          awaitingCustomer: true,
          isClosed: false
        }
      ],
      'run'
    );
    return temp.close;
  });

  function context(session: Partial<Session> | null): HandlerContext {
    return {
      clock,
      events,
      settings: () => ({ ...defaultSettings(), timeZone: 'UTC' }),
      session: () => session as Session | null,
      requireSession: () => {
        if (!session) throw new AppFailure('not-found', 'No provider is connected yet.');
        return session as Session;
      }
    } as unknown as HandlerContext;
  }

  const whmcs = (): Partial<Session> => ({
    cache,
    profile: {
      id: 'p',
      name: 'Acme',
      kind: 'whmcs',
      baseUrl: 'https://billing.example.com/'
    } as Session['profile']
  });

  it('answers outputs that satisfy the contract schemas', async () => {
    const handlers = createTicketHandlers(context(whmcs()));
    const list = await handlers['tickets:list'](invokeContract['tickets:list'].input.parse({}));
    expect(invokeContract['tickets:list'].output.parse(list).tickets.map((t) => t.id)).toEqual([
      '7'
    ]);
    const detail = await handlers['tickets:get']({ id: '7' });
    expect(invokeContract['tickets:get'].output.parse(detail).providerUrl).toBe(
      'https://billing.example.com/viewticket.php?tid=482913'
    );
  });

  it('has no client-area link for the demo provider', async () => {
    const session = {
      ...whmcs(),
      profile: { ...whmcs().profile, kind: 'demo', baseUrl: null } as Session['profile']
    };
    const detail = await createTicketHandlers(context(session))['tickets:get']({ id: '7' });
    expect(detail.providerUrl).toBeNull();
  });

  it('fails with not-found for an unknown ticket and without a session', async () => {
    await expect(
      createTicketHandlers(context(whmcs()))['tickets:get']({ id: 'nope' })
    ).rejects.toMatchObject({ kind: 'not-found' });
    await expect(
      createTicketHandlers(context(null))['tickets:list']({
        status: 'active',
        sort: 'last-reply',
        dir: 'desc',
        offset: 0,
        limit: 50
      })
    ).rejects.toMatchObject({ kind: 'not-found' });
  });

  const staffAnswer = JSON.stringify([
    {
      id: '0',
      author: { name: 'Reseller', kind: 'customer' },
      postedAt: '2026-03-01T09:00:00',
      body: 'Mail bounces since Monday',
      bodyFormat: 'markdown',
      attachments: [],
      clientMarker: null
    },
    {
      id: '9',
      author: { name: 'Ann (Support)', kind: 'staff' },
      postedAt: '2026-03-02T09:00:00',
      body: 'We fixed the **MX** record.',
      bodyFormat: 'markdown',
      attachments: [],
      clientMarker: null
    }
  ]);

  it('opening a ticket marks it read, ends its staff-reply alert and tells the renderer', async () => {
    // The sync stores the thread with its staff answer.
    inTransaction(cache.db, () =>
      storeThreads(cache.db, [{ id: '7', messages: JSON.parse(staffAnswer) as TicketMessage[] }])
    );
    const settings = alertSettingsFrom({ ...defaultSettings(), timeZone: 'UTC' });
    // The first evaluation takes the baseline; the staff reply came after it.
    cache.db.prepare("INSERT INTO meta (key, value) VALUES ('alerts.baseline.tickets', 'x')").run();
    const notifier = new RecordingNotifier();
    expect(evaluateAlerts(cache.db, settings, clock.now(), { notifier, events }).openCount).toBe(1);
    expect(notifier.shown.map((n) => n.target)).toEqual([{ kind: 'ticket', id: '7' }]);
    const handlers = createTicketHandlers(context(whmcs()));
    const listInput = invokeContract['tickets:list'].input.parse({});
    const before = await handlers['tickets:list'](listInput);
    expect(before.unreadCount).toBe(1);
    expect(before.tickets[0]).toMatchObject({ unread: true, technician: 'Ann (Support)' });
    events.clear();

    const detail = await handlers['tickets:get']({ id: '7' });
    expect(detail.unread).toBe(false);
    expect(readLedger(cache.db).get('ticket:7:reply:2026-03-02T09:00:00')?.acknowledgedAt).toBe(
      '2026-03-05T10:00:00.000Z'
    );
    expect(events.payloadsOf('alerts:changed')).toEqual([{ openCount: 0 }]);
    expect(events.payloadsOf('cache:changed')).toEqual([{ scopes: ['tickets', 'alerts'] }]);
    const after = await handlers['tickets:list'](listInput);
    expect(after.unreadCount).toBe(0);
    expect(after.tickets[0]?.unread).toBe(false);

    // Reading again changes nothing and says nothing.
    events.clear();
    await handlers['tickets:get']({ id: '7' });
    expect(events.events).toEqual([]);
  });

  it('lists the cached departments by name', async () => {
    upsertEntities(
      cache.db,
      'departments',
      [
        { id: '2', name: 'sales', openTickets: null, awaitingReply: null },
        { id: '1', name: 'Billing', openTickets: 3, awaitingReply: 1 }
      ],
      'run'
    );
    const result = await createTicketHandlers(context(whmcs()))['tickets:list-departments']({});
    expect(result).toEqual({
      departments: [
        { id: '1', name: 'Billing' },
        { id: '2', name: 'sales' }
      ]
    });
  });
});
