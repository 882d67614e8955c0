/**
 * Test kit for the outbox against the demo provider over loopback: a demo provider the test
 * controls (clock, faults, pause), a session on a real SQLite cache, and the contract
 * handlers both shells register.
 */
import { defaultSettings } from '@shared/contract';
import { createOutboxHandlers } from '@main/core/outbox/outbox-handlers';
import { outboxItemsForTicket } from '@main/core/outbox/outbox-repository';
import type { StoredProfile } from '@main/core/profiles/profile-store';
import { type Session } from '@main/core/profile-session';
import { createTicketHandlers } from '@main/core/tickets/ticket-handlers';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import type { DemoTicket } from '@main/demo-provider/model';
import { ticketThread } from '@main/demo-provider/ticket-thread';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingEventSink } from '../../fakes/recording-notifier';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { openTestSession, sessionContext } from '../../fakes/core-kit';

export const STAFF_DELAY_MS = 5 * 60_000;

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

export interface OutboxWorld {
  readonly clock: FakeClock;
  readonly provider: DemoProvider;
  readonly session: Session;
  readonly events: RecordingEventSink;
  readonly logger: RecordingLogger;
  readonly handlers: ReturnType<typeof createOutboxHandlers> &
    ReturnType<typeof createTicketHandlers>;
  /** Messages of a ticket at the provider that carry `marker`. */
  landed(ticketId: string, marker: string): number;
  /** The marker the outbox gave an item. */
  markerOf(itemId: string): string;
  close(): Promise<void>;
}

/** Starts a demo provider and a session on a fresh cache, synced once. */
export async function startOutboxWorld(seed = 21): Promise<OutboxWorld> {
  const clock = new FakeClock('2026-11-22T09:00:00Z');
  const dir = makeTempDir();
  const provider = await startDemoProvider({
    size: 'demo',
    seed,
    clock,
    staffReplyDelayMs: STAFF_DELAY_MS
  });
  const events = new RecordingEventSink();
  const logger = new RecordingLogger();
  const settings = defaultSettings();
  const session = openTestSession(demoProfile, dir.path, {
    clock,
    events,
    logger,
    demo: {
      start: async () => ({
        url: provider.url,
        identifier: demoCredentials.identifier,
        secret: demoCredentials.secret,
        clientId: String(demoCredentials.clientId)
      })
    },
    timeZone: () => settings.timeZone
  });
  const ctx = sessionContext(() => session, { clock, logger, events, settings: () => settings });
  const handlers = {
    ...createTicketHandlers(ctx, outboxItemsForTicket),
    ...createOutboxHandlers(ctx)
  };
  const report = await session.sync('full');
  if (!report.ok) throw new Error(`first sync failed: ${JSON.stringify(report.entities)}`);
  const ticketOf = (id: string): DemoTicket | undefined =>
    provider.data.tickets.find((t) => String(t.id) === id);
  return {
    clock,
    provider,
    session,
    events,
    logger,
    handlers,
    landed(ticketId, marker) {
      const ticket = ticketOf(ticketId);
      if (!ticket) return 0;
      return ticketThread(provider.data, ticket).messages.filter((m) =>
        m.message.includes(`[hd:${marker}]`)
      ).length;
    },
    markerOf(itemId) {
      const row = session.cache.db.prepare('SELECT marker FROM outbox WHERE id = ?').get(itemId) as
        { marker: string } | undefined;
      if (!row) throw new Error(`no outbox item ${itemId}`);
      return row.marker;
    },
    async close() {
      await session.close();
      await provider.close();
      dir.cleanup();
    }
  };
}

/** A text file as the renderer sends it. */
export function textFile(name: string, text: string) {
  return { name, type: 'text/plain', dataBase64: Buffer.from(text).toString('base64') };
}
