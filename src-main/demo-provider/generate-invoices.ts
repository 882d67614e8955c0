/**
 * Invoices with items and transactions, plus the credit log. Statuses follow age: the newest
 * two are drafts, those not yet due are unpaid, older ones are mostly paid with a steady
 * sprinkle of overdue (unpaid past due), cancelled and refunded ones.
 */
import { DAY_MS, HOUR_MS } from '@shared/calendar';
import { NO_DATETIME, addMonths, floorDay, latestSnapshotHour, ymd, ymdhms } from './dates';
import type {
  DemoCredit,
  DemoDomain,
  DemoInvoice,
  DemoInvoiceItem,
  DemoInvoiceStatus,
  DemoService,
  DemoTransaction,
  DemoUsage
} from './model';
import type { Prng } from './prng';

export interface InvoicesAndCredits {
  readonly invoices: DemoInvoice[];
  readonly credits: DemoCredit[];
  readonly creditBalanceMinor: number;
}

interface Draft {
  readonly dateMs: number;
  readonly payuMonthMs: number | null;
}

const TAX_RATE_PERCENT = 21;
const GATEWAYS = ['banktransfer', 'stripe', 'paypalcheckout'] as const;

/** Generates `count` invoices spread over `spanDays`, including one PAYU invoice per usage month. */
export function generateInvoices(
  prng: Prng,
  count: number,
  spanDays: number,
  nowMs: number,
  services: readonly DemoService[],
  domains: readonly DemoDomain[],
  usage: DemoUsage,
  /** The provider's calendar day (UTC midnight of that date); the UTC day by default. */
  today = floorDay(nowMs)
): InvoicesAndCredits {
  const drafts: Draft[] = [];
  // Usage months are UTC hours: a month is billed once it has ended in UTC.
  for (let m = usage.firstSnapshotMs; addMonths(m, 1) <= floorDay(nowMs); m = addMonths(m, 1)) {
    drafts.push({ dateMs: addMonths(m, 1) + 6 * HOUR_MS, payuMonthMs: m });
  }
  const regular = Math.max(0, count - drafts.length);
  for (let i = 0; i < regular; i++) {
    const back = regular - 1 - i;
    // The newest four are three days apart: two drafts, then two unpaid ones not yet due.
    const ageMs =
      back < 4 ? back * 3 * DAY_MS : Math.floor((back * spanDays * DAY_MS) / Math.max(1, regular));
    const dateMs = today - ageMs + prng.int(7, 18) * HOUR_MS;
    drafts.push({ dateMs: Math.min(dateMs, nowMs), payuMonthMs: null });
  }
  drafts.sort((a, b) => a.dateMs - b.dateMs);

  const invoices: DemoInvoice[] = [];
  let itemId = 1;
  let txId = 1;
  let seq = 0;
  drafts.forEach((draft, index) => {
    const id = 1001 + index;
    const newest = index >= drafts.length - 2 && draft.payuMonthMs === null;
    const dateMs = newest ? today + 8 * HOUR_MS : draft.dateMs;
    const dueMs = floorDay(dateMs) + 14 * DAY_MS;
    const status: DemoInvoiceStatus = newest
      ? 'Draft'
      : dueMs >= today
        ? 'Unpaid'
        : pastDueStatus(index);
    const items: DemoInvoiceItem[] = [];
    if (draft.payuMonthMs !== null) {
      const month = ymd(draft.payuMonthMs).slice(0, 7);
      items.push({
        id: itemId++,
        type: 'PAYU',
        relid: 0,
        description: `Pay-as-you-use usage ${month}`,
        amountMinor: payuAmount(usage, draft.payuMonthMs, nowMs),
        taxed: true
      });
    } else {
      for (let k = prng.int(1, 3); k > 0; k--)
        items.push({ ...regularItem(prng, services, domains, dateMs), id: itemId++ });
      if (status === 'Unpaid' && dueMs < today && prng.chance(0.5))
        items.push({
          id: itemId++,
          type: 'LateFee',
          relid: 0,
          description: 'Late Fee',
          amountMinor: 500,
          taxed: false
        });
    }
    const subtotal = items.reduce((s, it) => s + it.amountMinor, 0);
    const taxable = items.reduce((s, it) => s + (it.taxed ? it.amountMinor : 0), 0);
    const tax = Math.floor((taxable * TAX_RATE_PERCENT * 2 + 100) / 200); // half-up
    const credit = status === 'Paid' && index % 13 === 4 ? Math.min(500, subtotal + tax) : 0;
    const total = subtotal + tax - credit;
    const gateway = prng.pick(GATEWAYS);
    const paidMs = dateMs + prng.int(0, 10) * DAY_MS + prng.int(1, 3600 * 10) * 1000;
    const transactions: DemoTransaction[] = [];
    const payment = (amountIn: number, atMs: number, description: string): DemoTransaction => ({
      id: txId++,
      invoiceid: id,
      date: ymdhms(atMs),
      gateway,
      description,
      amountInMinor: amountIn,
      feesMinor: gateway === 'stripe' ? Math.floor((amountIn * 15 + 500) / 1000) + 25 : 0,
      amountOutMinor: 0,
      transid: `${gateway === 'stripe' ? 'ch_' : 'TX'}${prng.chars(14, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`,
      refundid: 0
    });
    if ((status === 'Paid' || status === 'Refunded') && total > 0)
      transactions.push(payment(total, paidMs, 'Invoice Payment'));
    if (status === 'Refunded' && transactions[0]) {
      const paid = transactions[0];
      transactions.push({
        ...payment(0, paidMs + 3 * DAY_MS, 'Refund'),
        feesMinor: 0,
        amountOutMinor: paid.amountInMinor,
        refundid: paid.id
      });
    }
    if (status === 'Unpaid' && index % 7 === 3 && total > 200)
      transactions.push(payment(Math.floor(total / 2), dateMs + DAY_MS, 'Partial Payment'));
    const numbered = status !== 'Draft' && index >= Math.floor(drafts.length / 5);
    invoices.push({
      id,
      invoicenum: numbered ? `HD-${ymd(dateMs).slice(0, 4)}-${String(++seq).padStart(4, '0')}` : '',
      date: ymd(dateMs),
      duedate: ymd(dueMs),
      datepaid: status === 'Paid' || status === 'Refunded' ? ymdhms(paidMs) : NO_DATETIME,
      dateRefunded: status === 'Refunded' ? ymdhms(paidMs + 3 * DAY_MS) : NO_DATETIME,
      dateCancelled: status === 'Cancelled' ? ymdhms(dueMs + 5 * DAY_MS) : NO_DATETIME,
      status,
      paymentmethod: gateway,
      subtotalMinor: subtotal,
      creditMinor: credit,
      taxMinor: tax,
      totalMinor: total,
      taxrate: `${TAX_RATE_PERCENT}.00`,
      notes: '',
      items,
      transactions
    });
  });
  return { invoices, ...creditLog(invoices) };
}

/** A fixed cadence rather than dice, so every size gets each status. */
function pastDueStatus(index: number): DemoInvoiceStatus {
  if (index % 17 === 3) return 'Unpaid';
  if (index % 19 === 5) return 'Cancelled';
  if (index % 23 === 7) return 'Refunded';
  return 'Paid';
}

function regularItem(
  prng: Prng,
  services: readonly DemoService[],
  domains: readonly DemoDomain[],
  atMs: number
): Omit<DemoInvoiceItem, 'id'> {
  const kind = prng.int(0, 9);
  const domain = domains.length > 0 ? prng.pick(domains) : undefined;
  const service = services.length > 0 ? prng.pick(services) : undefined;
  if (domain && kind < 4) {
    const renew = kind < 3;
    return {
      type: renew ? 'Domain' : 'DomainRegister',
      relid: domain.id,
      description: `${renew ? 'Domain Renewal' : 'Domain Registration'} - ${domain.domainname} - ${domain.regperiod} Year/s (${ymd(atMs)} - ${ymd(addMonths(atMs, 12 * domain.regperiod))})`,
      amountMinor: domain.recurringMinor,
      taxed: true
    };
  }
  if (service && kind < 7) {
    return {
      type: 'Hosting',
      relid: service.id,
      description: `Reseller Hosting - ${service.name} - ${service.domain} (setup)`,
      amountMinor: 1500,
      taxed: true
    };
  }
  if (service && kind < 9 && service.addons[0]) {
    const addon = service.addons[0];
    return {
      type: 'Addon',
      relid: addon.id,
      description: `${addon.name} (${service.domain}) - one-off activation`,
      amountMinor: addon.monthlyMinor,
      taxed: true
    };
  }
  return {
    type: '',
    relid: 0,
    description: prng.pick([
      'Consultancy: DNS migration (1 h)',
      'Website restore from backup',
      'Priority support pack'
    ]),
    amountMinor: prng.pick([4500, 2500, 7500]),
    taxed: true
  };
}

/**
 * An indicative PAYU amount for one UTC month: each interval's hours × monthly price / hours
 * in the month, rounded half-up per row; runs shorter than 48 h are free. The app's PAYU
 * engine (local months, missing hours) is the authority; this is only the invoice line.
 */
export function payuAmount(usage: DemoUsage, monthMs: number, nowMs: number): number {
  const monthEnd = addMonths(monthMs, 1);
  const hoursInMonth = (monthEnd - monthMs) / HOUR_MS;
  const horizon = latestSnapshotHour(nowMs) + HOUR_MS;
  const runHours = new Map<string, number>();
  for (const iv of usage.intervals) {
    const end = iv.endMs ?? horizon;
    runHours.set(iv.resourceId, (runHours.get(iv.resourceId) ?? 0) + (end - iv.startMs) / HOUR_MS);
  }
  let total = 0;
  for (const iv of usage.intervals) {
    if ((runHours.get(iv.resourceId) ?? 0) < 48) continue;
    const start = Math.max(iv.startMs, monthMs, usage.firstSnapshotMs);
    const end = Math.min(iv.endMs ?? horizon, monthEnd);
    if (end <= start) continue;
    const hours = (end - start) / HOUR_MS;
    total += Math.floor((2 * iv.monthlyMinor * hours + hoursInMonth) / (2 * hoursInMonth));
  }
  return total;
}

function creditLog(invoices: readonly DemoInvoice[]): Omit<InvoicesAndCredits, 'invoices'> {
  const applied = invoices.filter((inv) => inv.creditMinor > 0);
  const balance = 1250;
  const firstDate = invoices[0]?.date ?? '2026-01-01';
  const topUp = applied.reduce((s, inv) => s + inv.creditMinor, 0) + balance;
  const credits: DemoCredit[] = [
    {
      id: 1,
      date: firstDate,
      description: 'Credit top-up (bank transfer)',
      amountMinor: topUp - 1000,
      relid: 0
    },
    {
      id: 2,
      date: firstDate,
      description: 'Goodwill credit: outage 14 May',
      amountMinor: 1000,
      relid: 0
    }
  ];
  for (const inv of applied) {
    credits.push({
      id: credits.length + 1,
      date: inv.date,
      description: `Credit Applied to Invoice #${inv.id}`,
      amountMinor: -inv.creditMinor,
      relid: inv.id
    });
  }
  return { credits, creditBalanceMinor: balance };
}
