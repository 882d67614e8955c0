import { describe, expect, it } from 'vitest';
import { generateDemoData, ticketThread, type DemoData } from '@main/demo-provider';

const NOW = Date.parse('2026-11-22T09:00:00Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Everything observable, threads included (they are generated lazily). */
const snapshot = (data: DemoData): string =>
  JSON.stringify({ data, threads: data.tickets.map((t) => ticketThread(data, t)) });

const daysToExpiry = (expiry: string): number =>
  Math.round((Date.parse(`${expiry}T00:00:00Z`) - Date.parse('2026-11-22T00:00:00Z')) / DAY);

describe('generateDemoData', () => {
  it('yields identical data for the same seed and now', () => {
    expect(snapshot(generateDemoData({ size: 'demo', seed: 42, now: NOW }))).toBe(
      snapshot(generateDemoData({ size: 'demo', seed: 42, now: NOW }))
    );
  });

  it('yields different data for a different seed', () => {
    const a = generateDemoData({ size: 'demo', seed: 42, now: NOW });
    const b = generateDemoData({ size: 'demo', seed: 43, now: NOW });
    expect(a.domains.map((d) => d.domainname)).not.toEqual(b.domains.map((d) => d.domainname));
    expect(snapshot(a)).not.toBe(snapshot(b));
  });

  it('keeps demo sizes in the stated ranges', () => {
    const d = generateDemoData({ size: 'demo', seed: 1, now: NOW });
    expect(d.client.currencyCode).toBe('EUR');
    expect(d.services.length).toBeGreaterThanOrEqual(10);
    expect(d.services.length).toBeLessThanOrEqual(15);
    expect(d.services.some((s) => s.addons.length > 0)).toBe(true);
    expect(d.domains.length).toBeGreaterThanOrEqual(35);
    expect(d.domains.length).toBeLessThanOrEqual(45);
    expect(d.invoices.length).toBeGreaterThanOrEqual(55);
    expect(d.invoices.length).toBeLessThanOrEqual(65);
    expect(d.tickets.length).toBeGreaterThanOrEqual(20);
    expect(d.tickets.length).toBeLessThanOrEqual(30);
    expect(new Set(d.tickets.map((t) => t.deptid)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(d.tickets.map((t) => t.status)).size).toBeGreaterThanOrEqual(4);
  });

  it('places domains expiring within 1, 3, 7, 14, 30 and 60 days relative to now, plus the lifecycle cases', () => {
    const d = generateDemoData({ size: 'demo', seed: 2, now: NOW });
    const active = d.domains
      .filter((x) => x.status === 'Active')
      .map((x) => daysToExpiry(x.expirydate));
    for (const days of [1, 3, 7, 14, 30, 60]) expect(active).toContain(days);
    const count = (status: string) => d.domains.filter((x) => x.status === status).length;
    expect(count('Grace')).toBeGreaterThanOrEqual(2);
    expect(count('Redemption')).toBeGreaterThanOrEqual(2);
    expect(count('Expired')).toBe(1);
    expect(count('Pending Transfer')).toBe(1);
    expect(d.domains.find((x) => x.status === 'Pending Transfer')?.expirydate).toBe('0000-00-00');
    expect(new Set(d.domains.map((x) => x.donotrenew))).toEqual(new Set([true, false]));
  });

  it('moves the data with now: the same domain expires seven days after whatever now is', () => {
    const later = NOW + 100 * DAY;
    const d = generateDemoData({ size: 'demo', seed: 2, now: later });
    const expiry = d.domains.find((x) => x.id === 3)?.expirydate ?? '';
    expect(Date.parse(`${expiry}T00:00:00Z`) - Math.floor(later / DAY) * DAY).toBe(7 * DAY);
  });

  it('creates invoices of every status with items, PAYU invoices per usage month, and consistent totals', () => {
    const d = generateDemoData({ size: 'demo', seed: 3, now: NOW });
    expect(new Set(d.invoices.map((i) => i.status))).toEqual(
      new Set(['Paid', 'Unpaid', 'Cancelled', 'Refunded', 'Draft'])
    );
    const payu = d.invoices
      .flatMap((i) => i.items)
      .filter((it) => it.type === 'PAYU')
      .map((it) => it.description);
    expect(payu).toEqual([
      'Pay-as-you-use usage 2026-08',
      'Pay-as-you-use usage 2026-09',
      'Pay-as-you-use usage 2026-10'
    ]);
    for (const inv of d.invoices) {
      expect(inv.items.length).toBeGreaterThan(0);
      expect(inv.subtotalMinor).toBe(inv.items.reduce((s, it) => s + it.amountMinor, 0));
      expect(inv.totalMinor).toBe(inv.subtotalMinor + inv.taxMinor - inv.creditMinor);
    }
    expect(
      d.invoices
        .filter((i) => i.status === 'Paid')
        .every((i) => i.transactions.length > 0 || i.totalMinor === 0)
    ).toBe(true);
    expect(
      d.invoices
        .filter((i) => i.status === 'Refunded')
        .every((i) => i.transactions.some((t) => t.amountOutMinor > 0))
    ).toBe(true);
    expect(d.credits.reduce((s, c) => s + c.amountMinor, 0)).toBe(d.client.creditMinor);
  });

  it('generates ticket threads that start with the customer and agree with the status', () => {
    const d = generateDemoData({ size: 'demo', seed: 4, now: NOW });
    for (const t of d.tickets) {
      const { messages } = ticketThread(d, t);
      expect(messages).toHaveLength(t.seedMessages);
      expect(messages[0]?.author).toBe('customer');
      const last = messages.at(-1)?.author;
      if (t.status === 'Answered') expect(last).toBe('staff');
      if (t.status === 'Customer-Reply' || t.status === 'Open') expect(last).toBe('customer');
    }
    expect(d.tickets.some((t) => t.seedNotes > 0)).toBe(true);
    expect(
      d.tickets.flatMap((t) => ticketThread(d, t).messages).some((m) => m.attachments.length > 0)
    ).toBe(true);
  });

  it('stores three months of usage as intervals with a gap of missing hours', () => {
    const d = generateDemoData({ size: 'demo', seed: 5, now: NOW });
    expect(new Date(d.usage.firstSnapshotMs).toISOString()).toBe('2026-08-01T00:00:00.000Z');
    expect(d.usage.missingHoursMs.length).toBeGreaterThanOrEqual(3);
    expect(d.usage.missingHoursMs.every((h) => h % HOUR === 0)).toBe(true);
    const accounts = new Set(
      d.usage.intervals.filter((i) => i.kind === 'account').map((i) => i.resourceId)
    );
    expect(accounts.size).toBe(d.services.length);
    expect(
      d.usage.intervals
        .filter((i) => i.kind === 'addon')
        .every((i) => i.parentId !== null && accounts.has(i.parentId))
    ).toBe(true);
  });
});

describe('usage intervals', () => {
  it('never overlap for one resource, and add-ons live within their parent account', () => {
    for (const seed of [1, 2, 3]) {
      const d = generateDemoData({ size: 'demo', seed, now: NOW });
      const open = Number.MAX_SAFE_INTEGER;
      const spans = new Map<string, { start: number; end: number }[]>();
      for (const i of d.usage.intervals) {
        spans.set(i.resourceId, [
          ...(spans.get(i.resourceId) ?? []),
          { start: i.startMs, end: i.endMs ?? open }
        ]);
      }
      for (const list of spans.values()) {
        const sorted = [...list].sort((a, b) => a.start - b.start);
        sorted
          .slice(1)
          .forEach((span, k) => expect(span.start).toBeGreaterThanOrEqual(sorted[k]?.end ?? open));
      }
      for (const addon of d.usage.intervals.filter((x) => x.kind === 'addon')) {
        const parent = spans.get(addon.parentId ?? '') ?? [];
        expect(parent.length).toBeGreaterThan(0);
        expect(addon.startMs).toBeGreaterThanOrEqual(Math.min(...parent.map((p) => p.start)));
        expect(addon.endMs ?? open).toBeLessThanOrEqual(Math.max(...parent.map((p) => p.end)));
      }
    }
  });
});

describe('generateDemoData large', () => {
  it('has 2,000 accounts, 5,000 domains, 20,000 invoices, 10,000 tickets and 100,000 messages', () => {
    const d = generateDemoData({ size: 'large', seed: 1, now: NOW });
    expect(d.services).toHaveLength(2000);
    expect(d.domains).toHaveLength(5000);
    expect(d.invoices).toHaveLength(20000);
    expect(d.tickets).toHaveLength(10000);
    // Threads are lazy: count them from the stored lengths, then spot-check one rebuild.
    expect(d.tickets.reduce((s, t) => s + t.seedMessages, 0)).toBe(100000);
    const sample = d.tickets[1234];
    expect(sample && ticketThread(d, sample).messages).toHaveLength(sample?.seedMessages ?? -1);
    expect(new Date(d.usage.firstSnapshotMs).toISOString()).toBe('2025-11-01T00:00:00.000Z');
    expect(new Set(d.domains.map((x) => x.domainname)).size).toBe(5000);
  });
});
