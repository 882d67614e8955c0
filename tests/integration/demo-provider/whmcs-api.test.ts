import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { FakeClock } from '../../fakes/fake-clock';
import { callApi, listOf, pageAll, postApi } from './api-client';

const NOW = '2026-11-22T09:00:00Z';
let provider: DemoProvider;
let clock: FakeClock;

beforeAll(async () => {
  clock = new FakeClock(NOW);
  provider = await startDemoProvider({ size: 'demo', seed: 7, clock });
});
afterAll(() => provider.close());

describe('WHMCS classic API authentication', () => {
  it('answers wrong credentials with HTTP 200 and "Authentication Failed"', async () => {
    const res = await postApi(
      provider,
      { action: 'GetInvoices', identifier: 'nope', secret: 'wrong' },
      { auth: 'none' }
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ result: 'error', message: 'Authentication Failed' });
  });

  it('accepts the credentials as username/password and an access key', async () => {
    const reply = await callApi(
      provider,
      {
        action: 'getclientsdetails',
        clientid: 1,
        username: provider.credentials.identifier,
        password: provider.credentials.secret,
        accesskey: provider.credentials.accessKey
      },
      { auth: 'none' }
    );
    expect(reply.result).toBe('success');
  });

  it('answers an unknown action with "Command Not Found"', async () => {
    expect(await callApi(provider, { action: 'DoesNotExist' })).toEqual({
      result: 'error',
      message: 'Command Not Found'
    });
  });

  it('treats the action name case-insensitively', async () => {
    expect((await callApi(provider, { action: 'GETINVOICES' })).result).toBe('success');
  });
});

describe('GetClientsDetails', () => {
  it('returns the EUR client with credit as a decimal string and stats as display strings', async () => {
    const reply = await callApi(provider, {
      action: 'GetClientsDetails',
      clientid: 1,
      stats: 'true'
    });
    const client = reply.client as Record<string, unknown>;
    const stats = reply.stats as Record<string, unknown>;
    expect(client.currency_code).toBe('EUR');
    expect(client.credit).toMatch(/^\d+\.\d{2}$/);
    expect(stats.creditbalance).toBe(`€${String(client.credit)} EUR`);
    expect(stats.paidinvoicesamount).toMatch(/^€[\d,]+\.\d{2} EUR$/);
    expect(stats.numoverdueinvoices).toBeGreaterThan(0);
  });

  it('repeats every client field at the top level, like WHMCS', async () => {
    const reply = await callApi(provider, { action: 'GetClientsDetails', clientid: 1 });
    const client = reply.client as Record<string, unknown>;
    for (const [key, value] of Object.entries(client)) expect(reply[key], key).toEqual(value);
  });

  it('requires a client id or e-mail and reports unknown clients', async () => {
    expect((await callApi(provider, { action: 'GetClientsDetails' })).message).toBe(
      'Either clientid Or email Is Required'
    );
    expect((await callApi(provider, { action: 'GetClientsDetails', clientid: 99 })).message).toBe(
      'Client Not Found'
    );
  });
});

describe('GetInvoices', () => {
  it('pages with limitstart/limitnum until totalresults is reached, without duplicates', async () => {
    const { items, calls, total } = await pageAll(provider, 'GetInvoices', 'invoices', 'invoice');
    expect(total).toBe(provider.data.invoices.length);
    expect(items).toHaveLength(total);
    expect(new Set(items.map((i) => i.id)).size).toBe(total);
    expect(calls).toBe(Math.ceil(total / 7));
  });

  it('answers "invoices": [] when nothing matches', async () => {
    const reply = await callApi(provider, { action: 'GetInvoices', limitstart: 100_000 });
    expect(reply).toMatchObject({ result: 'success', numreturned: 0, invoices: [] });
  });

  it('sends money as strings and no balance field in the list', async () => {
    const [first] = listOf(
      await callApi(provider, { action: 'GetInvoices', limitnum: 1 }),
      'invoices',
      'invoice'
    );
    expect(typeof first?.total).toBe('string');
    expect(first?.total).toMatch(/^\d+\.\d{2}$/);
    expect(first).not.toHaveProperty('balance');
    expect(first?.currencyprefix).toBe('€');
  });

  it('filters by the Overdue pseudo-status: unpaid and past due', async () => {
    const { items } = await pageAll(provider, 'GetInvoices', 'invoices', 'invoice', {
      status: 'Overdue'
    });
    expect(items.length).toBeGreaterThan(0);
    for (const inv of items) {
      expect(inv.status).toBe('Unpaid');
      expect(String(inv.duedate) < '2026-11-22').toBe(true);
    }
    const unpaid = await pageAll(provider, 'GetInvoices', 'invoices', 'invoice', {
      status: 'Unpaid'
    });
    expect(unpaid.items.length).toBeGreaterThan(items.length);
  });

  it('orders by the requested field and direction', async () => {
    const reply = await callApi(provider, {
      action: 'GetInvoices',
      orderby: 'total',
      order: 'asc',
      limitnum: 100
    });
    const totals = listOf(reply, 'invoices', 'invoice').map((i) => Number(i.total));
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
  });

  it('leaves invoicenum empty on drafts, so clients must fall back to the id', async () => {
    const { items } = await pageAll(provider, 'GetInvoices', 'invoices', 'invoice', {
      status: 'Draft'
    });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.invoicenum === '')).toBe(true);
  });

  it('returns every status the brief asks for, PAYU invoices included', () => {
    const statuses = new Set(provider.data.invoices.map((i) => i.status));
    expect([...statuses].sort()).toEqual(['Cancelled', 'Draft', 'Paid', 'Refunded', 'Unpaid']);
  });
});

describe('GetInvoice', () => {
  it('returns items, a balance, and "" for transactions when there are none', async () => {
    const unpaid = provider.data.invoices.find(
      (i) => i.status === 'Unpaid' && i.transactions.length === 0
    );
    const reply = await callApi(provider, { action: 'GetInvoice', invoiceid: unpaid?.id ?? 0 });
    expect(reply.transactions).toBe('');
    expect(reply.balance).toBe(reply.total);
    expect(listOf(reply, 'items', 'item').length).toBeGreaterThan(0);
  });

  it('returns transactions for a paid invoice and a PAYU item describing the month', async () => {
    const payu = provider.data.invoices.find(
      (i) => i.items.some((it) => it.type === 'PAYU') && i.status === 'Paid'
    );
    const reply = await callApi(provider, { action: 'GetInvoice', invoiceid: payu?.id ?? 0 });
    const [item] = listOf(reply, 'items', 'item');
    expect(item?.type).toBe('PAYU');
    expect(item?.description).toMatch(/^Pay-as-you-use usage \d{4}-\d{2}$/);
    const [tx] = listOf(reply, 'transactions', 'transaction');
    expect(tx?.amountin).toBe(reply.total);
    expect(reply.balance).toBe('0.00');
  });

  it('reports an unknown invoice', async () => {
    expect(await callApi(provider, { action: 'GetInvoice', invoiceid: 5 })).toEqual({
      result: 'error',
      message: 'Invoice ID Not Found'
    });
  });
});

describe('GetTransactions and GetCredits', () => {
  it('leaves the transactions key out when there are none', async () => {
    const reply = await callApi(provider, { action: 'GetTransactions', invoiceid: 999_999 });
    expect(reply).toMatchObject({ result: 'success', totalresults: 0, numreturned: 0 });
    expect(reply).not.toHaveProperty('transactions');
  });

  it('lists payments and refunds with counters but no paging', async () => {
    const reply = await callApi(provider, { action: 'GetTransactions', clientid: 1 });
    const list = listOf(reply, 'transactions', 'transaction');
    expect(Number(reply.totalresults)).toBe(list.length);
    expect(list.some((t) => t.amountout !== '0.00' && Number(t.refundid) > 0)).toBe(true);
  });

  it('returns a signed credit log whose sum is the client credit', async () => {
    const reply = await callApi(provider, { action: 'GetCredits', clientid: 1 });
    const sum = listOf(reply, 'credits', 'credit').reduce(
      (s, c) => s + Math.round(Number(c.amount) * 100),
      0
    );
    expect(sum).toBe(provider.data.client.creditMinor);
    expect(reply).not.toHaveProperty('startnumber');
  });
});

describe('GetClientsDomains', () => {
  it('pages to totalresults and shows donotrenew as "0"/"1" and 0000-00-00 for a pending transfer', async () => {
    const { items, total } = await pageAll(provider, 'GetClientsDomains', 'domains', 'domain', {
      clientid: 1
    });
    expect(items).toHaveLength(total);
    expect(new Set(items.map((d) => d.donotrenew))).toEqual(new Set(['0', '1']));
    const pending = items.find((d) => d.status === 'Pending Transfer');
    expect(pending?.expirydate).toBe('0000-00-00');
    expect(typeof items[0]?.recurringamount).toBe('string');
  });

  it('returns "domains": "" when nothing matches', async () => {
    const reply = await callApi(provider, {
      action: 'GetClientsDomains',
      clientid: 1,
      domainid: 99999
    });
    expect(reply.domains).toBe('');
    expect(reply.totalresults).toBe('0');
  });

  it('toggles donotrenew with UpdateClientDomain', async () => {
    const target = provider.data.domains.find((d) => !d.donotrenew && d.status === 'Active');
    await callApi(provider, {
      action: 'UpdateClientDomain',
      domainid: target?.id ?? 0,
      donotrenew: 'true'
    });
    const reply = await callApi(provider, {
      action: 'GetClientsDomains',
      domainid: target?.id ?? 0
    });
    expect(listOf(reply, 'domains', 'domain')[0]?.donotrenew).toBe('1');
  });

  it('renews a domain in grace by N years and makes it Active (RenewDomain and DomainRenew)', async () => {
    const grace = provider.data.domains.find((d) => d.status === 'Grace');
    const before = grace?.expirydate ?? '';
    const reply = await callApi(provider, {
      action: 'RenewDomain',
      domainid: grace?.id ?? 0,
      regperiod: 2
    });
    expect(reply.result).toBe('success');
    const after = listOf(
      await callApi(provider, { action: 'GetClientsDomains', domainid: grace?.id ?? 0 }),
      'domains',
      'domain'
    )[0];
    expect(after?.status).toBe('Active');
    expect(after?.expirydate).toBe(`${Number(before.slice(0, 4)) + 2}${before.slice(4)}`);
    const again = await callApi(provider, {
      action: 'DomainRenew',
      domainid: grace?.id ?? 0,
      regperiod: 1
    });
    expect(again.expirydate).toBe(`${Number(before.slice(0, 4)) + 3}${before.slice(4)}`);
  });
});

describe('DomainRenew refused by the registrar', () => {
  it('says "Registrar Error Message" and puts the registrar\'s text in `error`', async () => {
    const pending = provider.data.domains.find((d) => d.status === 'Pending Transfer');
    const reply = await callApi(provider, { action: 'DomainRenew', domainid: pending?.id ?? 0 });
    expect(reply).toEqual({
      result: 'error',
      message: 'Registrar Error Message',
      error: 'Domain cannot be renewed while Pending Transfer'
    });
  });
});

describe('GetClientsProducts', () => {
  it('answers "products": "" when nothing matches', async () => {
    const reply = await callApi(provider, {
      action: 'GetClientsProducts',
      clientid: 1,
      serviceid: 9999
    });
    expect(reply.result).toBe('success');
    expect(reply.totalresults).toBe('0');
    expect(reply.products).toBe('');
  });

  it("returns each service's control-panel password in clear text, like WHMCS", async () => {
    const reply = await callApi(provider, { action: 'GetClientsProducts', clientid: 1 });
    const passwords = listOf(reply, 'products', 'product').map((p) => p.password);
    expect(passwords).toHaveLength(provider.data.services.length);
    expect(passwords.every((p) => typeof p === 'string' && p.length >= 16)).toBe(true);
    expect(new Set(passwords).size).toBe(passwords.length);
  });

  it('pages services with string counters and amounts, add-ons as config options', async () => {
    const first = await callApi(provider, {
      action: 'GetClientsProducts',
      clientid: 1,
      limitnum: 5
    });
    expect(first.totalresults).toBe(String(provider.data.services.length));
    expect(first.startnumber).toBe(0);
    const { items } = await pageAll(
      provider,
      'GetClientsProducts',
      'products',
      'product',
      { clientid: 1 },
      5
    );
    expect(items).toHaveLength(provider.data.services.length);
    const product = items[0] as Record<string, unknown>;
    for (const key of [
      'pid',
      'name',
      'groupname',
      'domain',
      'status',
      'billingcycle',
      'nextduedate'
    ])
      expect(product).toHaveProperty(key);
    expect(product.recurringamount).toMatch(/^\d+\.\d{2}$/);
    const options = (product.configoptions as { configoption: unknown[] }).configoption;
    expect(options.length).toBeGreaterThan(0);
  });
});
