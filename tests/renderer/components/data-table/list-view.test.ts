import { describe, expect, it } from 'vitest';
import {
  listViewPath,
  readListView,
  type ListUrlSpec
} from '@renderer/components/data-table/list-view';
import { INVOICES_VIEW } from '@renderer/features/invoices/invoices-lib';
import { DOMAINS_VIEW } from '@renderer/features/domains/domains-lib';
import { TICKETS_VIEW } from '@renderer/features/tickets/tickets-lib';
import { listReturnPath } from '@renderer/components/data-table/use-list-view';
import { parseQuery } from '@renderer/lib/router';

/** Writes a view into an address and reads it back. */
function roundTrip<F, S extends string>(spec: ListUrlSpec<F, S>, path: string) {
  const view = readListView(spec, parseQuery(path));
  return { view, path: listViewPath(spec, view) };
}

describe('a list’s view in its address', () => {
  it('leaves the defaults out, so the plain list has the plain address', () => {
    expect(roundTrip(INVOICES_VIEW, 'invoices').path).toBe('invoices');
    expect(roundTrip(TICKETS_VIEW, 'tickets').path).toBe('tickets');
    expect(roundTrip(DOMAINS_VIEW, 'domains').path).toBe('domains');
  });

  it('reads back every filter, the order and the page it wrote', () => {
    const invoices =
      'invoices?status=overdue&q=web+hosting&from=2026-01-01&to=2026-03-31&sort=total&dir=asc&page=3';
    const { view, path } = roundTrip(INVOICES_VIEW, invoices);
    expect(view).toEqual({
      filters: { status: 'overdue', q: 'web hosting', from: '2026-01-01', to: '2026-03-31' },
      order: { sort: 'total', dir: 'asc' },
      page: 2
    });
    expect(path).toBe(invoices);

    const domains = 'domains?within=30&status=grace-period&autorenew=off&q=shop&sort=name&dir=desc';
    expect(roundTrip(DOMAINS_VIEW, domains).view.filters).toEqual({
      within: 30,
      status: 'grace-period',
      autoRenewOffOnly: true,
      search: 'shop'
    });
    expect(roundTrip(DOMAINS_VIEW, domains).path).toBe(domains);
    // The tickets' default is active tickets: "all" is a filter and stays in the address.
    expect(roundTrip(TICKETS_VIEW, 'tickets?status=all').path).toBe('tickets?status=all');
  });

  it('reads what does not parse as its default instead of failing', () => {
    expect(
      readListView(
        INVOICES_VIEW,
        parseQuery('invoices?status=paid;drop&sort=price&dir=up&page=0&from=2026-13&to=x')
      )
    ).toEqual({
      filters: { status: 'all', q: '', from: '', to: '' },
      order: { sort: 'issued', dir: 'desc' },
      page: 0
    });
    expect(readListView(DOMAINS_VIEW, parseQuery('domains?within=5&status=<b>')).filters).toEqual({
      within: 'any',
      status: 'all',
      autoRenewOffOnly: false,
      search: ''
    });
  });
});

describe('the way back to a list (“← All invoices”)', () => {
  it('returns to the list as last seen, and never to another address found in its place', () => {
    const key = 'hostdeck.list-view.invoices';
    window.sessionStorage.removeItem(key);
    expect(listReturnPath('invoices')).toBe('invoices');
    window.sessionStorage.setItem(key, 'invoices?status=paid&page=2');
    expect(listReturnPath('invoices')).toBe('invoices?status=paid&page=2');
    for (const elsewhere of [
      'settings',
      'invoicesx?page=2',
      'https://example.com/',
      'invoices/7'
    ]) {
      window.sessionStorage.setItem(key, elsewhere);
      expect(listReturnPath('invoices')).toBe('invoices');
    }
    window.sessionStorage.removeItem(key);
  });
});
