import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountSummary } from '@shared/model';
import { openCache, schemaVersion } from '@main/core/cache/database';
import { MIGRATIONS } from '@main/core/cache/migrations';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { knownPagesOf } from '@main/core/cache/repositories/list-page-hashes';
import { getMeta } from '@main/core/cache/repositories/sync-state';
import { writeAccount } from '@main/core/account/account-repository';
import { countUsageIntervals, mergeUsageWindow } from '@main/core/usage/usage-repository';
import { sampleInvoice } from '@tests/fakes/model-fixtures';
import { RecordingLogger } from '@tests/fakes/recording-logger';
import { makeTempDir } from '@tests/fakes/temp-dir';

const open = (path: string, upTo: number) =>
  openCache(path, {
    logger: new RecordingLogger(),
    now: () => 0,
    migrations: MIGRATIONS.slice(0, upTo)
  });

/** A version 18 cache as a sync in `currency` left it: an invoice, its page, an hour of usage. */
function syncedIn(path: string, currency: string): void {
  const cache = open(path, 18);
  const account: AccountSummary = {
    id: '7',
    name: 'Ada Reseller',
    companyName: null,
    email: 'ada@example.com',
    currency,
    // 1,500.00 as version 18 stored any currency: in hundredths.
    creditBalance: { amountMinor: 150_000, currency },
    status: 'active'
  };
  writeAccount(cache.db, account, '2026-11-22T09:00:00Z');
  const total = { amountMinor: 100_000, currency };
  upsertEntities(cache.db, 'invoices', [sampleInvoice('1', 0, { total, subtotal: total })], 'r');
  // Its page as version 18 stored it (no confirmation time yet: migration 020).
  cache.db
    .prepare(
      `INSERT INTO list_page_hashes (entity, page_offset, page_size, hash, ids_json, next_offset, total, run_id)
       VALUES ('invoices', 0, 250, 'h', '["1"]', NULL, 1, 'r')`
    )
    .run();
  mergeUsageWindow(cache.db, {
    from: '2026-11-22T08:00:00Z',
    to: '2026-11-22T09:00:00Z',
    currency,
    firstSnapshot: '2026-11-22T08:00:00Z',
    lastSnapshot: '2026-11-22T08:00:00Z',
    missingHours: [],
    intervals: [
      {
        resourceId: 'acc-1',
        kind: 'account',
        parentAccountId: null,
        pack: 'Pro',
        monthlyPrice: 200_000,
        start: '2026-11-22T08:00:00Z',
        end: '2026-11-22T09:00:00Z'
      }
    ]
  });
  cache.close();
}

describe('cache migration 019 (money in the currency digits)', () => {
  let dir: { path: string; cleanup: () => void };
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.cleanup());

  it('has the next sync store a yen cache again: every listing page and the usage history', () => {
    const path = join(dir.path, 'jpy.sqlite');
    syncedIn(path, 'JPY');
    const after = open(path, 19);
    expect(schemaVersion(after.db)).toBe(19);
    // No page is skipped as unchanged: each is read, its rows rewritten in yen.
    expect(knownPagesOf(after.db, 'invoices').lookup(0, 250, 'h')).toBeNull();
    // The usage history is fetched again from the start of its window.
    expect(countUsageIntervals(after.db)).toBe(0);
    expect(getMeta(after.db, 'usage.last_snapshot')).toBeNull();
    // The rows themselves wait for that sync; nothing else goes.
    expect(after.db.prepare('SELECT count(*) AS n FROM invoices').get()).toEqual({ n: 1 });
    after.close();
  });

  it('leaves a euro cache exactly as it was', () => {
    const path = join(dir.path, 'eur.sqlite');
    syncedIn(path, 'EUR');
    const after = open(path, 19);
    expect(knownPagesOf(after.db, 'invoices').lookup(0, 250, 'h')?.count).toBe(1);
    expect(countUsageIntervals(after.db)).toBe(1);
    expect(getMeta(after.db, 'usage.last_snapshot')).toBe('2026-11-22T08:00:00Z');
    after.close();
  });
});
