/**
 * The seeded, deterministic data generator: the same {size, seed, now} always yields the
 * same database. Each section draws from its own PRNG stream so that changing one
 * generator does not reshuffle the others.
 */
import { DEPARTMENTS, STAFF } from './catalog';
import { DAY_MS } from '@shared/calendar';
import { calendarDay, ymd } from './dates';
import { generateDomains } from './generate-domains';
import { generateInvoices } from './generate-invoices';
import { generateServicesAndUsage } from './generate-services';
import { generateTickets } from './generate-tickets';
import type { DemoClient, DemoData, DemoSize } from './model';
import { createPrng, deriveSeed } from './prng';

export interface GenerateOptions {
  readonly size: DemoSize;
  readonly seed: number;
  /** Epoch ms the data is relative to (expiry windows, usage up to the last whole hour). */
  readonly now: number;
  /**
   * The provider's calendar zone (default UTC): expiry and due dates count days from today in
   * this zone, so "expires tomorrow" holds for a reseller in it at any hour.
   */
  readonly timeZone?: string;
}

interface SizeProfile {
  readonly services: number;
  readonly domains: number;
  readonly invoices: number;
  readonly invoiceSpanDays: number;
  readonly tickets: number;
  readonly ticketSpanDays: number;
  readonly messages: number | undefined;
  readonly usageMonths: number;
}

/** Record counts per size; `demo` thread lengths are random (1..7 messages each). */
export const SIZE_PROFILES: Readonly<Record<DemoSize, SizeProfile>> = {
  demo: {
    services: 12,
    domains: 40,
    invoices: 60,
    invoiceSpanDays: 420,
    tickets: 25,
    ticketSpanDays: 75,
    messages: undefined,
    usageMonths: 3
  },
  large: {
    services: 2000,
    domains: 5000,
    invoices: 20000,
    invoiceSpanDays: 1460,
    tickets: 10000,
    ticketSpanDays: 1095,
    messages: 100000,
    usageMonths: 12
  }
};

/** Generates the provider database for one reseller client. */
export function generateDemoData(options: GenerateOptions): DemoData {
  const { size, seed, now } = options;
  const today = calendarDay(now, options.timeZone ?? 'UTC');
  const profile = SIZE_PROFILES[size];
  const stream = (n: number) => createPrng(deriveSeed(seed, n));
  const { services, usage } = generateServicesAndUsage(
    stream(1),
    profile.services,
    profile.usageMonths,
    now,
    stream(6)
  );
  const domains = generateDomains(stream(2), profile.domains, today);
  const billing = generateInvoices(
    stream(3),
    profile.invoices,
    profile.invoiceSpanDays,
    now,
    services,
    domains,
    usage,
    today
  );
  const tickets = generateTickets(
    stream(4),
    profile.tickets,
    profile.ticketSpanDays,
    now,
    services,
    domains,
    profile.messages
  );
  const id = stream(5);
  const client: DemoClient = {
    id: 1,
    uuid: `${id.chars(8, '0123456789abcdef')}-${id.chars(4, '0123456789abcdef')}-4${id.chars(3, '0123456789abcdef')}-a${id.chars(3, '0123456789abcdef')}-${id.chars(12, '0123456789abcdef')}`,
    firstname: 'Dana',
    lastname: 'Demo',
    companyname: 'Demo Reseller BV',
    email: 'dana@demo-reseller.example',
    address1: 'Kerkstraat 1',
    city: 'Gent',
    postcode: '9000',
    countrycode: 'BE',
    phonenumber: '+32.92345678',
    taxId: 'BE0123456789',
    status: 'Active',
    currencyCode: 'EUR',
    currencyPrefix: '€',
    currencySuffix: ' EUR',
    creditMinor: billing.creditBalanceMinor,
    datecreated: ymd(today - 4 * 365 * DAY_MS)
  };
  return {
    size,
    seed,
    generatedAtMs: now,
    client,
    services,
    domains,
    invoices: billing.invoices,
    credits: billing.credits,
    departments: DEPARTMENTS.map((d) => ({ ...d })),
    tickets,
    staff: STAFF,
    usage
  };
}
