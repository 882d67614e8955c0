/**
 * Seeded Combell demo data: service packs, accounts with add-ons and domains, plus a
 * timeline of changes on the provider's clock, so hourly syncs see accounts come and go:
 * creations, a trial account deleted inside 48 hours, and an upgrade to a bigger pack.
 * The state is a pure function of `now`, so the client's fake clock decides what it sees.
 */
import { DAY_MS, HOUR_MS } from '@shared/calendar';
import { createPrng } from '../prng';

export interface CombellPack {
  readonly id: number;
  readonly name: string;
}

export interface CombellAccount {
  readonly id: number;
  readonly identifier: string;
  readonly servicepackId: number;
  readonly addons: readonly CombellPack[];
  /** Hour (ms) it appears at the provider; it exists from then on unless deleted. */
  readonly createdAt: number;
  readonly deletedAt: number | null;
  /** An upgrade: from `at` on, the account runs on `servicepackId`. */
  readonly upgrade: { readonly at: number; readonly servicepackId: number } | null;
}

export interface CombellDomain {
  readonly name: string;
  readonly expiresAt: number;
  willRenew: boolean;
  readonly canToggleRenew: boolean;
}

export interface CombellDemoData {
  readonly servicepacks: readonly CombellPack[];
  readonly addons: readonly CombellPack[];
  readonly accounts: readonly CombellAccount[];
  readonly domains: CombellDomain[];
  /** The hour the data was built around (start of the provider's clock hour). */
  readonly origin: number;
}

export const COMBELL_SERVICEPACKS: readonly CombellPack[] = [
  { id: 101, name: 'Hosting Basic' },
  { id: 102, name: 'Hosting Pro' },
  { id: 103, name: 'Hosting Business' },
  { id: 104, name: 'WordPress Starter' }
];

export const COMBELL_ADDONS: readonly CombellPack[] = [
  { id: 501, name: 'Extra mailbox pack' },
  { id: 502, name: 'Dedicated IP' },
  { id: 503, name: 'Daily backup' }
];

const WORDS = ['bakkerij', 'fietsen', 'atelier', 'studio', 'garage', 'tuin', 'bistro', 'kapsalon'];
const TLDS = ['be', 'nl', 'eu', 'com'];

/**
 * Builds the data. `accounts` existing ones (created a week before `now`), then the
 * timeline: a creation 2 h after the origin hour, a trial created at +3 h and deleted 30 h
 * later, an upgrade of account 1 at +20 h and a second creation at +26 h.
 */
export function generateCombellData(options: {
  readonly now: number;
  readonly seed: number;
  readonly accounts: number;
  readonly domains: number;
}): CombellDemoData {
  const prng = createPrng(options.seed);
  const random = prng.next;
  const pick = prng.pick;
  const origin = Math.floor(options.now / HOUR_MS) * HOUR_MS;
  const accounts: CombellAccount[] = [];
  const identifier = (i: number): string => `${pick(WORDS)}-${i}.${pick(TLDS)}`;
  for (let i = 1; i <= options.accounts; i++) {
    const addons = COMBELL_ADDONS.filter(() => random() < 0.25);
    accounts.push({
      id: 1000 + i,
      identifier: identifier(i),
      servicepackId: i === 1 ? 101 : pick(COMBELL_SERVICEPACKS).id,
      addons,
      createdAt: origin - 7 * DAY_MS,
      deletedAt: null,
      upgrade: i === 1 ? { at: origin + 20 * HOUR_MS, servicepackId: 102 } : null
    });
  }
  const next = options.accounts + 1;
  accounts.push(
    timeline(next, identifier(next), 103, origin + 2 * HOUR_MS, null, [COMBELL_ADDONS[0]!]),
    timeline(
      next + 1,
      `trial-${next + 1}.be`,
      104,
      origin + 3 * HOUR_MS,
      origin + 33 * HOUR_MS,
      []
    ),
    timeline(next + 2, identifier(next + 2), 101, origin + 26 * HOUR_MS, null, [])
  );
  const domains: CombellDomain[] = [];
  for (let i = 1; i <= options.domains; i++) {
    // Spread from 10 days ago to ~14 months ahead, some within the alert thresholds.
    const days = Math.floor(random() * 430) - 10;
    domains.push({
      name: `${pick(WORDS)}-${i}.${pick(TLDS)}`,
      expiresAt: origin + days * DAY_MS,
      willRenew: random() < 0.7,
      canToggleRenew: i % 5 !== 0
    });
  }
  return { servicepacks: COMBELL_SERVICEPACKS, addons: COMBELL_ADDONS, accounts, domains, origin };
}

function timeline(
  index: number,
  identifier: string,
  servicepackId: number,
  createdAt: number,
  deletedAt: number | null,
  addons: readonly CombellPack[]
): CombellAccount {
  return {
    id: 1000 + index,
    identifier,
    servicepackId,
    addons,
    createdAt,
    deletedAt,
    upgrade: null
  };
}

/** Accounts that exist at `now`, each with the pack it runs on then. */
export function accountsAt(
  data: CombellDemoData,
  now: number
): readonly (CombellAccount & { readonly pack: CombellPack })[] {
  return data.accounts
    .filter((a) => a.createdAt <= now && (a.deletedAt === null || now < a.deletedAt))
    .map((a) => {
      const packId = a.upgrade && now >= a.upgrade.at ? a.upgrade.servicepackId : a.servicepackId;
      return { ...a, servicepackId: packId, pack: data.servicepacks.find((p) => p.id === packId)! };
    });
}
