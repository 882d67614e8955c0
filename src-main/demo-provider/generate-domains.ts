/** Domains with an expiry mix the alert rules care about, relative to the generation day. */
import { NAME_LEFT, NAME_RIGHT, TLDS } from './catalog';
import { DAY_MS } from '@shared/calendar';
import { NO_DATE, addYearsYmd, ymd } from './dates';
import type { DemoDomain, DemoDomainStatus } from './model';
import type { Prng } from './prng';

/** Days-to-expiry of the special active domains (one each). */
export const EXPIRING_IN_DAYS: readonly number[] = [1, 3, 7, 14, 30, 60];

interface Special {
  readonly status: DemoDomainStatus;
  /** Days from today to expiry; null for a pending domain without expiry. */
  readonly days: number | null;
  readonly donotrenew: boolean;
}

const SPECIALS: readonly Special[] = [
  ...EXPIRING_IN_DAYS.map((days, i) => ({
    status: 'Active' as const,
    days,
    donotrenew: i % 3 === 1
  })),
  { status: 'Grace', days: -10, donotrenew: false },
  { status: 'Grace', days: -3, donotrenew: true },
  { status: 'Redemption', days: -36, donotrenew: false },
  { status: 'Redemption', days: -45, donotrenew: true },
  { status: 'Expired', days: -120, donotrenew: true },
  { status: 'Pending Transfer', days: null, donotrenew: false },
  { status: 'Cancelled', days: -400, donotrenew: true }
];

/**
 * Generates `count` domains: the special cases first (expiring in 1, 3, 7, 14, 30, 60 days,
 * grace, redemption, expired, pending transfer, cancelled), then active domains expiring
 * 90 to 720 days out, about a fifth of them set to not renew. `today` is the provider's
 * calendar day (UTC midnight of that date).
 */
export function generateDomains(prng: Prng, count: number, today: number): DemoDomain[] {
  const used = new Set<string>();
  const domains: DemoDomain[] = [];
  for (let id = 1; id <= count; id++) {
    const special = SPECIALS[id - 1];
    const status = special?.status ?? 'Active';
    const days = special ? special.days : prng.int(90, 720);
    const donotrenew = special ? special.donotrenew : prng.chance(0.2);
    const tld = prng.pick(TLDS);
    const domainname = uniqueName(prng, used, tld.tld);
    const regperiod = prng.chance(0.8) ? 1 : 2;
    const regtype = prng.chance(0.75) ? 'Register' : 'Transfer';
    let expirydate = NO_DATE;
    let nextduedate: string;
    let regdate: string;
    if (days === null) {
      regdate = ymd(today - 2 * DAY_MS);
      nextduedate = ymd(today + 363 * DAY_MS);
    } else {
      expirydate = ymd(today + days * DAY_MS);
      regdate = addYearsYmd(expirydate, -regperiod * prng.int(1, 3));
      // WHMCS bills ahead of the registrar for some registrars, so due and expiry differ.
      nextduedate =
        special === undefined && prng.chance(0.15) ? ymd(today + (days - 14) * DAY_MS) : expirydate;
    }
    domains.push({
      id,
      orderid: 100 + id,
      domainname,
      regtype: days === null ? 'Transfer' : regtype,
      registrar: prng.chance(0.7) ? 'openprovider' : 'enom',
      regperiod,
      regdate,
      expirydate,
      nextduedate,
      status,
      donotrenew,
      firstPaymentMinor: tld.priceMinor * regperiod,
      recurringMinor: tld.priceMinor * regperiod,
      idprotection: prng.chance(0.3),
      dnsmanagement: prng.chance(0.6),
      emailforwarding: prng.chance(0.2)
    });
  }
  return domains;
}

function uniqueName(prng: Prng, used: Set<string>, tld: string): string {
  const base = `${prng.pick(NAME_LEFT)}-${prng.pick(NAME_RIGHT)}`;
  let name = `${base}.${tld}`;
  for (let n = 2; used.has(name); n++) name = `${base}${n}.${tld}`;
  used.add(name);
  return name;
}
