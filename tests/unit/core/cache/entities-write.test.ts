/**
 * A listed page is written with one statement, its rows one VALUES list of bound parameters.
 * Whatever the text, the cache must hold exactly what binding each value as given holds:
 * these tests compare every column with the value bound alone.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Domain, TicketSummary } from '@shared/model';
import type { OpenedCache } from '@main/core/cache/database';
import { inTransaction } from '@main/core/cache/database';
import { LIST_ENTITIES } from '@main/core/cache/entity-table';
import { readEntities, upsertEntities } from '@main/core/cache/repositories/entities';
import { openTempCache } from '@tests/fakes/temp-cache';

const domainOf = (id: string, name: string, autoRenew: boolean | null): Domain => ({
  id,
  name,
  status: 'active',
  registeredOn: '2020-01-31',
  expiresOn: null,
  nextDueOn: '2027-01-01',
  autoRenew,
  recurringAmount: { amountMinor: -1250, currency: 'EUR' },
  registrar: 'demo'
});

/** Text with what JSON escapes: quotes, backslashes, control characters, lone surrogates. */
const awkwardText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '"',
      '\\',
      '\\u',
      '\n',
      '\t',
      '\u0000',
      '\u001f',
      '\ud800',
      '\udfff',
      'é',
      '😀',
      '/'
    ),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))
  ),
  maxLength: 12
});

describe('writing a listed page', () => {
  let cache: OpenedCache;
  beforeEach(() => {
    const temp = openTempCache(() => Date.parse('2026-11-22T09:00:00Z'));
    cache = temp.cache;
    return temp.close;
  });

  /** What SQLite holds for a value bound as given. */
  const bound = (value: string | number | null): unknown =>
    (cache.db.prepare('SELECT ? AS v').get(value) as { v: unknown }).v;

  it('holds in every column what binding each value alone would, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(awkwardText, fc.option(fc.boolean())), { minLength: 1, maxLength: 6 }),
        (specs) => {
          cache.db.exec('DELETE FROM domains');
          const page = specs.map(([name, autoRenew], i) => domainOf(`d${i}`, name, autoRenew));
          inTransaction(cache.db, () => upsertEntities(cache.db, 'domains', page, 'run-1'));
          const rows = cache.db
            .prepare('SELECT id, name, auto_renew, json, run_id FROM domains ORDER BY rowid')
            .all();
          expect(rows).toEqual(
            page.map((d) => {
              const columns = LIST_ENTITIES.domains.columns(d);
              return {
                id: d.id,
                name: bound(d.name),
                auto_renew: bound(columns['auto_renew'] as number | null),
                json: bound(JSON.stringify(d)),
                run_id: 'run-1'
              };
            })
          );
        }
      ),
      { numRuns: 300 }
    );
  });

  it('keeps the last copy of an id a page lists twice, and counts each write', () => {
    const first = domainOf('d1', 'first.example', true);
    const second = domainOf('d1', 'second.example', false);
    const other = domainOf('d2', 'other.example', null);
    const written = inTransaction(cache.db, () =>
      upsertEntities(cache.db, 'domains', [first, other, second, other], 'run-1')
    );
    expect(written).toBe(3);
    expect(readEntities(cache.db, 'domains')).toEqual([second, other]);
  });

  it('writes a page of more values than one statement may bind', () => {
    const page = Array.from({ length: 5000 }, (_, i) =>
      domainOf(`d${i}`, `site-${i}.example`, i % 3 === 0 ? null : i % 2 === 0)
    );
    const written = inTransaction(cache.db, () =>
      upsertEntities(cache.db, 'domains', page, 'run-1')
    );
    expect(written).toBe(5000);
    expect(readEntities(cache.db, 'domains', 'rowid')).toEqual(page);
  });

  it("runs a ticket's triggers for every row of the page: each listed ticket can be found in the inbox", () => {
    const ticket = (id: string, subject: string): TicketSummary => ({
      id,
      publicId: `T-${id}`,
      subject,
      departmentId: '1',
      departmentName: 'Support',
      status: 'Open',
      priority: 'medium',
      openedAt: '2026-11-20T08:00:00Z',
      lastReplyAt: '2026-11-21T08:00:00Z',
      awaitingCustomer: false,
      isClosed: false
    });
    const page = [
      ticket('1', 'Mail down'),
      ticket('2', 'DNS "zone"'),
      ticket('3', 'Backup\\restore')
    ];
    inTransaction(cache.db, () => upsertEntities(cache.db, 'tickets', page, 'run-1'));
    expect(
      cache.db
        .prepare('SELECT ticket_id, subject, status_key FROM ticket_state ORDER BY docid')
        .all()
    ).toEqual([
      { ticket_id: '1', subject: 'Mail down', status_key: 'open' },
      { ticket_id: '2', subject: 'DNS "zone"', status_key: 'open' },
      { ticket_id: '3', subject: 'Backup\\restore', status_key: 'open' }
    ]);
  });
});
