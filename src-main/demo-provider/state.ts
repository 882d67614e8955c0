/**
 * Runtime state of one running demo provider: the mutable database, sessions and tokens,
 * and the simulated staff who answer customer replies after a delay on the injected clock.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../core/ports';
import { calendarDay } from './dates';
import type { DemoData, DemoTicket } from './model';
import { nextReplyId } from './ticket-thread';

export interface SsoToken {
  readonly clientId: number;
  readonly redirectPath: string;
  readonly expiresMs: number;
  used: boolean;
}

export interface ProviderState {
  readonly data: DemoData;
  readonly clock: Clock;
  /** The provider's calendar zone: which day "today" is for due and expiry dates. */
  readonly timeZone: string;
  readonly staffReplyDelayMs: number;
  twoFactor: boolean;
  readonly ssoTokens: Map<string, SsoToken>;
  /** Client-area session cookie value → client id. */
  readonly sessions: Map<string, number>;
  /** v2 bearer token → client id. */
  readonly bearerTokens: Map<string, number>;
  /** v2 login challenge → client id, until the second factor is given. */
  readonly challenges: Map<string, number>;
  /** Tickets with a staff answer already scheduled, so each wait yields one answer. */
  readonly pendingStaffReplies: Set<number>;
  readonly stopping: AbortController;
}

/** What one API call may see: null scope = admin credentials (all clients). */
export interface CallContext {
  readonly state: ProviderState;
  readonly scopeClientId: number | null;
  readonly baseUrl: string;
}

/** A random opaque token (tokens need no determinism, only unguessability). */
export function newToken(bytes = 24): string {
  return randomBytes(bytes).toString('hex');
}

/** Today on the provider's calendar, as that date's UTC midnight. */
export function providerToday(state: Pick<ProviderState, 'clock' | 'timeZone'>): number {
  return calendarDay(state.clock.now(), state.timeZone);
}

/** Creates empty runtime state around a database. */
export function createState(
  data: DemoData,
  clock: Clock,
  staffReplyDelayMs: number,
  twoFactor: boolean,
  timeZone = 'UTC'
): ProviderState {
  return {
    data,
    clock,
    timeZone,
    staffReplyDelayMs,
    twoFactor,
    ssoTokens: new Map(),
    sessions: new Map(),
    bearerTokens: new Map(),
    challenges: new Map(),
    pendingStaffReplies: new Set(),
    stopping: new AbortController()
  };
}

/**
 * Schedules one staff answer `staffReplyDelayMs` after now on the provider's clock. While an
 * answer is pending, further customer replies do not schedule another: staff answer them
 * together, so a reply yields exactly one staff message.
 */
export function scheduleStaffReply(state: ProviderState, ticket: DemoTicket): void {
  if (state.pendingStaffReplies.has(ticket.id)) return;
  state.pendingStaffReplies.add(ticket.id);
  // Stamp the answer with its due time, not with whenever the promise callback happens to run.
  const atMs = state.clock.now() + state.staffReplyDelayMs;
  state.clock.sleep(state.staffReplyDelayMs, state.stopping.signal).then(
    () => {
      state.pendingStaffReplies.delete(ticket.id);
      if (ticket.status === 'Closed') return;
      ticket.added.push({
        replyid: nextReplyId(ticket),
        author: 'staff',
        admin: state.data.staff[ticket.id % state.data.staff.length] ?? 'Demo Admin',
        atMs,
        message:
          'Hello,\r\n\r\nThanks for your message. We have looked into it and it is sorted now.\r\n\r\nKind regards',
        attachments: []
      });
      ticket.status = 'Answered';
      ticket.lastReplyMs = atMs;
    },
    () => state.pendingStaffReplies.delete(ticket.id)
  );
}
