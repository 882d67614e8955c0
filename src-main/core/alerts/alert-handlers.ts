import type { ContractHandlers } from '../../../src-shared/contract';
import { AppFailure } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { Session } from '../session';
import type { SyncReport } from '../sync/sync-engine';

type AlertChannels = 'domains:list' | 'domains:get' | 'domains:renew' | 'alerts:list' | 'alerts:snooze' | 'alerts:acknowledge';

/** Domain and alert handlers, plus the hook that evaluates alerts after each sync. */
export function createAlertHandlers(_ctx: HandlerContext): {
  handlers: Pick<ContractHandlers, AlertChannels>;
  afterSync(session: Session, report: SyncReport): Promise<void>;
} {
  const unavailable = async (): Promise<never> => {
    throw new AppFailure('unsupported', 'Domains are not available yet.');
  };
  return {
    handlers: {
      'domains:list': unavailable,
      'domains:get': unavailable,
      'domains:renew': unavailable,
      'alerts:list': unavailable,
      'alerts:snooze': unavailable,
      'alerts:acknowledge': unavailable
    },
    afterSync: async () => undefined
  };
}
