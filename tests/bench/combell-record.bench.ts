/**
 * Hostdeck's own hourly record (issue 14): a Combell reseller with 2,000 accounts and 500
 * add-ons, one image per hour for 30 days (some churn, an upgrade wave, a missing hour every
 * 50). Each hour records the image and derives the priced usage again, as every sync does;
 * then one month is computed from the record. Prints the time per hour (mean, p95, worst),
 * the stored interval rows and the month's time. Prints figures only (no assertions).
 * Run: `npm run bench -- combell-record`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inTransaction, openCache } from '../../src-main/core/cache/database';
import { writePrices } from '../../src-main/core/prices/price-repository';
import {
  countRecordedIntervals,
  derivePricedUsage,
  recordImage
} from '../../src-main/core/usage/recorded-usage-repository';
import { computeMonth } from '../../src-main/core/usage';
import { loadUsageWindow } from '../../src-main/core/usage/usage-window';
import type { ImageItem } from '../../src-main/core/providers/combell/hourly-image';

const HOUR = 3_600_000;
const ACCOUNTS = 2_000;
const HOURS = 24 * 30;
const T0 = Date.parse('2026-11-01T00:00:00Z') - HOUR; // local midnight of 1 November in Brussels
const PACKS = ['Hosting Basic', 'Hosting Pro', 'Hosting Business', 'WordPress Starter'];

const dir = mkdtempSync(join(tmpdir(), 'hostdeck-combell-bench-'));
const cache = openCache(join(dir, 'cache.sqlite'), {
  logger: { log: () => undefined },
  now: () => T0
});
inTransaction(cache.db, () =>
  writePrices(cache.db, 'EUR', [
    ...PACKS.map((name, i) => ({
      kind: 'servicepack' as const,
      name,
      monthlyPrice: 995 * (i + 1)
    })),
    { kind: 'addon' as const, name: 'Daily backup', monthlyPrice: 250 }
  ])
);

const image = (h: number): ImageItem[] => {
  const items: ImageItem[] = [];
  for (let a = 0; a < ACCOUNTS; a += 1) {
    if ((a * 7 + h) % 997 === 0) continue;
    const upgraded = h > 400 && a % 50 === 0 ? 1 : 0;
    items.push({
      resourceId: String(10_000 + a),
      kind: 'account',
      parentAccountId: null,
      pack: PACKS[(a + upgraded) % PACKS.length]!
    });
    if (a % 4 === 0)
      items.push({
        resourceId: `${10_000 + a}/addon/503`,
        kind: 'addon',
        parentAccountId: String(10_000 + a),
        pack: 'Daily backup'
      });
  }
  return items;
};

const perHour: number[] = [];
for (let h = 0; h < HOURS; h += 1) {
  if (h % 50 === 7) continue;
  const items = image(h);
  const started = performance.now();
  inTransaction(cache.db, () => {
    recordImage(cache.db, {
      ts: new Date(T0 + h * HOUR).toISOString().replace('.000Z', 'Z'),
      items
    });
    derivePricedUsage(cache.db);
  });
  perHour.push(performance.now() - started);
}
const sorted = [...perHour].sort((a, b) => a - b);
const mean = perHour.reduce((s, x) => s + x, 0) / perHour.length;
const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
const worst = sorted[sorted.length - 1]!;

const monthStarted = performance.now();
const startHour = T0 / HOUR;
const month = computeMonth(loadUsageWindow(cache.db, startHour - 48, startHour + HOURS + 48), {
  month: '2026-11',
  asOf: new Date(T0 + HOURS * HOUR).toISOString(),
  timeZone: 'Europe/Brussels'
});
const monthMs = performance.now() - monthStarted;

console.log(`images recorded        ${perHour.length} (of ${HOURS} hours; every 50th missing)`);
console.log(`items per image        ~${image(0).length}`);
console.log(
  `record + derive / hour mean ${mean.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, worst ${worst.toFixed(1)} ms`
);
console.log(`recorded interval rows ${countRecordedIntervals(cache.db)}`);
console.log(
  `month from the record  ${monthMs.toFixed(0)} ms (${month.rows.length} rows, ${month.warnings.length} warnings)`
);
cache.close();
rmSync(dir, { recursive: true, force: true });
