import { describe, expect, it } from 'vitest';
import { formatDaysLeft, statusInfo } from '../../src-renderer/src/features/domains/domain-format';
import {
  NO_FILTERS,
  filterDomains,
  renewalsAhead,
  sortDomains
} from '../../src-renderer/src/features/domains/domains-lib';
import { domainView, sampleDomains, TODAY } from './domains-fixtures';

const names = (list: readonly { name: string }[]): string[] => list.map((d) => d.name);

describe('days-left wording', () => {
  it('says how far away expiry is, in words', () => {
    expect(formatDaysLeft(7)).toBe('in 7 days');
    expect(formatDaysLeft(1)).toBe('tomorrow');
    expect(formatDaysLeft(0)).toBe('today');
    expect(formatDaysLeft(-1)).toBe('expired yesterday');
    expect(formatDaysLeft(-3)).toBe('expired 3 days ago');
    expect(formatDaysLeft(null)).toBe('—');
  });
});

describe('status labels', () => {
  it('names normalised and provider-spelled statuses alike, with a tone', () => {
    expect(statusInfo('grace')).toEqual({ label: 'Grace period', tone: 'danger' });
    expect(statusInfo('Pending Transfer')).toEqual({ label: 'Pending transfer', tone: 'pending' });
    expect(statusInfo('active').label).toBe('Active');
    expect(statusInfo('Parked')).toEqual({ label: 'Parked', tone: 'neutral' });
  });
});

describe('filtering and sorting domains', () => {
  it('keeps domains expiring from today up to N days out', () => {
    expect(names(filterDomains(sampleDomains(), { ...NO_FILTERS, within: 7 }))).toEqual([
      'alpha-shop.com',
      'bravo-studio.be'
    ]);
    expect(filterDomains(sampleDomains(), { ...NO_FILTERS, within: 90 })).toHaveLength(3);
  });

  it('combines status, auto-renew and a case-insensitive name search', () => {
    const all = sampleDomains();
    expect(names(filterDomains(all, { ...NO_FILTERS, status: 'grace' }))).toEqual([
      'charlie-bakery.nl'
    ]);
    expect(names(filterDomains(all, { ...NO_FILTERS, autoRenewOffOnly: true }))).toEqual([
      'alpha-shop.com'
    ]);
    expect(names(filterDomains(all, { ...NO_FILTERS, search: '  BRAVO ' }))).toEqual([
      'bravo-studio.be'
    ]);
    expect(filterDomains(all, { ...NO_FILTERS, search: 'bravo', autoRenewOffOnly: true })).toEqual(
      []
    );
  });

  it('sorts both ways with missing values last', () => {
    const all = sampleDomains();
    expect(names(sortDomains(all, { key: 'daysLeft', direction: 'ascending' }))).toEqual([
      'charlie-bakery.nl',
      'alpha-shop.com',
      'bravo-studio.be',
      'delta-garage.eu',
      'echo-transfer.com'
    ]);
    expect(names(sortDomains(all, { key: 'daysLeft', direction: 'descending' })).at(-1)).toBe(
      'echo-transfer.com'
    );
    expect(
      names(sortDomains(all, { key: 'renewalPrice', direction: 'descending' })).slice(0, 2)
    ).toEqual(['charlie-bakery.nl', 'alpha-shop.com']);
  });

  it('puts domains that can no longer lapse after the countdown, even when they expired long ago', () => {
    const all = sampleDomains();
    const gone = {
      ...all[0]!,
      id: 'gone',
      name: 'zulu-old.nl',
      status: 'cancelled',
      daysLeft: -400
    };
    const sorted = names(sortDomains([gone, ...all], { key: 'daysLeft', direction: 'ascending' }));
    expect(sorted[0]).not.toBe('zulu-old.nl');
    expect(sorted.indexOf('zulu-old.nl')).toBeGreaterThan(sorted.indexOf('delta-garage.eu'));
  });

  it('ranks open alerts above snoozed ones of the same severity', () => {
    const sorted = sortDomains(sampleDomains(), { key: 'alert', direction: 'descending' });
    expect(names(sorted).slice(0, 3)).toEqual([
      'alpha-shop.com',
      'charlie-bakery.nl',
      'bravo-studio.be'
    ]);
  });
});

describe('renewals ahead', () => {
  it('counts and sums renewals per month for twelve months from today', () => {
    const summary = renewalsAhead(sampleDomains(), TODAY);
    expect(summary.months).toHaveLength(12);
    expect(summary.months[0]).toEqual({
      month: '2026-11',
      count: 2,
      costMinor: 2198,
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
    expect(summary.totalCostMinor).toBe(3198);
    expect(summary.currency).toBe('EUR');
    expect(summary.months.at(-1)?.month).toBe('2027-10');
  });

  it('uses the next due date, skips ended domains and keeps other currencies out of the sum', () => {
    const summary = renewalsAhead(
      [
        domainView({ id: 'a', expiresOn: '2027-03-20', nextDueOn: '2027-03-06' }),
        domainView({
          id: 'b',
          nextDueOn: '2027-03-01',
          renewalPrice: { amountMinor: 5000, currency: 'USD' }
        }),
        domainView({ id: 'c', nextDueOn: '2027-03-02', renewalPrice: null }),
        domainView({ id: 'd', nextDueOn: '2027-03-03', status: 'cancelled' }),
        domainView({ id: 'e', nextDueOn: null, expiresOn: '2026-12-31' })
      ],
      TODAY
    );
    expect(summary.currency).toBe('EUR');
    const march = summary.months.find((m) => m.month === '2027-03');
    expect(march).toEqual({ month: '2027-03', count: 3, costMinor: 1299, unpricedCount: 2 });
    expect(summary.months.find((m) => m.month === '2026-12')?.count).toBe(1);
    expect(summary.totalCount).toBe(4);
  });

  it('crosses the year boundary and reports no currency when nothing is priced', () => {
    const summary = renewalsAhead([], '2026-12-31');
    expect(summary.months.map((m) => m.month).slice(0, 2)).toEqual(['2026-12', '2027-01']);
    expect(summary.currency).toBeNull();
    expect(summary.totalCount).toBe(0);
  });
});
