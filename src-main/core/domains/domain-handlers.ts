/**
 * The `domains:*` channels. Reads come from the cache joined with the stored alert pass
 * (alerts/alert-results.ts), run first when stale; a renewal or an auto-renew switch changes
 * the cache and the alert pass runs again, so the domain badges and the tray move together.
 */
import type { ContractHandlers } from '@shared/contract';
import type { HandlerContext } from '../handler-context';
import type { Session } from '../profile-session';
import { ensureAlertResults } from '../alerts/alert-results-repository';
import { collectAlerts, withoutDomains } from '../alerts/alert-service';
import { alertSettingsFrom } from '../alerts/settings';
import type { AlertSettings } from '../alerts/types';
import { localDate } from '../time';
import { domainDetail, renewDomain, switchAutoRenew } from './domain-actions';
import { domainStatusCounts, queryDomainPage, renewalsAhead } from './domain-repository';

type DomainChannels = 'domains:list' | 'domains:get' | 'domains:renew' | 'domains:set-auto-renew';

/** Builds the domain handlers over the active session's cache. */
export function createDomainHandlers(
  ctx: HandlerContext,
  hooks: {
    /** After a domain changed in the cache outside a sync (the alert pass runs again). */
    readonly afterDomainChange?: (session: Session) => Promise<void>;
  } = {}
): Pick<ContractHandlers, DomainChannels> {
  const settings = (): AlertSettings => alertSettingsFrom(ctx.settings());
  return {
    'domains:list': async (input) => {
      const { db } = ctx.requireSession().cache;
      const now = ctx.clock.now();
      const current = settings();
      ensureAlertResults(db, current, now, () => withoutDomains(collectAlerts(db, current, now)));
      const today = localDate(now, current.timeZone);
      return {
        ...queryDomainPage(db, input, today),
        statusCounts: domainStatusCounts(db),
        renewals: renewalsAhead(db, today),
        today
      };
    },
    'domains:get': async ({ id }) =>
      domainDetail(ctx.requireSession().cache.db, settings(), ctx.clock.now(), id),
    'domains:renew': async ({ id }) =>
      renewDomain(ctx.requireSession(), id, (url) => ctx.openExternal(url)),
    'domains:set-auto-renew': async ({ id, autoRenew }) => {
      const session = ctx.requireSession();
      const result = await switchAutoRenew(session, id, autoRenew);
      await hooks.afterDomainChange?.(session);
      return result;
    }
  };
}
