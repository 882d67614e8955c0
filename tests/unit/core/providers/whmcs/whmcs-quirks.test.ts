/**
 * One block per item of the reference list of how real WHMCS installs answer
 * (shared/reference/whmcs-quirks.md), numbered like the list.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FakeClock } from '@tests/fakes/fake-clock';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import { createClassicClient } from '@main/core/providers/whmcs/classic-client';
import type { WhmcsAdapterConfig } from '@main/core/providers/whmcs/config';
import {
  AuthError,
  IpNotAllowedError,
  NotFoundError,
  ProtocolError,
  ProviderError,
  UnsupportedError
} from '@main/core/providers/errors';
import { accountSummarySchema, domainSchema, invoiceSchema, serviceSchema } from '@shared/model';
import { allPages, classicProvider, FakeWhmcs, fixtureText, reply } from './whmcs-test-kit';

const CONFIG: WhmcsAdapterConfig = {
  baseUrl: 'https://billing.example.com/',
  auth: { mode: 'classic', identifier: 'i', secret: 's', clientId: '7' },
  usage: 'disabled',
  timeZone: 'Europe/Brussels'
};

function adapterFor(http: FakeWhmcs, overrides: Partial<WhmcsAdapterConfig> = {}) {
  return createWhmcsAdapter(
    { ...CONFIG, ...overrides },
    { http, clock: new FakeClock('2026-11-22T09:00:00Z') }
  );
}

/** A JSON reply with the given HTTP status. */
function json(value: unknown, status = 200) {
  return reply(JSON.stringify(value), status);
}

/** The last invoices page as the only one: one invoice, 103. */
function oneInvoicePage(): Record<string, unknown> {
  return { ...fixtureJson('get-invoices-page-2.json'), totalresults: 1, startnumber: 0 };
}

/** A fixture as an object, to vary one field. */
function fixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(fixtureText(name)) as Record<string, unknown>;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error
  );

const items = async <T>(pages: AsyncIterable<{ items: readonly T[] }>) =>
  (await allPages(pages)).flatMap((p) => p.items);

describe('1. errors with `status` instead of `result`', () => {
  it('reads {"status":"error","message":"Invoice ID Not Found"} as not found, never as success', async () => {
    const http = classicProvider().action(
      'GetInvoice',
      json({ status: 'error', message: 'Invoice ID Not Found' })
    );
    const error = await failure(adapterFor(http).getInvoice('404'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ kind: 'not-found', message: 'Invoice ID Not Found' });
  });

  it('reads {"status":"error","message":"Client ID Not Found"} on a list the same way', async () => {
    const http = classicProvider().action(
      'GetCredits',
      json({ status: 'error', message: 'Client ID Not Found' })
    );
    await expect(allPages(adapterFor(http).pages('credits'))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('2. authentication failures with HTTP 403 or 400 and a JSON body', () => {
  it.each([
    [403, 'Authentication Failed', AuthError],
    [400, 'Invalid or missing credentials', AuthError],
    [403, 'Invalid administrative identifier', AuthError],
    [403, 'Administrator Account Disabled', AuthError],
    [403, 'Access Denied', AuthError],
    [400, 'Invalid Access Key', AuthError],
    [403, 'IP Banned', IpNotAllowedError],
    [400, 'Invalid IP 203.0.113.9', IpNotAllowedError],
    [200, 'Invalid or missing credentials', AuthError],
    [200, 'IP Banned', IpNotAllowedError]
  ])('HTTP %i "%s" is %o', async (status, message, type) => {
    const http = new FakeWhmcs().action(
      'GetClientsDetails',
      json({ result: 'error', message }, status)
    );
    const error = await failure(adapterFor(http).getAccount());
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toContain(message);
  });

  it('gives the connection test the verdict the body names, not the status', async () => {
    const wrongSecret = new FakeWhmcs().action(
      'GetClientsDetails',
      json({ result: 'error', message: 'Authentication Failed' }, 403)
    );
    await expect(adapterFor(wrongSecret).testConnection()).resolves.toMatchObject({
      ok: false,
      reason: 'auth'
    });
    const wrongAddress = new FakeWhmcs().action(
      'GetClientsDetails',
      json({ result: 'error', message: 'Invalid IP 203.0.113.9' }, 400)
    );
    await expect(adapterFor(wrongAddress).testConnection()).resolves.toMatchObject({
      ok: false,
      reason: 'ip-not-allowed'
    });
  });
});

describe('3. other errors: HTTP 200 with result "error"', () => {
  it.each([
    'Command Not Found',
    'Invalid API Command Value',
    'API Command Restricted to Internal API'
  ])('"%s" means the action is not offered', async (message) => {
    const http = classicProvider().action('GetTransactions', json({ result: 'error', message }));
    await expect(allPages(adapterFor(http).pages('transactions'))).rejects.toBeInstanceOf(
      UnsupportedError
    );
  });

  it('says the provider could not encode its own data, not that our input was invalid', async () => {
    const message =
      'Error generating JSON encoded response: Malformed UTF-8 characters, possibly incorrectly encoded';
    const http = classicProvider().action('GetInvoices', json({ result: 'error', message }));
    const error = await failure(allPages(adapterFor(http).pages('invoices')));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'provider', providerMessage: message });
    expect((error as Error).message).toMatch(/could not encode its GetInvoices reply/);
  });
});

describe('4. warnings', () => {
  it('accepts a success that carries a warning next to the data', async () => {
    const page = { ...oneInvoicePage(), warning: 'This API is deprecated' };
    const http = classicProvider().action('GetInvoices', json(page));
    expect((await items(adapterFor(http).pages('invoices'))).map((i) => i.id)).toEqual(['103']);
  });

  it('reads a reply with only a warning as a provider failure that keeps its text', async () => {
    const warning = 'GetClientsProducts requires the clientid parameter';
    const http = classicProvider().action('GetClientsProducts', json({ warning }));
    const error = await failure(allPages(adapterFor(http).pages('services')));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ providerMessage: warning });
  });
});

describe('5. DomainRenew', () => {
  const renewing = { domainRenewAction: true } as const;

  it('calls the real admin command and reports the registrar text hidden in `error`', async () => {
    const http = classicProvider().action(
      'DomainRenew',
      json({
        result: 'error',
        message: 'Registrar Error Message',
        error: 'Domain is locked at the registry (clientTransferProhibited)'
      })
    );
    const error = await failure(adapterFor(http, renewing).renewDomain!('11'));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      providerMessage: 'Domain is locked at the registry (clientTransferProhibited)'
    });
    expect((error as Error).message).not.toMatch(/^Registrar Error Message$/);
    expect(http.calls('DomainRenew')[0]?.params).toMatchObject({ domainid: '11', regperiod: '1' });
  });

  it('accepts a success with registrar module values merged into the top level', async () => {
    const http = classicProvider().action(
      'DomainRenew',
      json({ result: 'success', domainid: 11, eppcode: '', registrar_order: { id: 9 }, x: null })
    );
    await expect(adapterFor(http, renewing).renewDomain!('11')).resolves.toBeUndefined();
  });
});

describe('6. counts, ids and money as strings or numbers', () => {
  it('pages the same whether counters and ids are strings or numbers', async () => {
    const first = fixtureJson('get-invoices-page-1.json');
    const asStrings = { ...first, totalresults: '3', startnumber: '0', numreturned: '2' };
    const asNumbers = { ...first, totalresults: 3, startnumber: 0, numreturned: 2 };
    for (const page1 of [asStrings, asNumbers]) {
      const http = classicProvider().action(
        'GetInvoices',
        json(page1),
        json(fixtureJson('get-invoices-page-2.json'))
      );
      const pages = await allPages(adapterFor(http).pages('invoices', { pageSize: 2 }));
      expect(pages.map((p) => [p.offset, p.nextOffset, p.total])).toEqual([
        [0, 2, 3],
        [2, null, 3]
      ]);
      for (const invoice of pages.flatMap((p) => p.items)) {
        expect(typeof invoice.id).toBe('string');
        expect(invoiceSchema.safeParse(invoice).success).toBe(true);
      }
    }
  });

  it('reads money with any number of decimals exactly', async () => {
    const page = fixtureJson('get-clients-products.json');
    const products = (page.products as { product: Record<string, unknown>[] }).product;
    products[0] = { ...products[0], recurringamount: '11.000' };
    products[1] = { ...products[1], recurringamount: '1.00000' };
    const http = classicProvider().action('GetClientsProducts', json(page));
    const services = await items(adapterFor(http).pages('services'));
    expect(services.map((s) => s.recurringAmount?.amountMinor)).toEqual([1100, 100]);
  });
});

describe('7. booleans as true/false, 1/0 and "1"/"0"', () => {
  it('reads every spelling of donotrenew', async () => {
    const spellings = [true, false, 1, 0, '1', '0'];
    const domain = (fixtureJson('get-clients-domains.json').domains as { domain: object[] })
      .domain[0];
    const page = {
      result: 'success',
      totalresults: spellings.length,
      numreturned: spellings.length,
      domains: { domain: spellings.map((donotrenew, i) => ({ ...domain, id: i + 1, donotrenew })) }
    };
    const http = classicProvider().action('GetClientsDomains', json(page));
    const domains = await items(adapterFor(http).pages('domains'));
    expect(domains.map((d) => d.autoRenew)).toEqual([false, true, false, true, false, true]);
  });
});

describe('8. empty values', () => {
  it('reads 0000-00-00, null, "null" and "" as no date and "-1.00" as no price', async () => {
    const domain = (fixtureJson('get-clients-domains.json').domains as { domain: object[] })
      .domain[0];
    const page = {
      result: 'success',
      totalresults: 4,
      domains: {
        domain: [
          { ...domain, id: 1, expirydate: '0000-00-00', recurringamount: '-1.00' },
          { ...domain, id: 2, expirydate: '0000-00-00 00:00:00', recurringamount: null },
          { ...domain, id: 3, expirydate: null, recurringamount: 'null', donotrenew: null },
          { ...domain, id: 4, expirydate: 'null', recurringamount: '', donotrenew: 'null' }
        ]
      }
    };
    const http = classicProvider().action('GetClientsDomains', json(page));
    const domains = await items(adapterFor(http).pages('domains'));
    expect(domains.map((d) => [d.expiresOn, d.recurringAmount, d.autoRenew])).toEqual([
      [null, null, true],
      [null, null, true],
      [null, null, null],
      [null, null, null]
    ]);
    for (const d of domains) expect(domainSchema.safeParse(d).success).toBe(true);
  });

  it('refuses a date that is no calendar day instead of passing it on', async () => {
    const domain = (fixtureJson('get-clients-domains.json').domains as { domain: object[] })
      .domain[0];
    const page = {
      result: 'success',
      domains: { domain: [{ ...domain, expirydate: '2026-02-30' }] }
    };
    const http = classicProvider().action('GetClientsDomains', json(page));
    await expect(allPages(adapterFor(http).pages('domains'))).rejects.toThrow(
      /expirydate: not a date: "2026-02-30"/
    );
  });
});

describe('9. GetClientsDetails stats are display text', () => {
  it('takes the credit from client.credit and never from stats, with any currency padding', async () => {
    const details = fixtureJson('get-clients-details.json');
    const client = { ...(details.client as object), credit: '2645.80', currency_code: ' IDR ' };
    const stats = { creditbalance: 'Rp 99.999,00 ', dueinvoicesbalance: '$2645.80 USD' };
    const http = new FakeWhmcs().action('GetClientsDetails', json({ ...details, client, stats }));
    const account = await adapterFor(http).getAccount();
    // In rupiah, which have no minor digits (currencyFractionDigits): 2,645.80 is 2,646.
    expect(account.creditBalance).toEqual({ amountMinor: 2646, currency: 'IDR' });
    expect(accountSummarySchema.safeParse(account).success).toBe(true);
  });
});

describe('10. wrapped lists', () => {
  const row = (id: number) => ({
    ...(fixtureJson('get-clients-products.json').products as { product: object[] }).product[0],
    id
  });

  it.each([
    ['a one-element array', { product: [row(1)] }, ['1']],
    ['a lone object', { product: row(1) }, ['1']],
    ['a PHP array with gaps in its keys', { product: { 0: row(1), 2: row(3) } }, ['1', '3']]
  ])('reads %s', async (_label, products, ids) => {
    const http = classicProvider().action(
      'GetClientsProducts',
      json({ result: 'success', products })
    );
    expect((await items(adapterFor(http).pages('services'))).map((s) => s.id)).toEqual(ids);
  });

  it('refuses a wrapper under another name instead of reading it as an empty list', async () => {
    const http = classicProvider().action(
      'GetClientsProducts',
      json({ result: 'success', totalresults: 1, products: { service: [row(1)] } })
    );
    await expect(allPages(adapterFor(http).pages('services'))).rejects.toBeInstanceOf(
      ProtocolError
    );
  });
});

describe("11. each action's own empty list", () => {
  const none = { result: 'success', totalresults: '0', startnumber: 0, numreturned: 0 };
  it.each([
    ['GetClientsDomains', 'domains', { ...none, domains: '' }],
    ['GetClientsProducts', 'services', { ...none, products: '' }],
    ['GetInvoices', 'invoices', { ...none, invoices: [] }],
    ['GetTickets', 'tickets', none],
    ['GetTransactions', 'transactions', none],
    ['GetSupportDepartments', 'departments', { result: 'success', totalresults: 0 }],
    ['GetCredits', 'credits', { result: 'success', totalresults: 0, credits: { credit: [] } }]
  ] as const)('%s answering %j is one empty page', async (action, entity, body) => {
    const http = new FakeWhmcs()
      .action('GetClientsDetails', reply(fixtureText('get-clients-details.json')))
      .action('GetSupportDepartments', json({ result: 'success', totalresults: 0 }))
      .action(action, json(body));
    const pages = await allPages(adapterFor(http).pages(entity));
    expect(pages).toEqual([{ items: [], offset: 0, nextOffset: null, total: 0 }]);
  });

  it('reads GetInvoice without transactions ("") and without items (absent)', async () => {
    const invoice = fixtureJson('get-invoice.json');
    delete invoice.items;
    const http = classicProvider().action('GetInvoice', json({ ...invoice, transactions: '' }));
    const detail = await adapterFor(http).getInvoice('101');
    expect([detail.lines, detail.payments]).toEqual([[], []]);
  });

  it('reads GetTicket with "notes": []', async () => {
    const http = classicProvider().action(
      'GetTicket',
      json({ ...fixtureJson('get-ticket.json'), notes: [] })
    );
    expect((await adapterFor(http).getTicket('41')).messages).toHaveLength(4);
  });
});

describe('12. GetTransactions is not paged', () => {
  it('asks once, without limitstart, and resumes by skipping rows already stored', async () => {
    const http = classicProvider().action(
      'GetTransactions',
      reply(fixtureText('get-transactions.json'))
    );
    const pages = await allPages(adapterFor(http).pages('transactions', { startOffset: 1 }));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.items.map((t) => t.id)).toEqual(['9002']);
    expect(pages[0]?.nextOffset).toBeNull();
    expect(http.calls('GetTransactions')[0]?.params).not.toHaveProperty('limitstart');
  });
});

describe('13. control-panel passwords in GetClientsProducts', () => {
  it('drops every password from a decoded reply before any schema sees it', async () => {
    const http = new FakeWhmcs().action(
      'GetClientsProducts',
      reply(fixtureText('get-clients-products.json'))
    );
    const client = createClassicClient({
      baseUrl: 'https://billing.example.com/',
      http,
      clock: new FakeClock(),
      auth: () => ({ kind: 'credentials', identifier: 'i', secret: 's' })
    });
    const raw = await client.call('GetClientsProducts', {}, z.looseObject({}), {
      idempotent: true
    });
    expect(fixtureText('get-clients-products.json')).toContain('should-not-leak');
    expect(JSON.stringify(raw)).not.toContain('should-not-leak');
    expect(JSON.stringify(raw)).not.toContain('"password"');
  });

  it('drops a password whose key is spelled with JSON escapes or in capitals', async () => {
    for (const key of ['"p\\u0061ssword"', '"PASSWORD"', '"\\u0050assWord"']) {
      const text = fixtureText('get-clients-products.json').replace('"password"', key);
      expect(text).not.toContain('"password"');
      const http = new FakeWhmcs().action('GetClientsProducts', reply(text));
      const client = createClassicClient({
        baseUrl: 'https://billing.example.com/',
        http,
        clock: new FakeClock(),
        auth: () => ({ kind: 'credentials', identifier: 'i', secret: 's' })
      });
      const raw = await client.call('GetClientsProducts', {}, z.looseObject({}), {
        idempotent: true
      });
      expect(JSON.stringify(raw)).not.toContain('should-not-leak');
    }
  });

  it('keeps the password out of the error when the page is refused', async () => {
    const page = fixtureJson('get-clients-products.json');
    const products = (page.products as { product: Record<string, unknown>[] }).product;
    products[0] = { ...products[0], recurringamount: 'twelve', password: 'hunter2-leak' };
    const http = classicProvider().action('GetClientsProducts', json(page));
    const error = await failure(allPages(adapterFor(http).pages('services')));
    expect(error).toBeInstanceOf(ProtocolError);
    expect(
      JSON.stringify({ ...(error as object), message: (error as Error).message })
    ).not.toContain('hunter2-leak');
  });

  it('lists services without any password', async () => {
    const http = classicProvider().action(
      'GetClientsProducts',
      reply(fixtureText('get-clients-products.json'))
    );
    const services = await items(adapterFor(http).pages('services'));
    expect(JSON.stringify(services)).not.toContain('should-not-leak');
    for (const s of services) expect(serviceSchema.safeParse(s).success).toBe(true);
  });
});

describe('14. GetClientsDetails answers every field twice', () => {
  const details = fixtureJson('get-clients-details.json');
  const client = details.client as Record<string, unknown>;

  it('reads a reply with both copies from `client`', async () => {
    const both = { ...details, ...client, firstname: 'Top', fullname: 'Top Level', client };
    const http = new FakeWhmcs().action('GetClientsDetails', json(both));
    expect((await adapterFor(http).getAccount()).name).toBe('Ada Reseller');
  });

  it('fills a field `client` lacks from the top-level copy', async () => {
    const { currency_code: code, ...rest } = client;
    const http = new FakeWhmcs().action(
      'GetClientsDetails',
      json({
        result: 'success',
        ...client,
        currency_code: code,
        client: { ...rest, currency_code: '' }
      })
    );
    expect((await adapterFor(http).getAccount()).currency).toBe('EUR');
  });

  it('reads an older install that sends only the top-level copy', async () => {
    const http = new FakeWhmcs().action(
      'GetClientsDetails',
      json({ result: 'success', ...client })
    );
    expect(await adapterFor(http).getAccount()).toMatchObject({
      id: '7',
      name: 'Ada Reseller',
      creditBalance: { amountMinor: 1250, currency: 'EUR' }
    });
  });
});

describe('15. department assignments', () => {
  it('sends ignore_dept_assignments=1 with GetTickets and GetSupportDepartments', async () => {
    const http = classicProvider()
      .action('GetTickets', reply(fixtureText('get-tickets.json')))
      .action('GetTicket', reply(fixtureText('get-ticket.json')));
    const adapter = adapterFor(http);
    await allPages(adapter.pages('tickets'));
    await allPages(adapter.pages('departments'));
    await adapter.findTicketByMarker('Mail bounces on ada.example', 'open-7f3a');
    const sent = [...http.calls('GetTickets'), ...http.calls('GetSupportDepartments')];
    expect(sent.length).toBeGreaterThanOrEqual(4);
    for (const call of sent) expect(call.params.ignore_dept_assignments).toBe('1');
  });
});

describe('16. AddTicketReply answers only {"result":"success"}', () => {
  it('marks the reply so it can be found again in GetTicket', async () => {
    const http = classicProvider()
      .action('AddTicketReply', json({ result: 'success' }))
      .action('GetTicket', reply(fixtureText('get-ticket.json')));
    const adapter = adapterFor(http);
    await adapter.replyToTicket('41', { message: 'Thanks!', clientMarker: 'reply-0193' });
    expect(http.calls('AddTicketReply')[0]?.params.message).toMatch(/\[hd:reply-0193\]$/);
    expect((await adapter.findReplyByMarker('41', 'reply-0193'))?.id).toBe('303');
  });
});

describe('17. GetTicket replies', () => {
  it('puts the opening message first even when the replies come newest first', async () => {
    const ticket = fixtureJson('get-ticket.json');
    const replies = ticket.replies as { reply: object[] };
    const reversed = { ...ticket, replies: { reply: [...replies.reply].reverse() } };
    const http = classicProvider().action('GetTicket', json(reversed));
    const thread = await adapterFor(http).getTicket('41');
    expect(thread.messages.map((m) => m.id)).toEqual(['0', '301', '302', '303']);
    expect(thread.messages[1]?.attachments).toEqual([]);
  });
});

describe('18. message text', () => {
  it('normalizes CRLF, keeps leading spaces and decodes \\/ and \\u00a3 escapes', async () => {
    const body =
      '{"result":"success","ticketid":41,"tid":"1","userid":7,"subject":"Price","status":"Open",' +
      '"replies":{"reply":[{"replyid":"0","userid":7,"name":"Ada","date":"2026-11-20 06:26:29",' +
      '"message":"  indented\\r\\nhttps:\\/\\/ada.example costs \\u00a35","admin":"","attachments":[[]]}]}}';
    const http = classicProvider().action('GetTicket', reply(body));
    const [message] = (await adapterFor(http).getTicket('41')).messages;
    expect(message?.body).toBe('  indented\nhttps://ada.example costs £5');
  });
});

describe('19. field names that differ between actions', () => {
  it('reads GetInvoice (lastcaptureattempt) and GetInvoices (last_capture_attempt) alike', async () => {
    const detail = {
      ...fixtureJson('get-invoice.json'),
      lastcaptureattempt: '2026-11-01 10:00:00'
    };
    const list = oneInvoicePage();
    const rows = (list.invoices as { invoice: Record<string, unknown>[] }).invoice;
    rows[0] = { ...rows[0], last_capture_attempt: '0000-00-00 00:00:00' };
    const http = classicProvider()
      .action('GetInvoice', json(detail))
      .action('GetInvoices', json(list));
    const adapter = adapterFor(http);
    await expect(adapter.getInvoice('101')).resolves.toMatchObject({ id: '101' });
    expect((await items(adapter.pages('invoices'))).map((i) => i.id)).toEqual(['103']);
  });
});
