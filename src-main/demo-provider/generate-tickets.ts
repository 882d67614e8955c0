/**
 * Support tickets. Only the ticket rows are stored; each thread is rebuilt from the seed on
 * demand (ticket-thread.ts), so `large` keeps 10,000 tickets without 100,000 message objects.
 * Threads alternate customer/staff starting with the customer, so the ticket status is chosen
 * to agree with who wrote last.
 */
import { DEPARTMENTS, SUBJECTS } from './catalog';
import { DAY_MS, HOUR_MS } from '@shared/calendar';
import type { DemoDomain, DemoService, DemoTicket, DemoTicketStatus } from './model';
import type { Prng } from './prng';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Generates `count` tickets opened within `spanDays` before `nowMs`. With `totalMessages`
 * the thread lengths add up to exactly that number; otherwise each has 1 to 7 messages.
 */
export function generateTickets(
  prng: Prng,
  count: number,
  spanDays: number,
  nowMs: number,
  services: readonly DemoService[],
  domains: readonly DemoDomain[],
  totalMessages?: number
): DemoTicket[] {
  const lengths = threadLengths(prng, count, totalMessages);
  const usedTids = new Set<string>();
  const tickets: DemoTicket[] = [];
  for (let index = 0; index < count; index++) {
    const id = index + 1;
    const messages = lengths[index] ?? 1;
    // Oldest first, so ids grow with the opening date like a real install.
    const openedMs =
      nowMs - Math.floor(((count - index) * spanDays * DAY_MS) / count) + prng.int(0, 12) * HOUR_MS;
    const gapMs = prng.int(1, 30) * HOUR_MS;
    const lastReplyMs = Math.min(nowMs - 60_000, openedMs + (messages - 1) * gapMs);
    const recent = nowMs - lastReplyMs < 30 * DAY_MS;
    const dept = DEPARTMENTS[index % DEPARTMENTS.length] ?? DEPARTMENTS[0];
    const deptid = dept?.id ?? 1;
    let tid = String(prng.int(100000, 999999));
    while (usedTids.has(tid)) tid = String(prng.int(100000, 999999));
    usedTids.add(tid);
    const related = prng.int(0, 3);
    const service = services[index % Math.max(1, services.length)];
    const domain = domains[index % Math.max(1, domains.length)];
    tickets.push({
      id,
      tid,
      c: prng.chars(8, ALNUM),
      deptid,
      subject: prng.pick(SUBJECTS[deptid] ?? ['Question']),
      status: statusFor(prng, messages, recent),
      priority: prng.pick(['Low', 'Medium', 'Medium', 'High'] as const),
      openedMs,
      lastReplyMs,
      seedLastReplyMs: lastReplyMs,
      flag: prng.chance(0.05) ? 1 : 0,
      service:
        related === 1 && service
          ? `S${service.id}`
          : related === 2 && domain
            ? `D${domain.id}`
            : '',
      seedMessages: messages,
      seedNotes: prng.chance(0.3) ? prng.int(1, 2) : 0,
      added: []
    });
  }
  return tickets;
}

/** A status consistent with the last author: an odd-length thread ends with the customer. */
function statusFor(prng: Prng, messages: number, recent: boolean): DemoTicketStatus {
  const customerLast = messages % 2 === 1;
  if (!recent && prng.chance(0.8)) return 'Closed';
  if (customerLast)
    return messages === 1
      ? prng.pick(['Open', 'Open', 'In Progress'] as const)
      : prng.pick(['Customer-Reply', 'Customer-Reply', 'In Progress'] as const);
  return prng.pick(['Answered', 'Answered', 'On Hold'] as const);
}

function threadLengths(prng: Prng, count: number, total: number | undefined): number[] {
  if (total === undefined) return Array.from({ length: count }, () => prng.int(1, 7));
  if (total < count) throw new RangeError('Every ticket needs at least its opening message');
  const average = total / count;
  const lengths = Array.from({ length: count }, () =>
    prng.int(1, Math.max(1, Math.round(2 * average - 1)))
  );
  let diff = total - lengths.reduce((s, n) => s + n, 0);
  // Walk round the tickets nudging lengths by one until the sum is exact.
  for (let i = 0; diff !== 0; i = (i + 1) % count) {
    const n = lengths[i] ?? 1;
    if (diff > 0) {
      lengths[i] = n + 1;
      diff--;
    } else if (n > 1) {
      lengths[i] = n - 1;
      diff++;
    }
  }
  return lengths;
}
