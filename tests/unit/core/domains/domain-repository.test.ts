/**
 * `domains:list` answered by SQLite: filters, sort (missing values last, ended domains after
 * the countdown, open alerts above snoozed ones), paging, counts and the renewals aggregate,
 * over a real cache file.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { domainListInputSchema, type DomainListInput } from '@shared/contract';
import type { Domain } from '@shared/model';
import {
  domainStatusCounts,
  queryDomainPage,
  renewalsAhead
} from '@main/core/domains/domain-repository';
import type { OpenedCache } from '@main/core/cache/database';
import { writeDomainsCsv } from '@main/core/domains/domains-csv';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import { openTempCache } from '@tests/fakes/temp-cache';

const TODAY = '2026-11-22';
const NOW = Date.parse('2026-11-22T10:00:00Z');

function domain(overrides: Partial<Domain> & { readonly id: string }): Domain {
  return {
    name: `domain-${overrides.id}.com`,
    status: 'active',
    registeredOn: '2020-01-01',
    expiresOn: '2027-06-01',
    nextDueOn: '2027-06-01',
    autoRenew: true,
    recurringAmount: { amountMinor: 1299, currency: 'EUR' },
    registrar: 'openprovider',
    ...overrides
  } as Domain;
}

/** Five domains covering the states the table words and sorts. */
const SAMPLE: Domain[] = [
  domain({
    id: '1',
    name: 'alpha-shop.com',
    expiresOn: '2026-11-25',
    nextDueOn: '2026-11-25',
    autoRenew: false,
    recurringAmount: { amountMinor: 2199, currency: 'EUR' }
  }),
  domain({ id: '2', name: 'bravo-studio.be', expiresOn: '2026-11-29', nextDueOn: '2026-11-29' }),
  domain({
    id: '3',
    name: 'charlie-bakery.nl',
    status: 'grace',
    expiresOn: '2026-11-19',
    nextDueOn: '2026-11-19',
    recurringAmount: { amountMinor: 4000, currency: 'EUR' }
  }),
  domain({
    id: '4',
    name: 'delta-garage.eu',
    expiresOn: '2027-01-15',
    nextDueOn: '2027-01-15',
    recurringAmount: { amountMinor: 1000, currency: 'EUR' }
  }),
  domain({
    id: '5',
    name: 'echo-transfer.com',
    status: 'pending_transfer',
    expiresOn: null,
    nextDueOn: null,
    recurringAmount: null
  })
];

describe('domains:list in SQLite', () => {
  let cache: OpenedCache;
  const alertRow = (id: string, severity: string, snoozed: boolean): void => {
    cache.db
      .prepare('INSERT INTO alert_results (key, category, domain_id, payload) VALUES (?, ?, ?, ?)')
      .run(
        `domain:${id}`,
        'domain',
        id,
        JSON.stringify({
          key: `domain:${id}`,
          domainId: id,
          kind: 'threshold',
          threshold: 7,
          severity,
          message: `Alert ${id}`,
          snoozed,
          acknowledged: false,
          open: !snoozed
        })
      );
  };
  const seed = (domains: Domain[]): void => {
    upsertEntities(cache.db, 'domains', domains, 'run-1');
  };
  const page = (input: Partial<DomainListInput>) =>
    queryDomainPage(cache.db, domainListInputSchema.parse({ limit: 500, ...input }), TODAY);
  const names = (input: Partial<DomainListInput>): string[] =>
    page(input).domains.map((d) => d.name);

  beforeEach(() => {
    const temp = openTempCache(() => NOW);
    cache = temp.cache;
    seed(SAMPLE);
    alertRow('1', 'critical', false);
    alertRow('3', 'critical', true);
    alertRow('2', 'warning', false);
    return temp.close;
  });

  it('keeps domains expiring from today up to N days out', () => {
    expect(names({ within: 7, sort: 'name' })).toEqual(['alpha-shop.com', 'bravo-studio.be']);
    expect(page({ within: 90 }).total).toBe(3);
  });

  it('combines status, auto-renew and a case-insensitive name search', () => {
    expect(names({ status: 'grace' })).toEqual(['charlie-bakery.nl']);
    expect(names({ autoRenewOffOnly: true })).toEqual(['alpha-shop.com']);
    expect(names({ q: 'BRAVO' })).toEqual(['bravo-studio.be']);
    expect(names({ q: 'bravo', autoRenewOffOnly: true })).toEqual([]);
    // LIKE wildcards in the search are literal characters.
    expect(names({ q: '%' })).toEqual([]);
  });

  it('counts matches and the whole cache, and statuses whatever the filters', () => {
    const result = page({ status: 'grace' });
    expect(result).toMatchObject({ total: 1, cachedCount: 5 });
    expect(domainStatusCounts(cache.db)).toEqual({ active: 3, grace: 1, pending_transfer: 1 });
  });

  it('sorts both ways with missing values last, and carries days left and the alert', () => {
    expect(names({ sort: 'daysLeft' })).toEqual([
      'charlie-bakery.nl',
      'alpha-shop.com',
      'bravo-studio.be',
      'delta-garage.eu',
      'echo-transfer.com'
    ]);
    expect(names({ sort: 'daysLeft', dir: 'desc' }).at(-1)).toBe('echo-transfer.com');
    expect(names({ sort: 'renewalPrice', dir: 'desc' }).slice(0, 2)).toEqual([
      'charlie-bakery.nl',
      'alpha-shop.com'
    ]);
    const alpha = page({ q: 'alpha' }).domains[0];
    expect(alpha).toMatchObject({
      daysLeft: 3,
      autoRenew: false,
      renewalPrice: { amountMinor: 2199, currency: 'EUR' },
      alert: { key: 'domain:1', severity: 'critical', snoozed: false }
    });
    expect(page({ q: 'charlie' }).domains[0]?.daysLeft).toBe(-3);
  });

  it('puts domains that can no longer lapse after the countdown, even when they expired long ago', () => {
    seed([
      domain({ id: 'gone', name: 'zulu-old.nl', status: 'cancelled', expiresOn: '2025-10-01' })
    ]);
    const sorted = names({ sort: 'daysLeft' });
    expect(sorted[0]).not.toBe('zulu-old.nl');
    expect(sorted.indexOf('zulu-old.nl')).toBeGreaterThan(sorted.indexOf('delta-garage.eu'));
  });

  it('ranks open alerts above snoozed ones of the same severity', () => {
    expect(names({ sort: 'alert', dir: 'desc' }).slice(0, 3)).toEqual([
      'alpha-shop.com',
      'charlie-bakery.nl',
      'bravo-studio.be'
    ]);
  });

  it('pages through the order without gaps or repeats', () => {
    seed(
      Array.from({ length: 30 }, (_, i) =>
        domain({ id: `p${i}`, name: `page-${String(i).padStart(2, '0')}.com` })
      )
    );
    const whole = names({ sort: 'name' });
    const paged = [0, 10, 20, 30].flatMap((offset) => names({ sort: 'name', offset, limit: 10 }));
    expect(paged).toEqual(whole);
    expect(page({ sort: 'name', offset: 30, limit: 10 })).toMatchObject({ total: 35 });
  });
});

describe('renewals ahead in SQLite', () => {
  let cache: OpenedCache;
  beforeEach(() => {
    const temp = openTempCache(() => NOW);
    cache = temp.cache;
    return temp.close;
  });

  it('counts and sums renewals per month for twelve months from today', () => {
    upsertEntities(
      cache.db,
      'domains',
      [...SAMPLE, domain({ id: '6', expiresOn: '2027-11-02', nextDueOn: '2027-11-02' })],
      'r'
    );
    const summary = renewalsAhead(cache.db, TODAY);
    expect(summary.months).toHaveLength(12);
    expect(summary.months[0]).toEqual({
      month: '2026-11',
      count: 2,
      costMinor: 3498,
      unpricedCount: 0
    });
    expect(summary.months[2]).toEqual({
      month: '2027-01',
      count: 1,
      costMinor: 1000,
      unpricedCount: 0
    });
    // Past due (grace) is not ahead; November 2027 is the thirteenth month, out of range.
    expect(summary.totalCount).toBe(3);
    expect(summary.totalCostMinor).toBe(4498);
    expect(summary.currency).toBe('EUR');
    expect(summary.months.at(-1)?.month).toBe('2027-10');
  });

  it('uses the next due date, skips ended domains and keeps other currencies out of the sum', () => {
    upsertEntities(
      cache.db,
      'domains',
      [
        domain({ id: 'a', expiresOn: '2027-03-20', nextDueOn: '2027-03-06' }),
        domain({
          id: 'b',
          nextDueOn: '2027-03-01',
          recurringAmount: { amountMinor: 5000, currency: 'USD' }
        }),
        domain({ id: 'c', nextDueOn: '2027-03-02', recurringAmount: null }),
        domain({ id: 'd', nextDueOn: '2027-03-03', status: 'cancelled' }),
        domain({ id: 'e', nextDueOn: null, expiresOn: '2026-12-31' })
      ],
      'r'
    );
    const summary = renewalsAhead(cache.db, TODAY);
    expect(summary.currency).toBe('EUR');
    const march = summary.months.find((m) => m.month === '2027-03');
    expect(march).toEqual({ month: '2027-03', count: 3, costMinor: 1299, unpricedCount: 2 });
    expect(summary.months.find((m) => m.month === '2026-12')?.count).toBe(1);
    expect(summary.totalCount).toBe(4);
  });

  it('crosses the year boundary and reports no currency when nothing is priced', () => {
    const summary = renewalsAhead(cache.db, '2026-12-31');
    expect(summary.months.map((m) => m.month).slice(0, 2)).toEqual(['2026-12', '2027-01']);
    expect(summary.currency).toBeNull();
    expect(summary.totalCount).toBe(0);
  });
});

describe('the domains CSV of a filtered view', () => {
  let cache: OpenedCache;
  beforeEach(() => {
    const temp = openTempCache(() => NOW);
    cache = temp.cache;
    return temp.close;
  });

  it('writes every matching domain in the view order, in chunks, beyond one page', () => {
    upsertEntities(
      cache.db,
      'domains',
      [
        ...Array.from({ length: 1200 }, (_, i) =>
          domain({ id: `c${i}`, name: `csv-${String(i).padStart(4, '0')}.com` })
        ),
        domain({ id: 'x', name: 'gone.com', status: 'cancelled' })
      ],
      'r'
    );
    const chunks: string[] = [];
    const count = writeDomainsCsv(
      cache.db,
      domainListInputSchema.parse({ status: 'active', sort: 'name', dir: 'desc', limit: 1 }),
      TODAY,
      (chunk) => chunks.push(chunk)
    );
    expect(count).toBe(1200);
    expect(chunks.length).toBeGreaterThan(1);
    const lines = chunks.join('').trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,name,status,expires_on,next_due_on,days_left,auto_renew,registrar,renewal_price,currency,alert'
    );
    expect(lines).toHaveLength(1201);
    expect(lines[1]).toBe(
      'c1199,csv-1199.com,active,2027-06-01,2027-06-01,191,true,openprovider,12.99,EUR,'
    );
    expect(lines.at(-1)?.startsWith('c0,csv-0000.com,')).toBe(true);
  });
});
