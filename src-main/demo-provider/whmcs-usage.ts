/**
 * GetUsageIntervals — this provider's extension (WHMCS has no usage API). Returns hourly
 * usage snapshots compressed as intervals; see index.ts for the wire contract.
 */
import { HOUR_MS } from '@shared/calendar';
import { isoHour, latestSnapshotHour, parseIsoUtc } from './dates';
import type { CallContext } from './state';
import { apiError, dec, pageOf, pageWindow, type JsonObject, type Params } from './whmcs-format';

export const USAGE_DEFAULT_LIMIT = 250;
export const USAGE_MAX_LIMIT = 5000;

function hourParam(params: Params, name: string): number | null | 'invalid' {
  const raw = params.get(name);
  if (raw === null || raw === '') return null;
  const ms = parseIsoUtc(raw);
  return ms === null || ms % HOUR_MS !== 0 ? 'invalid' : ms;
}

/**
 * GetUsageIntervals: intervals clipped to [from, to) and to the snapshots that exist
 * ([firstsnapshot, lastsnapshot + 1h)), ordered by (start, resourceid) for stable paging.
 */
export function getUsageIntervals(ctx: CallContext, params: Params): JsonObject {
  const { data, clock } = ctx.state;
  if (ctx.scopeClientId !== null && ctx.scopeClientId !== data.client.id)
    return apiError('Client Not Found');
  const from = hourParam(params, 'from');
  const to = hourParam(params, 'to');
  if (from === 'invalid')
    return apiError('Invalid from: expected a whole UTC hour such as 2026-11-01T00:00:00Z');
  if (to === 'invalid')
    return apiError('Invalid to: expected a whole UTC hour such as 2026-11-01T00:00:00Z');
  const { usage } = data;
  const first = usage.firstSnapshotMs;
  const last = latestSnapshotHour(clock.now());
  const horizon = last + HOUR_MS;
  const requestedFrom = from ?? first;
  const requestedTo = to ?? horizon;
  if (requestedTo < requestedFrom) return apiError('to must not be before from');
  const lo = Math.max(requestedFrom, first);
  const hi = Math.min(requestedTo, horizon);
  const missing = usage.missingHoursMs.filter((h) => h >= lo && h < hi);
  const allMissing = (s: number, e: number): boolean =>
    missing.filter((h) => h >= s && h < e).length === (e - s) / HOUR_MS;
  const clipped = usage.intervals
    .map((iv) => ({ iv, start: Math.max(iv.startMs, lo), end: Math.min(iv.endMs ?? horizon, hi) }))
    .filter((x) => x.end > x.start && !allMissing(x.start, x.end))
    .sort(
      (a, b) =>
        a.start - b.start ||
        (a.iv.resourceId < b.iv.resourceId ? -1 : a.iv.resourceId > b.iv.resourceId ? 1 : 0)
    );
  const page = pageOf(clipped, pageWindow(params, USAGE_DEFAULT_LIMIT, USAGE_MAX_LIMIT));
  return {
    result: 'success',
    from: isoHour(requestedFrom),
    to: isoHour(requestedTo),
    currency: data.client.currencyCode,
    firstsnapshot: isoHour(first),
    lastsnapshot: isoHour(last),
    missing: missing.length === 0 ? '' : { hour: missing.map(isoHour) },
    totalresults: String(page.total),
    startnumber: page.start,
    numreturned: page.slice.length,
    intervals: {
      interval: page.slice.map(({ iv, start, end }) => ({
        resourceid: iv.resourceId,
        kind: iv.kind,
        parentid: iv.parentId ?? '',
        pack: iv.pack,
        monthlyprice: dec(iv.monthlyMinor),
        start: isoHour(start),
        end: isoHour(end)
      }))
    }
  };
}
