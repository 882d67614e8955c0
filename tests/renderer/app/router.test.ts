import { describe, expect, it } from 'vitest';
import { parseQuery, routeHref, type RouteTarget } from '@renderer/lib/router';
import { matchAddress } from '../route-match';

describe('the route tree', () => {
  it('decodes an id as one segment, so ids with slashes, spaces or % survive', async () => {
    expect(await matchAddress(`/domains/${encodeURIComponent('a/b c%.example')}`)).toMatchObject({
      page: 'domains',
      params: { id: 'a/b c%.example' }
    });
  });

  it('answers every page by its name and the items of domains, tickets, invoices, services', async () => {
    for (const page of ['dashboard', 'usage', 'domains', 'tickets', 'invoices', 'statement']) {
      expect((await matchAddress(`/${page}`)).page).toBe(page);
    }
    for (const page of ['services', 'settings', 'prices', 'alerts', 'profiles']) {
      expect((await matchAddress(`/${page}`)).page).toBe(page);
    }
    for (const page of ['domains', 'tickets', 'invoices', 'services']) {
      expect(await matchAddress(`/${page}/17`)).toMatchObject({ page, params: { id: '17' } });
    }
    expect(await matchAddress('/invoices/filter/unpaid')).toMatchObject({
      page: 'invoices',
      params: { status: 'unpaid' }
    });
  });

  it('answers no page for an unknown name or a hash with a malformed % escape', async () => {
    expect((await matchAddress('/nowhere')).page).toBeUndefined();
    expect((await matchAddress('/tickets/%E0%A4%A')).page).toBeUndefined();
    expect((await matchAddress('/%zz')).page).toBeUndefined();
  });

  it('reads the empty address as the start page', async () => {
    expect((await matchAddress('/')).page).toBe('dashboard');
  });
});

describe('the query string of a list’s address', () => {
  it('is not part of the route: the page and its params are the same with or without it', async () => {
    expect(await matchAddress('/invoices?status=unpaid&page=3')).toEqual({
      page: 'invoices',
      params: {},
      search: { status: 'unpaid', page: '3' }
    });
    expect(await matchAddress('/domains/a%3Fb?q=x')).toMatchObject({
      page: 'domains',
      params: { id: 'a?b' },
      search: { q: 'x' }
    });
  });

  it('reads each key once, decoding + and percent escapes, and skips what does not decode', () => {
    expect(
      parseQuery('#/invoices?status=unpaid&q=web+hosting%20pro&status=paid&bad=%E0%A4')
    ).toEqual({ status: 'unpaid', q: 'web hosting pro' });
    expect(parseQuery('#/invoices')).toEqual({});
  });

  it('keeps the query in a link, so a filtered list opens in a new tab as it is', () => {
    expect(routeHref('invoices?status=overdue')).toBe('#/invoices?status=overdue');
    // Slashes around a path (typed by hand, not by the route tree) are dropped.
    expect(routeHref('/invoices/' as RouteTarget)).toBe('#/invoices');
  });

  it('takes only addresses the route tree answers (checked when the tests are type-checked)', async () => {
    const answered: RouteTarget[] = [
      'dashboard',
      'statement',
      'invoices/7',
      'invoices/filter/unpaid',
      'invoices?status=unpaid&page=2',
      `services/${encodeURIComponent('a/b')}`
    ];
    const refused: RouteTarget[] = [
      // @ts-expect-error a misspelt page
      'invoces',
      // @ts-expect-error a detail under a misspelt list
      'service/7',
      // @ts-expect-error a misspelt page with a query
      'domain?q=example',
      // @ts-expect-error Usage has no detail
      'usage/7'
    ];
    const pages = await Promise.all(
      [...answered, ...refused].map(async (path) => (await matchAddress(`/${path}`)).page)
    );
    expect(pages).toEqual([
      'dashboard',
      'statement',
      'invoices',
      'invoices',
      'invoices',
      'services',
      undefined,
      undefined,
      undefined,
      undefined
    ]);
  });
});
