import { beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCache } from '@main/core/cache/database';
import {
  claimOutboxItem,
  discardOutboxItem,
  insertOutboxItem,
  listOutboxRecords,
  markOutboxSent,
  markOutboxUnsent,
  outboxCounts,
  outboxItemsForTicket,
  pendingOutboxByTicket,
  releaseAbandonedClaim,
  requeueFailedItem,
  sendableOutboxRecords,
  type NewOutboxItem
} from '@main/core/outbox/outbox-repository';
import { openTempCache } from '@tests/fakes/temp-cache';

const AT = '2026-11-22T09:00:00.000Z';

function write(id: string, kind: NewOutboxItem['kind'], ticketId: string | null): NewOutboxItem {
  return {
    id,
    kind,
    ticketId,
    ticketPublicId: ticketId ? `#${ticketId}` : null,
    marker: `mk${id}`,
    payload: {
      message: kind === 'close' ? null : `message ${id}`,
      subject: kind === 'open' ? 'Subject' : null,
      attachments: [{ name: 'a.txt', size: 3, dataBase64: 'YWJj' }]
    },
    createdAt: AT
  };
}

describe('the outbox store', () => {
  let cache: OpenedCache;
  beforeEach(() => {
    const temp = openTempCache(() => Date.parse(AT));
    cache = temp.cache;
    return temp.close;
  });

  it('offers only the first unsent write of each ticket, oldest first', () => {
    const { db } = cache;
    insertOutboxItem(db, write('a', 'reply', '7'));
    insertOutboxItem(db, write('b', 'close', '7'));
    insertOutboxItem(db, write('c', 'reply', '8'));
    insertOutboxItem(db, write('d', 'open', null));
    expect(sendableOutboxRecords(db).map((r) => r.id)).toEqual(['a', 'c', 'd']);
    expect(sendableOutboxRecords(db, 'ticket:7').map((r) => r.id)).toEqual(['a']);

    // While 'a' is being sent, 'b' still waits; once 'a' is sent, 'b' is next.
    expect(claimOutboxItem(db, 'a', 'me', AT)?.attempts).toBe(1);
    expect(sendableOutboxRecords(db, 'ticket:7')).toEqual([]);
    markOutboxSent(db, 'a', AT);
    expect(sendableOutboxRecords(db, 'ticket:7').map((r) => r.id)).toEqual(['b']);
  });

  it('lets one sender claim an item, and only its owner release it', () => {
    const { db } = cache;
    insertOutboxItem(db, write('a', 'reply', '7'));
    expect(claimOutboxItem(db, 'a', 'first', AT)).not.toBeNull();
    expect(claimOutboxItem(db, 'a', 'second', AT)).toBeNull();
    const note = { kind: 'interrupted', message: 'stopped' };
    expect(releaseAbandonedClaim(db, 'a', 'second', note)).toBe(false);
    expect(releaseAbandonedClaim(db, 'a', 'first', note)).toBe(true);
    const [record] = listOutboxRecords(db);
    // The attempt is kept, so the next sender looks for the marker before sending again.
    expect(record).toMatchObject({
      state: 'queued',
      attempts: 1,
      lastError: note,
      lastAttemptAt: AT
    });
  });

  it('drops the files once a write is sent and records the new ticket of an open', () => {
    const { db } = cache;
    insertOutboxItem(db, write('d', 'open', null));
    claimOutboxItem(db, 'd', 'me', AT);
    markOutboxSent(db, 'd', AT, { ticketId: '42', publicId: '123456' });
    const [record] = listOutboxRecords(db);
    expect(record).toMatchObject({
      state: 'sent',
      ticketId: '42',
      ticketPublicId: '123456',
      sentAt: AT
    });
    expect(record?.payload.attachments).toEqual([{ name: 'a.txt', size: 3 }]);
  });

  it('retries only failed items and discards only queued or failed ones', () => {
    const { db } = cache;
    insertOutboxItem(db, write('a', 'reply', '7'));
    insertOutboxItem(db, write('b', 'reply', '8'));
    expect(requeueFailedItem(db, 'a')).toBeNull();
    claimOutboxItem(db, 'a', 'me', AT);
    expect(discardOutboxItem(db, 'a')).toBe(false);
    markOutboxUnsent(db, 'a', 'failed', { kind: 'not-found', message: 'Ticket ID Not Found' });
    expect(outboxCounts(db)).toEqual({ pending: 1, failed: 1 });
    expect(requeueFailedItem(db, 'a')?.state).toBe('queued');
    expect(discardOutboxItem(db, 'b')).toBe(true);
    expect(listOutboxRecords(db).map((r) => r.id)).toEqual(['a']);
  });

  it('shows a sent reply in its ticket until the cached thread holds its marker', () => {
    const { db } = cache;
    db.prepare(
      "INSERT INTO tickets (id, public_id, subject, status, department_id, json) VALUES ('7', '100', 's', 'Open', '1', '{}')"
    ).run();
    insertOutboxItem(db, write('a', 'reply', '7'));
    insertOutboxItem(db, write('b', 'close', '7'));
    claimOutboxItem(db, 'a', 'me', AT);
    markOutboxSent(db, 'a', AT);
    expect(outboxItemsForTicket(db, '7').map((i) => [i.id, i.state])).toEqual([
      ['a', 'sent'],
      ['b', 'queued']
    ]);
    expect(pendingOutboxByTicket(db).get('7')).toBe(1);
    db.prepare('UPDATE tickets SET thread_json = ? WHERE id = ?').run(
      JSON.stringify([{ id: '1', body: 'message a', clientMarker: 'mka' }]),
      '7'
    );
    expect(outboxItemsForTicket(db, '7').map((i) => i.id)).toEqual(['b']);
  });

  it('refuses a state the outbox does not know', () => {
    expect(() =>
      cache.db
        .prepare(
          "INSERT INTO outbox (id, kind, order_key, marker, payload, state, created_at) VALUES ('x', 'reply', 'k', 'm', '{}', 'lost', ?)"
        )
        .run(AT)
    ).toThrow(/CHECK constraint/);
  });
});
