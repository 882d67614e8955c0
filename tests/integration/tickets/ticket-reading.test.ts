import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlertHandlers } from '@main/core/alerts/alert-handlers';
import type { StoredProfile } from '@main/core/profiles/profile-store';
import { type Session } from '@main/core/profile-session';
import { createTicketHandlers } from '@main/core/tickets/ticket-handlers';
import { createDemoProviderPort } from '@main/node/demo-provider-port';
import {
  defaultSettings,
  invokeContract,
  type InvokeInput,
  type TicketListItem
} from '@shared/contract';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingEventSink, RecordingNotifier } from '../../fakes/recording-notifier';
import { makeTempDir } from '../../fakes/temp-dir';
import { listAllAlerts } from '../alerts/list-all-alerts';
import { openTestSession, sessionContext } from '../../fakes/core-kit';

const STAFF_DELAY = 60_000;

const demoProfile: StoredProfile = {
  id: 'demo',
  name: 'Demo provider',
  kind: 'demo',
  baseUrl: null,
  authMode: 'demo',
  login: null,
  clientId: null,
  createdAt: '2026-11-22T09:00:00Z'
};

/**
 * Reading tickets for real: the demo provider on loopback HTTP, the sync engine writing the
 * SQLite cache (and, through migration 005's triggers, the search index and reading state),
 * the alert pass after each sync, and the ticket handlers both shells register.
 */
describe('reading tickets synced from the demo provider', () => {
  const clock = new FakeClock('2026-11-22T09:30:00Z');
  const notifier = new RecordingNotifier();
  const events = new RecordingEventSink();
  const demo = createDemoProviderPort({ clock, staffReplyDelayMs: STAFF_DELAY });
  const settings = { ...defaultSettings(), timeZone: 'Europe/Brussels' };
  let dir: { path: string; cleanup: () => void };
  let session: Session;
  let tickets: ReturnType<typeof createTicketHandlers>;
  let alerts: ReturnType<typeof createAlertHandlers>;

  const list = (input: InvokeInput<'tickets:list'> = {}) =>
    tickets['tickets:list'](invokeContract['tickets:list'].input.parse(input));
  const ticketNotifications = () => notifier.shown.filter((n) => n.id.startsWith('ticket:'));

  beforeAll(() => {
    dir = makeTempDir();
    const ctx = sessionContext(() => session, {
      clock,
      events,
      notifier,
      settings: () => settings
    });
    alerts = createAlertHandlers(ctx);
    tickets = createTicketHandlers(ctx);
    session = openTestSession(demoProfile, dir.path, {
      clock,
      events,
      demo,
      timeZone: () => settings.timeZone,
      afterSync: (s, report) => alerts.afterSync(s, report)
    });
  });

  afterAll(async () => {
    await session?.close();
    await demo.close();
    dir?.cleanup();
  });

  let open: TicketListItem;

  it(
    'starts with nothing unread after the first sync, and names who answered',
    { timeout: 60_000 },
    async () => {
      expect((await session.sync('full')).ok).toBe(true);
      const all = await list({ status: 'all', limit: 200 });
      expect(all.cachedCount).toBeGreaterThan(0);
      expect(all.unreadCount).toBe(0);
      expect(all.tickets.some((t) => t.unread)).toBe(false);
      expect(ticketNotifications()).toEqual([]);
      const answered = all.tickets.find((t) => t.messageCount >= 2);
      expect(answered?.technician).toBeTruthy();
      open = (await list({ status: 'active' })).tickets[0]!;
      expect(open).toBeDefined();
    }
  );

  it('finds a ticket by a word of one of its messages and by its #number', async () => {
    const detail = await tickets['tickets:get']({ id: open.id });
    const word = detail.messages
      .at(-1)!
      .body.match(/[A-Za-z]{6,}/g)
      ?.at(-1);
    expect(word).toBeTruthy();
    const found = await list({ status: 'all', q: word!, limit: 200 });
    expect(found.tickets.map((t) => t.id)).toContain(open.id);
    const byNumber = await list({ status: 'all', q: `#${open.publicId}` });
    expect(byNumber.tickets.map((t) => t.id)).toEqual([open.id]);
  });

  it(
    'a reply you sent never notifies nor counts as unread; the staff answer does, once, and opens its thread',
    { timeout: 60_000 },
    async () => {
      const tickets = (await session.adapter()).ticketActions()!;
      await tickets.replyToTicket(open.id, {
        message: 'Any news on this?',
        clientMarker: 'hd-reading-1'
      });
      notifier.clear();
      await session.sync('incremental');
      expect(ticketNotifications()).toEqual([]);
      expect((await list()).unreadCount).toBe(0);

      clock.advance(STAFF_DELAY + 1_000);
      await new Promise((resolve) => setImmediate(resolve));
      await session.sync('incremental');
      expect(ticketNotifications()).toHaveLength(1);
      expect(ticketNotifications()[0]).toMatchObject({
        title: 'New reply to your ticket',
        target: { kind: 'ticket', id: open.id }
      });
      const after = await list();
      expect(after.unreadCount).toBe(1);
      const row = after.tickets.find((t) => t.id === open.id)!;
      expect(row.unread).toBe(true);

      notifier.clear();
      await session.sync('incremental');
      expect(notifier.shown).toEqual([]);
    }
  );

  it('opening the thread marks it read and ends its alert', async () => {
    const before = await listAllAlerts(alerts.handlers);
    expect(before.alerts.filter((a) => a.category === 'ticket')).toHaveLength(1);
    const detail = await tickets['tickets:get']({ id: open.id });
    expect(detail.unread).toBe(false);
    expect(detail.messages.at(-1)?.author.kind).toBe('staff');
    expect(detail.technician).toBe(detail.messages.at(-1)?.author.name);
    expect((await list()).unreadCount).toBe(0);
    const listed = await listAllAlerts(alerts.handlers);
    expect(listed.alerts.filter((a) => a.category === 'ticket')).toEqual([]);
    expect(listed.openCount).toBe(before.openCount - 1);
    notifier.clear();
    await session.sync('incremental');
    expect(notifier.shown).toEqual([]);
  });
});
