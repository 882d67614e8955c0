/**
 * Which threads a sync fetches: those never fetched and those older than their ticket's last
 * reply, latest reply first, read from the partial index of migration 017 (not from every
 * ticket row and its thread).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '@main/core/cache/database';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import {
  STALE_THREADS,
  staleThreadIds,
  storeThreads
} from '@main/core/tickets/ticket-write-repository';
import { sampleMessage, sampleTicket } from '@tests/fakes/model-fixtures';
import { openTempCache, type TempCache } from '@tests/fakes/temp-cache';

const now = () => Date.parse('2026-11-22T09:00:00Z');
const message = sampleMessage('1', 'customer', 'Hello', '2026-11-20T08:00:00Z');

describe('the threads a sync fetches', () => {
  let temp: TempCache;
  beforeEach(() => {
    temp = openTempCache(now);
    return temp.close;
  });

  const list = (tickets: ReturnType<typeof sampleTicket>[]) =>
    inTransaction(temp.cache.db, () => upsertEntities(temp.cache.db, 'tickets', tickets, 'run'));
  const store = (...ids: string[]) =>
    inTransaction(temp.cache.db, () =>
      storeThreads(
        temp.cache.db,
        ids.map((id) => ({ id, messages: [message] }))
      )
    );

  it('are the new tickets and those answered since their thread was fetched, latest reply first', () => {
    list([
      sampleTicket('1', { lastReplyAt: '2026-11-20T08:00:00Z' }),
      sampleTicket('2', { lastReplyAt: '2026-11-21T08:00:00Z' }),
      sampleTicket('3', { lastReplyAt: '2026-11-19T08:00:00Z' })
    ]);
    expect(staleThreadIds(temp.cache.db)).toEqual(['2', '1', '3']);
    store('1', '2', '3');
    expect(staleThreadIds(temp.cache.db)).toEqual([]);
    list([
      sampleTicket('1', { lastReplyAt: '2026-11-22T08:30:00Z' }),
      sampleTicket('2', { lastReplyAt: '2026-11-21T08:00:00Z' }),
      sampleTicket('3', { lastReplyAt: '2026-11-19T08:00:00Z' }),
      sampleTicket('4', { lastReplyAt: null })
    ]);
    expect(staleThreadIds(temp.cache.db)).toEqual(['1', '4']);
  });

  it('are read from their own index, not by scanning every ticket and its thread', () => {
    const plan = temp.cache.db.prepare(`EXPLAIN QUERY PLAN ${STALE_THREADS}`).all() as {
      detail: string;
    }[];
    expect(plan.map((row) => row.detail)).toEqual([
      'SCAN tickets USING INDEX tickets_thread_stale'
    ]);
  });
});
