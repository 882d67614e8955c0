import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toAppError } from '@main/core/errors';
import { getOutboxRecord, insertOutboxItem } from '@main/core/outbox/outbox-repository';
import { createSessionOutbox, type SessionOutbox } from '@main/core/outbox/session-outbox';
import type { EventSink } from '@main/core/ports';
import {
  createCombellAdapter,
  type CombellAdapter
} from '@main/core/providers/combell/combell-adapter';
import {
  closeTicket,
  replyToTicket,
  type TicketWriteContext
} from '@main/core/tickets/ticket-actions';
import {
  startCombellDemoProvider,
  type CombellDemoProvider
} from '@main/demo-provider/combell/server';
import { createNodeHttp } from '@main/node/node-http';
import { AutoClock } from '@tests/fakes/auto-clock';
import { RecordingLogger } from '@tests/fakes/recording-logger';
import { openTempCache, type TempCache } from '@tests/fakes/temp-cache';

/**
 * Combell has no tickets: its adapter offers no ticket actions, a ticket write is refused as
 * unsupported before anything is stored, and a write already in the outbox fails as
 * unsupported without any request reaching Combell.
 */
describe('ticket writes on a Combell profile', () => {
  let provider: CombellDemoProvider;
  let temp: TempCache;
  let clock: AutoClock;
  let adapter: CombellAdapter;
  let outbox: SessionOutbox;
  const logger = new RecordingLogger();
  const events: EventSink = { emit: () => undefined };

  beforeEach(async () => {
    clock = new AutoClock(Date.parse('2026-11-22T09:30:00Z'));
    provider = await startCombellDemoProvider({ clock, seed: 7, accounts: 3, domains: 3 });
    temp = openTempCache(() => clock.now(), logger);
    adapter = createCombellAdapter(
      {
        baseUrl: provider.url,
        apiKey: provider.credentials.apiKey,
        apiSecret: provider.credentials.apiSecret,
        pageSize: 5,
        timeZone: 'Europe/Brussels'
      },
      { http: createNodeHttp(), clock, logger }
    );
    outbox = createSessionOutbox({
      db: temp.cache.db,
      adapter: () => Promise.resolve(adapter),
      clock,
      logger,
      events
    });
  });

  afterEach(async () => {
    await outbox.close();
    temp.close();
    await provider.close();
  });

  const ctx = (): TicketWriteContext => ({
    db: temp.cache.db,
    outbox,
    adapter: () => Promise.resolve(adapter),
    clock
  });
  const outboxRows = () =>
    (temp.cache.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;

  it('offers no ticket actions', () => {
    expect(adapter.capabilities().tickets).toBe(false);
    expect(adapter.ticketActions()).toBeNull();
  });

  it('refuses a reply or a close as unsupported and stores nothing', async () => {
    for (const write of [
      () => replyToTicket(ctx(), { ticketId: '123', message: 'Hello', attachments: [] }),
      () => closeTicket(ctx(), { ticketId: '123' })
    ]) {
      const error = await write().then(
        () => null,
        (e: unknown) => toAppError(e)
      );
      expect(error?.kind).toBe('unsupported');
    }
    expect(outboxRows()).toBe(0);
  });

  it('fails a write left in the outbox as unsupported, without a request to Combell', async () => {
    insertOutboxItem(temp.cache.db, {
      id: 'left-over',
      kind: 'reply',
      ticketId: '123',
      ticketPublicId: '123',
      marker: 'hd-left-over',
      payload: { message: 'Hello', subject: null, attachments: [] },
      createdAt: new Date(clock.now()).toISOString()
    });
    const result = await outbox.flush();
    expect(result).toMatchObject({ sent: 0, failed: 1, stoppedBy: null });
    const record = getOutboxRecord(temp.cache.db, 'left-over')!;
    expect(record.state).toBe('failed');
    expect(record.lastError?.kind).toBe('unsupported');
    expect(provider.requests).toEqual([]);
    expect(outbox.counts()).toEqual({ pending: 0, failed: 1 });
  });
});
