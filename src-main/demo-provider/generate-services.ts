/**
 * Hosting accounts (WHMCS services) and their hourly usage, stored as intervals. Each
 * service N is the usage resource `acc-N`; each add-on M is `addon-M` with parent `acc-N`.
 */
import { ADDONS, NAME_LEFT, NAME_RIGHT, PACKS, type Pack } from './catalog';
import { DAY_MS, HOUR_MS } from '@shared/calendar';
import { addMonths, floorDay, latestSnapshotHour, monthStart, ymd } from './dates';
import type { DemoAddon, DemoService, DemoUsage, DemoUsageInterval } from './model';
import type { Prng } from './prng';

export interface ServicesAndUsage {
  readonly services: DemoService[];
  readonly usage: DemoUsage;
}

const pack = (index: number): Pack => PACKS[index % PACKS.length] as Pack;

/** Control-panel passwords: letters, digits and symbols that survive JSON and forms unescaped. */
const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#%*-_';

/**
 * Generates `count` services over `months` months of snapshots ending at the last whole hour
 * before `nowMs`. Passwords come from their own `secrets` stream so they reshuffle nothing. The first services are the special cases PAYU needs: an upgrade, an
 * account younger than 48 h (pending), one deleted within 48 h (free), one terminated.
 */
export function generateServicesAndUsage(
  prng: Prng,
  count: number,
  months: number,
  nowMs: number,
  secrets: Prng
): ServicesAndUsage {
  const last = latestSnapshotHour(nowMs);
  const first = monthStart(addMonths(monthStart(nowMs), -months));
  const span = last - first;
  const services: DemoService[] = [];
  const intervals: DemoUsageInterval[] = [];
  let addonId = 1;

  for (let id = 1; id <= count; id++) {
    const resourceId = `acc-${id}`;
    let current = pack(prng.int(0, PACKS.length - 1));
    let startMs = floorHourBefore(first - prng.int(1, 400) * DAY_MS + prng.int(0, 23) * HOUR_MS);
    const createdMs = startMs;
    let endMs: number | null = null;
    if (id === 1) {
      // An upgrade: Starter 1 until 45 days in, then Pro 10 for good.
      const switchAt = first + 45 * DAY_MS + 10 * HOUR_MS;
      const before = pack(0);
      current = pack(1);
      intervals.push(account(resourceId, before, startMs, switchAt));
      startMs = switchAt;
    } else if (id === 2) {
      startMs = last - 29 * HOUR_MS; // 30 snapshots old: still pending under the 48 h rule
    } else if (id === 3) {
      startMs = floorDay(first + 20 * DAY_MS) + 9 * HOUR_MS;
      endMs = startMs + 20 * HOUR_MS; // deleted within 48 h: free
    } else if (id === 4 || (id > 12 && prng.chance(0.08))) {
      endMs = floorHourBefore(
        first + prng.int(5, Math.max(6, Math.floor(span / DAY_MS) - 5)) * DAY_MS
      );
    } else if (id > 4 && prng.chance(0.15)) {
      startMs = floorHourBefore(
        first + prng.int(3, Math.max(4, Math.floor(span / DAY_MS) - 5)) * DAY_MS
      );
    }
    if (endMs !== null && endMs <= startMs) endMs = startMs + 72 * HOUR_MS;
    intervals.push(account(resourceId, current, startMs, endMs));

    const addons: DemoAddon[] = [];
    const addonCount = id === 1 ? 2 : id === 3 ? 0 : prng.int(0, 2);
    for (let a = 0; a < addonCount; a++) {
      const spec = ADDONS[(id + a) % ADDONS.length] as (typeof ADDONS)[number];
      const lifeStart = id === 1 ? createdMs : startMs;
      const addonStart = lifeStart + prng.int(0, 72) * HOUR_MS;
      const stillThere = endMs === null ? addonStart < last - HOUR_MS : addonStart < endMs;
      if (!stillThere) continue;
      const addon: DemoAddon = { id: addonId++, name: spec.name, monthlyMinor: spec.monthlyMinor };
      intervals.push({
        resourceId: `addon-${addon.id}`,
        kind: 'addon',
        parentId: resourceId,
        pack: spec.name,
        monthlyMinor: spec.monthlyMinor,
        startMs: addonStart,
        endMs
      });
      if (endMs === null) addons.push(addon);
    }

    const name = `${prng.pick(NAME_LEFT)}${prng.pick(NAME_RIGHT)}${id > 20 ? id : ''}.be`;
    services.push({
      id,
      pid: current.pid,
      name: current.name,
      groupname: 'Reseller Hosting',
      domain: name,
      status: endMs === null ? 'Active' : 'Terminated',
      billingcycle: 'Monthly',
      regdate: ymd(
        id === 1
          ? (intervals.find((i) => i.resourceId === resourceId)?.startMs ?? startMs)
          : startMs
      ),
      nextduedate: ymd(monthStart(addMonths(monthStart(nowMs), 1))),
      recurringMinor: current.monthlyMinor,
      username: `${name.replace(/[^a-z]/g, '').slice(0, 6)}${id}`,
      password: `Cp-${secrets.chars(18, PASSWORD_ALPHABET)}`,
      serverhostname: `web${(id % 7) + 1}.demo-host.example`,
      diskusageMb: endMs === null ? prng.int(10, current.diskMb - 1) : 0,
      disklimitMb: current.diskMb,
      // Derived, not drawn, so the rest of the generated data stays as it was.
      bwusageMb: endMs === null ? bandwidthUsed(id, current.diskMb * BANDWIDTH_PER_DISK) : 0,
      bwlimitMb: current.diskMb * BANDWIDTH_PER_DISK,
      addons
    });
  }

  return {
    services,
    usage: { firstSnapshotMs: first, missingHoursMs: missingHours(prng, first, last), intervals }
  };
}

/** Monthly bandwidth allowance per MB of disk. */
const BANDWIDTH_PER_DISK = 10;

/** This month's bandwidth of service `id`: 3–98 % of the allowance, a few near the limit. */
function bandwidthUsed(id: number, limitMb: number): number {
  const percent = id % 11 === 5 ? 96 : 3 + ((id * 37) % 80);
  return Math.floor((limitMb * percent) / 100);
}

function account(
  resourceId: string,
  p: Pack,
  startMs: number,
  endMs: number | null
): DemoUsageInterval {
  return {
    resourceId,
    kind: 'account',
    parentId: null,
    pack: p.name,
    monthlyMinor: p.monthlyMinor,
    startMs,
    endMs
  };
}

function floorHourBefore(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

/** A gap of three consecutive hours twelve days ago plus one lone hour about 40 days ago. */
function missingHours(prng: Prng, first: number, last: number): number[] {
  const gapStart = floorDay(last - 12 * DAY_MS) + prng.int(1, 20) * HOUR_MS;
  const lone = floorDay(last - 40 * DAY_MS) + prng.int(0, 23) * HOUR_MS;
  return [lone, gapStart, gapStart + HOUR_MS, gapStart + 2 * HOUR_MS]
    .filter((h) => h >= first && h <= last)
    .sort((a, b) => a - b);
}
