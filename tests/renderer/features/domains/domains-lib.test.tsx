import { describe, expect, it } from 'vitest';
import { i18n } from '@renderer/lib/i18n';
import { formatDaysLeft, statusInfo } from '@renderer/features/domains/domain-format';
import { NO_FILTERS, countLine, toDomainListInput } from '@renderer/features/domains/domains-lib';

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

// Filtering, sorting and renewals ahead happen in main: tests/unit/core/alerts/domain-list.test.ts.
describe('the domains:list query of the view', () => {
  it('turns the filters, sort and page into one page of the query', () => {
    expect(
      toDomainListInput(
        { within: 30, status: 'grace', autoRenewOffOnly: true, search: '  Shop ' },
        { key: 'renewalPrice', direction: 'descending' },
        2
      )
    ).toEqual({
      within: 30,
      status: 'grace',
      autoRenewOffOnly: true,
      q: 'Shop',
      sort: 'renewalPrice',
      dir: 'desc',
      offset: 200,
      limit: 100
    });
    expect(toDomainListInput(NO_FILTERS, { key: 'name', direction: 'ascending' }, 0)).toMatchObject(
      { within: null, status: 'all', q: '', dir: 'asc', offset: 0 }
    );
  });

  it('counts what the page shows out of the matches and the cache', () => {
    const t = i18n.getFixedT('en', 'domains');
    const count = (page: number, shown: number, total: number, cached: number) =>
      countLine(t, 'en', page, shown, total, cached);
    expect(count(0, 5, 5, 5)).toBe('5 domains');
    expect(count(0, 1, 1, 1)).toBe('1 domain');
    expect(count(0, 2, 2, 5)).toBe('2 of 5 domains');
    expect(count(1, 100, 5000, 5000)).toBe('101–200 of 5,000 domains');
    expect(count(0, 100, 640, 5000)).toBe('1–100 of 640 matching, 5,000 domains');
  });

  it('counts in French and Dutch with the locale’s thousands', () => {
    const fr = (page: number, shown: number, total: number, cached: number) =>
      countLine(i18n.getFixedT('fr', 'domains'), 'fr-BE', page, shown, total, cached);
    const nl = (page: number, shown: number, total: number, cached: number) =>
      countLine(i18n.getFixedT('nl', 'domains'), 'nl-BE', page, shown, total, cached);
    expect(fr(0, 1, 1, 1)).toBe('1 domaine');
    expect(fr(1, 100, 5000, 5000).replace(/\u202f/g, ' ')).toBe('101–200 sur 5 000 domaines');
    expect(nl(0, 5, 5, 5)).toBe('5 domeinnamen');
    expect(nl(0, 100, 640, 5000)).toBe('1–100 van 640 gevonden, 5.000 domeinnamen in totaal');
  });
});
