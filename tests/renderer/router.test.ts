import { describe, expect, it } from 'vitest';
import { parseQuery, parseRoute, routeHref } from '@renderer/lib/router';

describe('parseRoute', () => {
  it('decodes each segment, so ids with slashes, spaces or % survive', () => {
    expect(parseRoute(`#/domains/${encodeURIComponent('a/b c%.example')}`)).toEqual({
      path: 'domains/a%2Fb%20c%25.example',
      page: 'domains',
      params: ['a/b c%.example'],
      malformed: false
    });
  });

  it('reads back any id the tray or a notification encoded into a route', () => {
    for (const id of ['a/b?c#d%e f', '%E0%A4%A', 'ünïcode-ドメイン', '17']) {
      const route = parseRoute(`#/domains/${encodeURIComponent(id)}`);
      expect(route).toMatchObject({ page: 'domains', params: [id], malformed: false });
    }
  });

  it('marks a hash with a malformed % escape instead of throwing', () => {
    expect(parseRoute('#/tickets/%E0%A4%A')).toEqual({
      path: 'tickets/%E0%A4%A',
      page: 'tickets',
      params: ['%E0%A4%A'],
      malformed: true
    });
    expect(parseRoute('#/%zz').malformed).toBe(true);
  });

  it('reads the empty hash as the start page', () => {
    expect(parseRoute('')).toEqual({ path: '', page: '', params: [], malformed: false });
    expect(parseRoute('#/')).toEqual({ path: '', page: '', params: [], malformed: false });
  });
});

describe('the query string of a list’s address', () => {
  it('is not part of the route: the page and its params are the same with or without it', () => {
    expect(parseRoute('#/invoices?status=unpaid&page=3')).toEqual({
      path: 'invoices',
      page: 'invoices',
      params: [],
      malformed: false
    });
    expect(parseRoute('#/domains/a%3Fb?q=x')).toMatchObject({ page: 'domains', params: ['a?b'] });
  });

  it('reads each key once, decoding + and percent escapes, and skips what does not decode', () => {
    expect(
      parseQuery('#/invoices?status=unpaid&q=web+hosting%20pro&status=paid&bad=%E0%A4')
    ).toEqual({ status: 'unpaid', q: 'web hosting pro' });
    expect(parseQuery('#/invoices')).toEqual({});
  });

  it('keeps the query in a link, so a filtered list opens in a new tab as it is', () => {
    expect(routeHref('invoices?status=overdue')).toBe('#/invoices?status=overdue');
    expect(routeHref('/invoices/')).toBe('#/invoices');
  });
});
