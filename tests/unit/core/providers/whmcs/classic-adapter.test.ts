import { describe, expect, it } from 'vitest';
import { FakeClock } from '@tests/fakes/fake-clock';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import type { WhmcsAdapterConfig } from '@main/core/providers/whmcs/config';
import { NotFoundError, ProtocolError, ValidationError } from '@main/core/providers/errors';
import {
  accountSummarySchema,
  domainSchema,
  invoiceDetailSchema,
  invoiceSchema,
  serviceSchema,
  ticketSchema,
  ticketSummarySchema
} from '@shared/model';
import { formatMoney } from '@shared/money';
import {
  allPages,
  classicProvider,
  fixture,
  fixtureText,
  reply,
  FakeWhmcs
} from './whmcs-test-kit';

const config: WhmcsAdapterConfig = {
  baseUrl: 'https://billing.example.com/whmcs',
  auth: {
    mode: 'classic',
    identifier: 'id-abc',
    secret: 's3cr3t',
    accessKey: 'k!ey',
    clientId: '7'
  },
  timeZone: 'Europe/Brussels'
};

function adapterFor(http: FakeWhmcs, overrides: Partial<WhmcsAdapterConfig> = {}) {
  return createWhmcsAdapter(
    { ...config, ...overrides },
    { http, clock: new FakeClock('2026-11-22T09:00:00Z') }
  );
}

describe('WHMCS classic adapter', () => {
  it('posts form-encoded JSON calls to includes/api.php with the API credentials and the client scope', async () => {
    const http = classicProvider();
    await adapterFor(http).getAccount();
    const [call] = http.calls('GetClientsDetails');
    expect(call?.url).toBe('https://billing.example.com/whmcs/includes/api.php');
    expect(call?.method).toBe('POST');
    expect(call?.headers?.['content-type']).toBe('application/x-www-form-urlencoded');
    expect(call?.params).toMatchObject({
      responsetype: 'json',
      identifier: 'id-abc',
      secret: 's3cr3t',
      accesskey: 'k!ey',
      clientid: '7'
    });
  });

  it('reads the credit balance from client.credit and ignores the formatted stats strings', async () => {
    const account = await adapterFor(classicProvider()).getAccount();
    expect(account).toEqual({
      id: '7',
      name: 'Ada Reseller',
      companyName: 'Ada Hosting BV',
      email: 'ada@example.com',
      currency: 'EUR',
      creditBalance: { amountMinor: 1250, currency: 'EUR' },
      status: 'active'
    });
    expect(accountSummarySchema.safeParse(account).success).toBe(true);
  });

  it('pages invoices with limitstart/limitnum until startnumber + numreturned reaches totalresults', async () => {
    const http = classicProvider().action(
      'GetInvoices',
      fixture('get-invoices-page-1.json'),
      fixture('get-invoices-page-2.json')
    );
    const pages = await allPages(adapterFor(http).pages('invoices', { pageSize: 2 }));
    expect(pages.map((p) => [p.offset, p.nextOffset, p.total, p.items.length])).toEqual([
      [0, 2, 3, 2],
      [2, null, 3, 1]
    ]);
    expect(
      http
        .calls('GetInvoices')
        .map((c) => [c.params.limitstart, c.params.limitnum, c.params.userid])
    ).toEqual([
      ['0', '2', '7'],
      ['2', '2', '7']
    ]);
    for (const invoice of pages.flatMap((p) => p.items))
      expect(invoiceSchema.safeParse(invoice).success).toBe(true);
  });

  it('normalizes invoice quirks: empty invoicenum, zero dates, string and number money, split taxes, no list balance', async () => {
    const http = classicProvider().action(
      'GetInvoices',
      fixture('get-invoices-page-1.json'),
      fixture('get-invoices-page-2.json')
    );
    const [first, second, third] = (
      await allPages(adapterFor(http).pages('invoices', { pageSize: 2 }))
    ).flatMap((p) => p.items);
    expect(first).toMatchObject({
      id: '101',
      number: '101',
      issuedOn: '2026-10-01',
      dueOn: '2026-10-15',
      paidAt: null,
      status: 'unpaid',
      isOverdue: true,
      subtotal: { amountMinor: 1595, currency: 'EUR' },
      tax: { amountMinor: 345, currency: 'EUR' },
      total: { amountMinor: 1940, currency: 'EUR' },
      balance: null,
      paymentMethod: 'paypalcheckout'
    });
    expect(second).toMatchObject({
      id: '102',
      number: 'INV-2026-0102',
      paidAt: '2026-11-02T14:05:09Z',
      status: 'paid',
      isOverdue: false
    });
    expect(second?.subtotal.amountMinor).toBe(12000);
    expect(third).toMatchObject({
      status: 'payment_pending',
      isOverdue: false,
      paymentMethod: null
    });
  });

  it('resumes a listing from a stored offset', async () => {
    const http = classicProvider().action('GetInvoices', fixture('get-invoices-page-2.json'));
    const pages = await allPages(
      adapterFor(http).pages('invoices', { startOffset: 2, pageSize: 2 })
    );
    expect(http.calls('GetInvoices')[0]?.params.limitstart).toBe('2');
    expect(pages).toHaveLength(1);
    expect(pages[0]?.items.map((i) => i.id)).toEqual(['103']);
  });

  it.each([
    'get-invoices-empty-string.json',
    'get-invoices-empty-wrapper.json',
    'get-invoices-missing-list.json'
  ])('treats %s as one empty last page', async (name) => {
    const http = classicProvider().action('GetInvoices', fixture(name));
    const pages = await allPages(adapterFor(http).pages('invoices'));
    expect(pages).toEqual([{ items: [], offset: 0, nextOffset: null, total: 0 }]);
  });

  it('rejects an unknown invoice status or an unreadable amount as a ProtocolError naming the problem', async () => {
    const odd = classicProvider().action(
      'GetInvoices',
      fixture('get-invoices-unknown-status.json')
    );
    await expect(allPages(adapterFor(odd).pages('invoices'))).rejects.toThrow(
      /Unknown invoice status "Haunted"/
    );
    const bad = classicProvider().action('GetInvoices', fixture('get-invoices-bad-amount.json'));
    const error = await allPages(adapterFor(bad).pages('invoices')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as Error).message).toMatch(
      /GetInvoices.*invoices\.0\.subtotal.*not a decimal amount/
    );
  });

  it('reads an invoice with its lines, its balance and an empty "" transaction list', async () => {
    const http = classicProvider().action('GetInvoice', fixture('get-invoice.json'));
    const invoice = await adapterFor(http).getInvoice('101');
    expect(http.calls('GetInvoice')[0]?.params.invoiceid).toBe('101');
    expect(invoice.balance).toEqual({ amountMinor: 1940, currency: 'EUR' });
    expect(invoice.lines).toEqual([
      {
        id: '501',
        type: 'Hosting',
        relatedId: '31',
        description: expect.stringContaining('Reseller Pro') as string,
        amount: { amountMinor: 1295, currency: 'EUR' },
        taxed: true
      },
      {
        id: '502',
        type: '',
        relatedId: null,
        description: 'Setup fee',
        amount: { amountMinor: 300, currency: 'EUR' },
        taxed: false
      }
    ]);
    expect(invoice.payments).toEqual([]);
    expect(invoiceDetailSchema.safeParse(invoice).success).toBe(true);
  });

  it("turns an unpaid invoice overdue at the reseller's midnight after its due date, to the millisecond", async () => {
    const http = classicProvider().action('GetInvoice', fixture('get-invoice.json'));
    // Due 2026-10-15; Brussels is at UTC+2 until the 25th.
    const clock = new FakeClock('2026-10-15T21:59:59.999Z');
    const adapter = createWhmcsAdapter(config, { http, clock });
    expect((await adapter.getInvoice('101')).isOverdue).toBe(false);
    clock.advance(1);
    expect((await adapter.getInvoice('101')).isOverdue).toBe(true);
  });

  it('maps the payments of a paid invoice', async () => {
    const http = classicProvider().action('GetInvoice', fixture('get-invoice-with-payments.json'));
    const invoice = await adapterFor(http).getInvoice('102');
    expect(invoice.payments).toEqual([
      {
        id: '9001',
        date: '2026-11-02T14:05:09Z',
        description: 'Invoice Payment',
        gateway: 'banktransfer',
        amountIn: { amountMinor: 10000, currency: 'EUR' },
        amountOut: { amountMinor: 0, currency: 'EUR' },
        fees: { amountMinor: 0, currency: 'EUR' },
        invoiceId: '102',
        reference: 'BT-7781'
      }
    ]);
  });

  it('never returns another client\'s invoice, and maps "Invoice ID Not Found" to NotFoundError', async () => {
    const other = classicProvider().action('GetInvoice', fixture('get-invoice-other-client.json'));
    await expect(adapterFor(other).getInvoice('999')).rejects.toBeInstanceOf(NotFoundError);
    const missing = classicProvider().action('GetInvoice', fixture('error-invoice-not-found.json'));
    await expect(adapterFor(missing).getInvoice('5')).rejects.toMatchObject({
      kind: 'not-found',
      message: 'Invoice ID Not Found'
    });
  });

  it('normalizes domains: autoRenew from donotrenew, statuses, 0000-00-00 dates and empty registrars', async () => {
    const http = classicProvider().action('GetClientsDomains', fixture('get-clients-domains.json'));
    const domains = (await allPages(adapterFor(http).pages('domains'))).flatMap((p) => p.items);
    expect(domains.map((d) => [d.name, d.status, d.autoRenew, d.expiresOn, d.nextDueOn])).toEqual([
      ['ada.example', 'active', true, '2026-12-01', '2026-11-17'],
      ['old-shop.example', 'grace', false, '2026-11-10', '2026-11-10'],
      ['lost.example', 'redemption', false, '2026-10-01', '2026-10-01'],
      ['incoming.example', 'pending_transfer', null, null, null]
    ]);
    expect(domains[1]).toMatchObject({
      registrar: null,
      recurringAmount: { amountMinor: 1500, currency: 'EUR' },
      registeredOn: '2020-01-01'
    });
    for (const d of domains) expect(domainSchema.safeParse(d).success).toBe(true);
  });

  it('normalizes services and never carries the service password', async () => {
    const http = classicProvider().action(
      'GetClientsProducts',
      fixture('get-clients-products.json')
    );
    const services = (await allPages(adapterFor(http).pages('services'))).flatMap((p) => p.items);
    expect(services[0]).toEqual({
      id: '31',
      name: 'Reseller Pro',
      productId: '5',
      group: 'Reseller Hosting',
      domain: 'ada.example',
      status: 'active',
      billingCycle: 'Monthly',
      registeredOn: '2025-01-10',
      nextDueOn: '2026-12-01',
      recurringAmount: { amountMinor: 1295, currency: 'EUR' },
      // diskusage/disklimit "0": nothing used, no limit set.
      usage: { diskUsedMb: 0, diskLimitMb: null, bandwidthUsedMb: 0, bandwidthLimitMb: null }
    });
    expect(services[1]).toMatchObject({
      name: 'Starter',
      group: null,
      domain: null,
      status: 'terminated',
      nextDueOn: null
    });
    expect(JSON.stringify(services)).not.toContain('should-not-leak');
    for (const s of services) expect(serviceSchema.safeParse(s).success).toBe(true);
  });

  it('lists tickets with department names joined and an open-ended status set', async () => {
    const http = classicProvider().action('GetTickets', fixture('get-tickets.json'));
    const tickets = (await allPages(adapterFor(http).pages('tickets'))).flatMap((p) => p.items);
    expect(tickets[0]).toMatchObject({
      id: '41',
      publicId: '516757',
      departmentName: 'Technical Support',
      status: 'Answered',
      priority: 'high',
      awaitingCustomer: true,
      isClosed: false,
      openedAt: '2026-11-20T06:26:29Z',
      lastReplyAt: '2026-11-21T09:30:16Z'
    });
    expect(tickets[1]).toMatchObject({
      id: '42',
      publicId: '42',
      departmentName: 'Sales',
      status: 'Escalated to L3',
      priority: 'unknown',
      awaitingCustomer: false,
      lastReplyAt: null
    });
    expect(http.calls('GetTickets')[0]?.params).toMatchObject({
      clientid: '7',
      ignore_dept_assignments: '1'
    });
    for (const t of tickets) expect(ticketSummarySchema.safeParse(t).success).toBe(true);
  });

  it('reads a ticket thread: opening message, staff by admin or Operator, [[]] attachments, no staff notes', async () => {
    const http = classicProvider().action('GetTicket', fixture('get-ticket.json'));
    const ticket = await adapterFor(http).getTicket('41');
    expect(
      ticket.messages.map((m) => [
        m.id,
        m.author.kind,
        m.author.name,
        m.attachments.length,
        m.clientMarker
      ])
    ).toEqual([
      ['0', 'customer', 'Ada Reseller', 1, 'open-7f3a'],
      ['301', 'staff', 'Sam Support', 0, null],
      ['302', 'staff', 'Demo Admin', 0, null],
      ['303', 'customer', 'Ada Reseller', 0, 'reply-0193']
    ]);
    expect(ticket.messages[0]?.body).toBe('Hello,\nmail to info@ada.example bounces.');
    expect(ticket.messages[0]?.attachments).toEqual([{ index: 0, filename: 'bounce.eml' }]);
    expect(ticket.messages[1]?.body).toBe('Looking into it.\n[hd:not-ours]');
    expect(JSON.stringify(ticket)).not.toContain('INTERNAL');
    expect(ticket.departmentName).toBe('Technical Support');
    expect(ticketSchema.safeParse(ticket).success).toBe(true);
  });

  it("never returns another client's ticket", async () => {
    const http = classicProvider().action('GetTicket', fixture('get-ticket-other-client.json'));
    await expect(adapterFor(http).getTicket('77')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('opens a ticket as the client with the marker trailer and a WHMCS priority, without marking it retryable', async () => {
    const http = classicProvider().action('OpenTicket', fixture('open-ticket.json'));
    const opened = await adapterFor(http).openTicket({
      departmentId: '2',
      subject: 'Help',
      message: 'Site down  \n',
      priority: 'high',
      clientMarker: 'm-1'
    });
    expect(opened).toEqual({ id: '43', publicId: '782211' });
    const [call] = http.calls('OpenTicket');
    expect(call?.params).toMatchObject({
      deptid: '2',
      subject: 'Help',
      message: 'Site down\n\n[hd:m-1]',
      clientid: '7',
      priority: 'High'
    });
    expect((call as { idempotent?: boolean }).idempotent).toBe(false);
  });

  it('replies as the client and finds the reply again by its marker', async () => {
    const http = classicProvider()
      .action('AddTicketReply', fixture('add-ticket-reply.json'))
      .action('GetTicket', fixture('get-ticket.json'));
    const adapter = adapterFor(http);
    await adapter.replyToTicket('41', { message: 'Thanks!', clientMarker: 'reply-0193' });
    expect(http.calls('AddTicketReply')[0]?.params).toMatchObject({
      ticketid: '41',
      clientid: '7',
      message: 'Thanks!\n\n[hd:reply-0193]'
    });
    expect((await adapter.findReplyByMarker('41', 'reply-0193'))?.id).toBe('303');
    // A marker-looking line in a staff reply is not ours.
    expect(await adapter.findReplyByMarker('41', 'not-ours')).toBeNull();
  });

  it('finds a ticket it opened by subject and the marker on the opening message', async () => {
    const http = classicProvider()
      .action('GetTickets', fixture('get-tickets.json'))
      .action('GetTicket', fixture('get-ticket.json'));
    const found = await adapterFor(http).findTicketByMarker(
      'Mail bounces on ada.example',
      'open-7f3a'
    );
    expect(found?.id).toBe('41');
    expect(http.calls('GetTickets')[0]?.params.subject).toBe('Mail bounces on ada.example');
  });

  it('refuses empty ticket input before calling the provider', async () => {
    const http = classicProvider();
    await expect(adapterFor(http).replyToTicket('41', { message: '  ' })).rejects.toBeInstanceOf(
      ValidationError
    );
    await expect(
      adapterFor(http).openTicket({
        departmentId: '1',
        subject: 'x',
        message: 'y',
        clientMarker: 'bad marker!'
      })
    ).rejects.toBeInstanceOf(ValidationError);
    expect(http.calls('AddTicketReply')).toHaveLength(0);
    expect(http.calls('OpenTicket')).toHaveLength(0);
  });

  it('lists signed credit entries and transactions as single pages in the client currency', async () => {
    const http = classicProvider()
      .action('GetCredits', fixture('get-credits.json'))
      .action('GetTransactions', fixture('get-transactions.json'));
    const adapter = adapterFor(http);
    const [credits] = await allPages(adapter.pages('credits'));
    expect(credits?.items.map((c) => [c.amount.amountMinor, c.relatedId])).toEqual([
      [5000, null],
      [-3750, '101']
    ]);
    const [transactions] = await allPages(adapter.pages('transactions'));
    expect(transactions?.nextOffset).toBeNull();
    expect(transactions?.items[1]).toMatchObject({
      id: '9002',
      amountOut: { amountMinor: 1000, currency: 'EUR' },
      fees: { amountMinor: 35, currency: 'EUR' },
      invoiceId: null,
      reference: null
    });
  });

  it("reads amounts in the currency's own minor units: none for JPY, three digits for KWD", async () => {
    /** The parts of the fixtures edited here (each edit reads only its own file's). */
    type Fixture = Record<string, unknown> & {
      client: Record<string, unknown>;
      invoices: { invoice: Record<string, unknown>[] };
      items: { item: Record<string, unknown>[] };
    };
    /** A fixture with `edit` applied to its parsed JSON. */
    const edited = (name: string, edit: (json: Fixture) => void) => {
      const json = JSON.parse(fixtureText(name)) as Fixture;
      edit(json);
      return reply(JSON.stringify(json));
    };
    const clientIn = (code: string, credit: string) =>
      edited('get-clients-details.json', (json) => {
        json.client.currency_code = code;
        json.client.credit = credit;
      });
    const yen = new FakeWhmcs()
      .action('GetClientsDetails', clientIn('JPY', '1500.00'))
      .action('GetSupportDepartments', fixture('get-support-departments.json'))
      .action(
        'GetInvoices',
        edited('get-invoices-page-2.json', (json) => {
          Object.assign(json, { totalresults: 1, startnumber: 0 });
          Object.assign(json.invoices.invoice[0]!, {
            subtotal: '1000.00',
            total: '1000.00',
            currencycode: 'JPY'
          });
        })
      )
      .action(
        'GetInvoice',
        edited('get-invoice.json', (json) => {
          Object.assign(json, { subtotal: '999.50', tax: '0.00', tax2: '0.00' });
          Object.assign(json, { total: '999.50', balance: '-0.50' });
          Object.assign(json.items.item[0]!, { amount: '1000.50' });
          Object.assign(json.items.item[1]!, { amount: '-1.00' });
        })
      );
    const adapter = adapterFor(yen);
    const account = await adapter.getAccount();
    expect(account.creditBalance).toEqual({ amountMinor: 1500, currency: 'JPY' });
    expect(formatMoney(account.creditBalance, 'en')).toBe('¥1,500');
    const [page] = await allPages(adapter.pages('invoices'));
    expect(page?.items[0]?.total).toEqual({ amountMinor: 1000, currency: 'JPY' });
    // Half a yen rounds away from zero, as WHMCS's own display does.
    const detail = await adapter.getInvoice('101');
    expect(detail.total.amountMinor).toBe(1000);
    expect(detail.balance?.amountMinor).toBe(-1);
    expect(detail.lines.map((l) => l.amount.amountMinor)).toEqual([1001, -1]);

    const dinar = new FakeWhmcs()
      .action('GetClientsDetails', clientIn('KWD', '12.50'))
      .action('GetSupportDepartments', fixture('get-support-departments.json'));
    const kwd = await adapterFor(dinar).getAccount();
    expect(kwd.creditBalance).toEqual({ amountMinor: 12_500, currency: 'KWD' });
    expect(formatMoney(kwd.creditBalance, 'en')).toMatch(/^KWD\s12\.500$/);
  });

  it('prices invoice details in the currency of the account as last read', async () => {
    const client = (code: string) => {
      const json = JSON.parse(fixtureText('get-clients-details.json')) as {
        client: Record<string, unknown>;
      };
      json.client.currency_code = code;
      return reply(JSON.stringify(json));
    };
    // Read once for the first details; the provider switched the client to USD before the re-read.
    const http = classicProvider()
      .action('GetClientsDetails', client('EUR'), client('USD'))
      .action('GetInvoice', fixture('get-invoice.json'));
    const adapter = adapterFor(http);
    expect((await adapter.getInvoice('101')).total.currency).toBe('EUR');
    expect((await adapter.getInvoice('101')).total.currency).toBe('EUR');
    expect(http.calls('GetClientsDetails')).toHaveLength(1);

    // A detail asked for while the account is read again waits for it.
    const [account, detail] = await Promise.all([adapter.getAccount(), adapter.getInvoice('101')]);
    expect(account.currency).toBe('USD');
    expect(detail.total.currency).toBe('USD');
    expect((await adapter.getInvoice('101')).total.currency).toBe('USD');
    expect(http.calls('GetClientsDetails')).toHaveLength(2);
  });

  it('lists support departments with their counters', async () => {
    const [page] = await allPages(adapterFor(classicProvider()).pages('departments'));
    expect(page?.items).toEqual([
      { id: '1', name: 'Sales', openTickets: 1, awaitingReply: 0 },
      { id: '2', name: 'Technical Support', openTickets: 3, awaitingReply: 2 }
    ]);
  });

  it('declares every classic capability except those WHMCS cannot serve', () => {
    const caps = adapterFor(classicProvider(), { usage: 'disabled' }).capabilities();
    expect(caps).toMatchObject({
      account: true,
      invoices: true,
      invoicePdf: true,
      tickets: true,
      services: true,
      domainRenew: false,
      domainRenewalPage: true,
      usageSnapshots: false
    });
    expect(adapterFor(classicProvider(), { usage: 'enabled' }).capabilities().usageSnapshots).toBe(
      true
    );
  });
});
