import { beforeEach, describe, expect, it } from 'vitest';
import type { OpenedCache } from '@main/core/cache/database';
import {
  derivePricedUsage,
  recordImage,
  recordedGaps,
  recordingCoverage,
  unpricedInRange
} from '@main/core/usage/recorded-usage-repository';
import { readUsage } from '@main/core/usage/usage-repository';
import type { HourlyImage, ImageItem } from '@main/core/providers/combell/hourly-image';
import { importPriceCsv, priceListView, savePrices } from '@main/core/prices/price-service';
import { openTempCache } from '@tests/fakes/temp-cache';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-10T00:00:00Z');
const hourIso = (h: number) => new Date(T0 + h * HOUR).toISOString().replace('.000Z', 'Z');
const h0 = T0 / HOUR;

const account = (id: string, pack: string): ImageItem => ({
  resourceId: id,
  kind: 'account',
  parentAccountId: null,
  pack
});
const addon = (parent: string, id: string, pack: string): ImageItem => ({
  resourceId: `${parent}/addon/${id}`,
  kind: 'addon',
  parentAccountId: parent,
  pack
});
const image = (h: number, items: ImageItem[]): HourlyImage => ({ ts: hourIso(h), items });

describe("Hostdeck's recorded hourly images", () => {
  let cache: OpenedCache;

  beforeEach(() => {
    const temp = openTempCache(() => T0);
    cache = temp.cache;
    return temp.close;
  });

  const intervals = () =>
    cache.db
      .prepare('SELECT * FROM recorded_intervals ORDER BY resource_id, start_hour')
      .all()
      .map((r) => {
        const row = r as {
          resource_id: string;
          start_hour: number;
          end_hour: number;
          pack: string;
        };
        return `${row.resource_id} ${row.pack} ${row.start_hour - h0}-${row.end_hour - h0}`;
      });

  it('keeps consecutive hours of one resource and pack as one interval, and an upgrade as two', () => {
    const db = cache.db;
    recordImage(db, image(0, [account('a1', 'Basic'), addon('a1', '501', 'Backup')]));
    recordImage(db, image(1, [account('a1', 'Basic'), addon('a1', '501', 'Backup')]));
    recordImage(db, image(2, [account('a1', 'Pro'), addon('a1', '501', 'Backup')]));
    recordImage(db, image(3, [account('a1', 'Pro')]));
    expect(intervals()).toEqual(['a1 Basic 0-2', 'a1 Pro 2-4', 'a1/addon/501 Backup 0-3']);
    expect(recordingCoverage(db)).toEqual({ first: hourIso(0), last: hourIso(3) });
  });

  it('lists the hours Hostdeck was closed and bridges only resources present on both sides', () => {
    const db = cache.db;
    recordImage(db, image(0, [account('a1', 'Basic'), account('a2', 'Basic')]));
    const outcome = recordImage(db, image(3, [account('a1', 'Basic'), account('a3', 'Pro')]));
    expect(outcome).toEqual({ kind: 'recorded', slot: hourIso(3), missingHours: 2 });
    // a1 spans the gap (the engine interpolates it); a2 ended before it, a3 starts after it.
    expect(intervals()).toEqual(['a1 Basic 0-4', 'a2 Basic 0-1', 'a3 Pro 3-4']);
    expect(recordedGaps(db, h0, h0 + 24)).toEqual([{ from: hourIso(1), to: hourIso(3), hours: 2 }]);
  });

  it('lets the latest image of an hour stand for it, and ignores an image older than the last', () => {
    const db = cache.db;
    recordImage(db, image(0, [account('a1', 'Basic')]));
    recordImage(db, image(2, [account('a1', 'Basic'), account('a2', 'Basic')]));
    // Later in hour 2: a2 was deleted and a1 upgraded.
    expect(recordImage(db, image(2, [account('a1', 'Pro')]))).toEqual({
      kind: 'replaced',
      slot: hourIso(2)
    });
    // Hour 1 was not recorded: Basic ends with hour 0, Pro starts at hour 2.
    expect(intervals()).toEqual(['a1 Basic 0-1', 'a1 Pro 2-3']);
    expect(recordImage(db, image(1, [account('zz', 'Basic')]))).toMatchObject({ kind: 'ignored' });
    expect(intervals()).toEqual(['a1 Basic 0-1', 'a1 Pro 2-3']);
    // Replacing an hour that continued the same pack shortens it back by one slot.
    recordImage(db, image(3, [account('a1', 'Pro')]));
    recordImage(db, image(3, []));
    expect(intervals()).toEqual(['a1 Basic 0-1', 'a1 Pro 2-3']);
    expect(recordingCoverage(db).last).toBe(hourIso(3));
  });

  it('prices the record from the list and flags what has no price instead of hiding it', () => {
    const db = cache.db;
    recordImage(db, image(0, [account('a1', 'Basic'), addon('a1', '501', 'Backup')]));
    recordImage(db, image(1, [account('a1', 'Basic'), addon('a1', '501', 'Backup')]));
    derivePricedUsage(db);
    // Pre-filled with what was seen, without prices.
    expect(priceListView(db)).toMatchObject({
      currency: null,
      unpricedCount: 2,
      entries: [
        { kind: 'servicepack', name: 'Basic', monthlyPrice: null, firstSeen: hourIso(0) },
        { kind: 'addon', name: 'Backup', monthlyPrice: null, lastSeen: hourIso(1) }
      ]
    });
    expect(unpricedInRange(db, h0, h0 + 24)).toEqual([
      { kind: 'servicepack', name: 'Basic', resourceIds: ['a1'], activeHours: 2 },
      { kind: 'addon', name: 'Backup', resourceIds: ['a1/addon/501'], activeHours: 2 }
    ]);

    savePrices(db, 'EUR', [{ kind: 'servicepack', name: 'Basic', monthlyPrice: 1500 }]);
    const usage = readUsage(db, h0, h0 + 24);
    expect(usage.currency).toBe('EUR');
    expect(usage.firstSnapshot).toBe(hourIso(0));
    expect(usage.lastSnapshot).toBe(hourIso(1));
    expect(usage.intervals.map((i) => [i.resourceId, i.monthlyPrice])).toEqual([
      ['a1', 1500],
      ['a1/addon/501', 0]
    ]);
    expect(unpricedInRange(db, h0, h0 + 24).map((u) => u.name)).toEqual(['Backup']);

    const imported = importPriceCsv(
      db,
      'kind,name,monthly_price,currency\naddon,Backup,2.50,EUR\n'
    );
    expect(imported.imported).toBe(1);
    expect(imported.list.unpricedCount).toBe(0);
    expect(readUsage(db, h0, h0 + 24).intervals.map((i) => i.monthlyPrice)).toEqual([1500, 250]);
    expect(unpricedInRange(db, h0, h0 + 24)).toEqual([]);
  });

  it('refuses an import with a wrong line or another currency, saving nothing', () => {
    const db = cache.db;
    savePrices(db, 'EUR', [{ kind: 'servicepack', name: 'Basic', monthlyPrice: 1500 }]);
    const wrong = importPriceCsv(
      db,
      'kind,name,monthly_price,currency\nservicepack,Pro,20,EUR\naddon,Backup,abc,EUR\n'
    );
    expect(wrong.imported).toBe(0);
    expect(wrong.issues).toEqual([
      {
        line: 3,
        code: 'price-not-number',
        values: { got: 'abc' },
        message: expect.stringMatching(/abc/) as string
      }
    ]);
    const dollars = importPriceCsv(
      db,
      'kind,name,monthly_price,currency\nservicepack,Pro,20,USD\n'
    );
    expect(dollars.issues[0]!.message).toMatch(/prices are in EUR/);
    expect(dollars.issues[0]).toMatchObject({
      code: 'currency-list',
      values: { currency: 'EUR', got: 'USD' }
    });
    expect(priceListView(db).entries.map((e) => e.name)).toEqual(['Basic']);
  });
});
