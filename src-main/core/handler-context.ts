/**
 * What feature handlers get from the composition: the active session, the ports they may
 * use, and the current settings. Each feature module exports `createXxxHandlers(ctx)`.
 */
import type { Settings } from '@shared/contract';
import type { Clock, EventSink, Logger, Notifier } from './ports';
import type { Session } from './profile-session';

export interface HandlerContext {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly events: EventSink;
  readonly notifier: Notifier;
  readonly settings: () => Settings;
  /** The active session, or null when no profile is connected. */
  readonly session: () => Session | null;
  /** The active session; throws a 'not-found' failure with a clear message when there is none. */
  readonly requireSession: () => Session;
  /** Opens a vetted URL in the system browser; false where the shell cannot (web). */
  readonly openExternal: (url: string) => Promise<boolean>;
}
