import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '@main/core/cache/database';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { threadFactsOf } from '@main/core/tickets/thread-facts';
import { indexPendingTickets, storeThreads } from '@main/core/tickets/ticket-write-repository';
import type { TicketMessage } from '@shared/model';
import { sampleMessage, sampleTicket } from '@tests/fakes/model-fixtures';
import { openTempCache, type TempCache } from '@tests/fakes/temp-cache';

const now = () => Date.parse('2026-11-22T09:00:00Z');

/** Threads as providers send them: staff and customers, the app's own posts, odd words. */
const messageArb: fc.Arbitrary<TicketMessage> = fc
  .record({
    kind: fc.constantFrom('staff' as const, 'customer' as const),
    name: fc.constantFrom('Sam', 'Sofie Peeters', 'Zoë', ''),
    words: fc.array(
      fc.constantFrom('mailbox', 'Déjà', 'vu', 'DNS', 'factuur', '**bold**', '', 'ünïcode', '42'),
      { maxLength: 6 }
    ),
    postedAt: fc.option(fc.constantFrom('2026-03-02T09:00:00', '2026-03-03T10:15:00Z'), {
      nil: null
    }),
    ours: fc.boolean()
  })
  .map(({ kind, name, words, postedAt, ours }) =>
    sampleMessage('1', kind, words.join(' '), postedAt ?? '', {
      author: { name, kind },
      postedAt,
      clientMarker: ours ? 'hd-1' : null
    })
  );
const threadArb = fc.array(messageArb, { maxLength: 6 });

/** Everything the list and the search keep of ticket `id`: its facts and indexed words. */
function derived(db: DatabaseSync, id: string): unknown {
  const state = db
    .prepare(
      'SELECT docid, message_count, technician, staff_reply_at, unread FROM ticket_state WHERE ticket_id = ?'
    )
    .get(id) as { docid: number };
  const words = db
    .prepare(
      'SELECT term, col, offset FROM temp.search_instances WHERE doc = ? ORDER BY term, col, offset'
    )
    .all(state.docid);
  return { ...state, docid: undefined, words };
}

describe('a thread stored by its writer', () => {
  let byWriter: TempCache;
  let byTrigger: TempCache;
  beforeAll(() => {
    byWriter = openTempCache(now);
    byTrigger = openTempCache(now);
    for (const { cache } of [byWriter, byTrigger]) {
      inTransaction(cache.db, () => {
        upsertEntities(cache.db, 'tickets', [sampleTicket('7', { subject: 'Mail vu' })], 'run');
        indexPendingTickets(cache.db);
      });
      cache.db.exec(
        'CREATE VIRTUAL TABLE temp.search_instances USING fts5vocab(main, ticket_search, instance)'
      );
    }
  });
  afterAll(() => {
    byWriter.close();
    byTrigger.close();
  });

  it('keeps the same facts and search words as the SQL that parses its JSON', () => {
    fc.assert(
      fc.property(fc.array(threadArb, { minLength: 1, maxLength: 3 }), (threads) => {
        for (const messages of threads) {
          inTransaction(byWriter.cache.db, () =>
            storeThreads(byWriter.cache.db, [{ id: '7', messages }])
          );
          // Any other write: the trigger reads the facts from the JSON, the pending index
          // writes the document from it.
          inTransaction(byTrigger.cache.db, () => {
            byTrigger.cache.db
              .prepare('UPDATE tickets SET thread_json = ? WHERE id = ?')
              .run(JSON.stringify(messages), '7');
            indexPendingTickets(byTrigger.cache.db);
          });
          expect(derived(byWriter.cache.db, '7')).toEqual(derived(byTrigger.cache.db, '7'));
        }
      }),
      { numRuns: 150 }
    );
  });

  it('reads the technician and the waiting reply from the last staff message not posted by the app', () => {
    const thread = [
      sampleMessage('0', 'customer', 'Mail bounces', '2026-03-01T09:00:00'),
      sampleMessage('1', 'staff', 'Fixed the MX record', '2026-03-02T09:00:00', {
        author: { name: 'Sofie', kind: 'staff' }
      }),
      sampleMessage('2', 'staff', 'Posted from Hostdeck', '2026-03-02T10:00:00', {
        clientMarker: 'hd-9'
      })
    ];
    expect(threadFactsOf(thread)).toEqual({
      messageCount: 3,
      technician: 'Sofie',
      staffReplyAt: null,
      bodies: 'Mail bounces\nFixed the MX record\nPosted from Hostdeck'
    });
    expect(threadFactsOf(thread.slice(0, 2)).staffReplyAt).toBe('2026-03-02T09:00:00');
    expect(threadFactsOf([])).toEqual({
      messageCount: 0,
      technician: null,
      staffReplyAt: null,
      bodies: null
    });
  });
});
