/**
 * Usage intervals through GetUsageIntervals, an extension action of the built-in demo
 * provider (a real WHMCS answers "Command Not Found", which the classic client turns into
 * UnsupportedError).
 */
import type { z } from 'zod';
import type { UsageInterval, UsageWindow } from '@shared/model';
import { hundredthsToMinor } from '@shared/money';
import type { UsagePage } from '../provider';
import type { ClassicClient } from './classic-client';
import { guardProgress, nextOffsetOf } from './paging';
import { usageIntervalsSchema } from './schemas';

/** GetUsageIntervals reply → the window metadata plus this page's intervals. */
export function toUsageWindow(wire: z.output<typeof usageIntervalsSchema>): UsageWindow {
  const currency = wire.currency.toUpperCase();
  const intervals: UsageInterval[] = wire.intervals.map((row) => ({
    resourceId: row.resourceid,
    kind: row.kind,
    parentAccountId:
      row.parentid.trim() === '' || row.parentid.trim() === '0' ? null : row.parentid,
    pack: row.pack,
    // Read as hundredths, like every WHMCS amount; kept in the currency's minor units.
    monthlyPrice: hundredthsToMinor(row.monthlyprice, currency),
    start: row.start,
    end: row.end
  }));
  return {
    from: wire.from,
    to: wire.to,
    currency,
    firstSnapshot: wire.firstsnapshot || null,
    lastSnapshot: wire.lastsnapshot || null,
    missingHours: wire.missing,
    intervals
  };
}

/** Pages of usage for [from, to) starting at `startOffset`. */
export async function* usagePages(
  classic: Pick<ClassicClient, 'call'>,
  query: {
    readonly from: string;
    readonly to: string;
    readonly clientId?: string;
    readonly signal?: AbortSignal;
  },
  startOffset: number,
  limit: number
): AsyncGenerator<UsagePage> {
  let offset = startOffset;
  const progress = guardProgress('GetUsageIntervals');
  for (;;) {
    const wire = await classic.call(
      'GetUsageIntervals',
      {
        clientid: query.clientId,
        from: query.from,
        to: query.to,
        limitstart: offset,
        limitnum: limit
      },
      usageIntervalsSchema,
      { idempotent: true, signal: query.signal }
    );
    const window = toUsageWindow(wire);
    progress(window.intervals);
    const total = wire.totalresults ?? null;
    const nextOffset =
      window.intervals.length === 0
        ? null
        : nextOffsetOf(offset, wire.numreturned ?? window.intervals.length, total, limit);
    yield { window, offset, nextOffset, total };
    if (nextOffset === null) return;
    offset = nextOffset;
  }
}
