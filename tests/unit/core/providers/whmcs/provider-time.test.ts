import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateTime } from '@main/core/time';
import { FakeClock } from '@tests/fakes/fake-clock';
import { createWhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import type { WhmcsAdapterConfig } from '@main/core/providers/whmcs/config';
import { utcInstantOf } from '@main/core/providers/whmcs/provider-time';
import { toRestInvoice } from '@main/core/providers/whmcs/normalize';
import { restInvoicesSchema } from '@main/core/providers/whmcs/schemas';
import {
  invoiceDetailSchema,
  invoiceSchema,
  ticketSchema,
  ticketSummarySchema,
  transactionSchema,
  utcInstantSchema
} from '@shared/model';
import { allPages, classicProvider, fixture, type FakeWhmcs } from './whmcs-test-kit';

describe('WHMCS wall-clock times as instants', () => {
  it('reads a zone-less time in the server zone, winter and summer alike', () => {
    expect(utcInstantOf('2026-12-02T10:00:00', 'Europe/Brussels')).toBe('2026-12-02T09:00:00Z');
    expect(utcInstantOf('2026-07-01T10:00:00', 'Europe/Brussels')).toBe('2026-07-01T08:00:00Z');
    expect(utcInstantOf('2026-12-02T10:00:00', 'America/New_York')).toBe('2026-12-02T15:00:00Z');
    expect(utcInstantOf('2026-12-02T23:30:59', 'Asia/Kolkata')).toBe('2026-12-02T18:00:59Z');
    expect(utcInstantOf('2026-12-02T10:00:00', 'UTC')).toBe('2026-12-02T10:00:00Z');
  });

  it('adds the seconds to an offset that has its own seconds, and seconds past 59 too', () => {
    // Monrovia kept -00:44:30 until 1972; Brussels kept its local mean time until 1892.
    expect(utcInstantOf('1960-01-01T12:00:30', 'Africa/Monrovia')).toBe('1960-01-01T12:45:00Z');
    expect(utcInstantOf('1960-01-01T12:00:59', 'Africa/Monrovia')).toBe('1960-01-01T12:45:29Z');
    expect(utcInstantOf('1880-01-01T12:00:10', 'Europe/Brussels')).toBe('1880-01-01T11:42:40Z');
    expect(utcInstantOf('2026-12-02T10:00:59', 'Europe/Brussels')).toBe('2026-12-02T09:00:59Z');
    expect(utcInstantOf('2026-12-02T10:00:75', 'Europe/Brussels')).toBe('2026-12-02T09:01:15Z');
  });

  it('keeps an instant the provider already zoned, rewritten in UTC, and no date as null', () => {
    expect(utcInstantOf('2026-12-02T10:00:00+02:00', 'America/New_York')).toBe(
      '2026-12-02T08:00:00Z'
    );
    expect(utcInstantOf('2026-12-02T10:00:00.250Z', 'Europe/Brussels')).toBe(
      '2026-12-02T10:00:00Z'
    );
    expect(utcInstantOf(null, 'Europe/Brussels')).toBeNull();
  });

  it('gives a time a DST change repeats its first instant, and one it skips the end of the gap', () => {
    // Brussels, 25 Oct 2026: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
    expect(utcInstantOf('2026-10-25T02:30:00', 'Europe/Brussels')).toBe('2026-10-25T00:30:00Z');
    // Brussels, 28 Mar 2027: 02:00 CET jumps to 03:00 CEST; 02:30 never happens.
    expect(utcInstantOf('2027-03-28T02:30:00', 'Europe/Brussels')).toBe('2027-03-28T01:00:00Z');
  });
});

describe('any wall-clock time in any zone', () => {
  it('becomes a UTC instant that reads back as the same wall time there (outside DST gaps)', () => {
    const zones = ['Europe/Brussels', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    const pad = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T23:59:59Z') }),
        fc.constantFrom(...zones),
        (date, zone) => {
          if (Number.isNaN(date.getTime())) return;
          const wall =
            `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
            `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
          const instant = utcInstantOf(wall, zone);
          expect(utcInstantSchema.safeParse(instant).success).toBe(true);
          const back = localDateTime(Date.parse(instant ?? ''), zone);
          const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
          const inGap = back.date !== wall.slice(0, 10) || back.minutes !== minutes;
          // A skipped time moves forward to the end of the gap, never back.
          const key = (day: string, m: number) => `${day} ${String(m).padStart(4, '0')}`;
          if (inGap)
            expect(key(back.date, back.minutes) > key(wall.slice(0, 10), minutes)).toBe(true);
          else expect(instant?.slice(17, 19)).toBe(wall.slice(17, 19));
        }
      ),
      { seed: 20261202, numRuns: 300 }
    );
  });
});

const config: WhmcsAdapterConfig = {
  baseUrl: 'https://billing.example.com/whmcs',
  auth: { mode: 'classic', identifier: 'id-abc', secret: 's3cr3t', clientId: '7' },
  timeZone: 'Europe/Brussels',
  serverTimeZone: 'America/New_York'
};

function adapterFor(http: FakeWhmcs) {
  return createWhmcsAdapter(config, { http, clock: new FakeClock('2026-11-22T09:00:00Z') });
}

describe('a WHMCS server in another zone (America/New_York, UTC-5 in November)', () => {
  it('lists tickets with their opening and last reply as UTC instants', async () => {
    const http = classicProvider().action('GetTickets', fixture('get-tickets.json'));
    const [first] = (await allPages(adapterFor(http).pages('tickets'))).flatMap((p) => p.items);
    // The fixture says "2026-11-20 06:26:29" and "2026-11-21 09:30:16", New York time.
    expect(first).toMatchObject({
      openedAt: '2026-11-20T11:26:29Z',
      lastReplyAt: '2026-11-21T14:30:16Z'
    });
    expect(ticketSummarySchema.safeParse(first).success).toBe(true);
  });

  it('dates every message of a thread as an instant, oldest first', async () => {
    const http = classicProvider().action('GetTicket', fixture('get-ticket.json'));
    const ticket = await adapterFor(http).getTicket('41');
    expect(ticket.openedAt).toBe('2026-11-20T11:26:29Z');
    expect(ticket.messages.map((m) => m.postedAt)).toEqual([
      '2026-11-20T11:26:29Z',
      '2026-11-20T13:00:00Z',
      '2026-11-21T14:30:16Z',
      '2026-11-21T15:02:00Z'
    ]);
    expect(ticketSchema.safeParse(ticket).success).toBe(true);
  });

  it('gives paid times and payments as instants, while issue and due dates stay calendar dates', async () => {
    const http = classicProvider()
      .action(
        'GetInvoices',
        fixture('get-invoices-page-1.json'),
        fixture('get-invoices-page-2.json')
      )
      .action('GetInvoice', fixture('get-invoice-with-payments.json'))
      .action('GetTransactions', fixture('get-transactions.json'));
    const adapter = adapterFor(http);
    const invoices = (await allPages(adapter.pages('invoices', { pageSize: 2 }))).flatMap(
      (p) => p.items
    );
    const paid = invoices.find((i) => i.id === '102');
    expect(paid).toMatchObject({
      issuedOn: '2026-11-01',
      dueOn: '2026-11-30',
      paidAt: '2026-11-02T19:05:09Z'
    });
    for (const i of invoices) expect(invoiceSchema.safeParse(i).success).toBe(true);

    const detail = await adapter.getInvoice('102');
    expect(detail.paidAt).toBe('2026-11-02T19:05:09Z');
    expect(detail.payments.map((p) => p.date)).toEqual(['2026-11-02T19:05:09Z']);
    expect(invoiceDetailSchema.safeParse(detail).success).toBe(true);

    const transactions = (await allPages(adapter.pages('transactions'))).flatMap((p) => p.items);
    expect(transactions.map((t) => t.date)).toEqual([
      '2026-11-02T19:05:09Z',
      '2026-11-05T14:00:00Z'
    ]);
    for (const t of transactions) expect(transactionSchema.safeParse(t).success).toBe(true);
  });

  it('reads a REST date_paid without a zone in the server zone too', () => {
    const wire = restInvoicesSchema.parse({
      data: [
        {
          id: 7,
          invoice_number: '',
          date_created: '2026-11-01',
          date_due: '2026-11-30',
          date_paid: '2026-11-02 14:05:09',
          subtotal: 10,
          total: 10,
          payment_method: 'banktransfer',
          status: 'Paid',
          currency: 'EUR',
          currency_code: 'EUR'
        }
      ]
    });
    const invoice = toRestInvoice(wire.data[0]!, {
      currency: 'EUR',
      today: '2026-11-22',
      serverTimeZone: 'America/New_York'
    });
    expect(invoice.paidAt).toBe('2026-11-02T19:05:09Z');
  });
});
