/**
 * The `domains:*` channels. Reads come from the cache joined with the stored alert pass
 * (alerts/alert-results.ts), run first when stale; a renewal or an auto-renew switch changes
 * the cache and the alert pass runs again, so the domain badges and the tray move together.
 */
import type { ContractHandlers } from '@shared/contract';
import { inTransaction } from '../cache/database';
import { readEntity, upsertEntities } from '../cache/repositories/entities';
import { forgetPageHashes } from '../cache/repositories/list-page-hashes';
import { AppFailure } from '../errors';
import type { HandlerContext } from '../handler-context';
import { renewCapabilitiesBeforeConnect } from '../profiles/connect';
import type { Session } from '../profile-session';
import { ensureAlertResults, readDomainAlertResult } from '../alerts/alert-results-repository';
import { collectAlerts, withoutDomains } from '../alerts/alert-service';
import { readDomainHistory } from '../alerts/alerts-repository';
import { alertSettingsFrom } from '../alerts/settings';
import type { AlertSettings } from '../alerts/types';
import { daysLeft, localDate } from '../time';
import {
  domainRunId,
  domainStatusCounts,
  queryDomainPage,
  renewalsAhead
} from './domain-repository';
import { domainView } from './domain-view';
import { renewPath } from './renew-policy';

type DomainChannels = 'domains:list' | 'domains:get' | 'domains:renew' | 'domains:set-auto-renew';

function notCached(): AppFailure {
  return new AppFailure(
    'not-found',
    'This domain is not in the cache (it may have been removed at the provider).',
    { code: 'domain-not-cached' }
  );
}

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
    'domains:get': async ({ id }) => {
      const { db } = ctx.requireSession().cache;
      const now = ctx.clock.now();
      const current = settings();
      const domain = readEntity(db, 'domains', id);
      if (!domain) throw notCached();
      const alert = readDomainAlertResult(db, current, now, id, () =>
        withoutDomains(collectAlerts(db, current, now))
      );
      const history = readDomainHistory(db, id).map((h) => ({
        key: h.key,
        at: h.at,
        event: h.event,
        detail: h.detail,
        text: h.text ?? null,
        until: h.until ?? null
      }));
      return {
        domain: domainView(
          domain,
          daysLeft(domain.expiresOn, now, current.timeZone),
          alert ?? null
        ),
        history
      };
    },
    'domains:renew': async ({ id }) => {
      const session = ctx.requireSession();
      const domain = readEntity(session.cache.db, 'domains', id);
      if (!domain) throw notCached();
      // The adapter's capabilities decide (known once it connected; before, its configuration
      // says how it will renew, so opening a renewal page needs no connection).
      const path = renewPath(
        session.capabilities() ?? renewCapabilitiesBeforeConnect(session.profile),
        session.profile.baseUrl
      );
      switch (path.via) {
        case 'api': {
          const adapter = await session.adapter();
          if (!adapter.renewDomain || !adapter.capabilities().domainRenew)
            throw new AppFailure(
              'unsupported',
              'This provider renews domains through its own website.'
            );
          await adapter.renewDomain(id);
          // The sync re-reads the new expiry and its afterSync clears the domain's alert.
          const report = await session.sync('incremental');
          const synced = report.entities.find((e) => e.entity === 'domains')?.ok === true;
          return {
            mode: 'renewed',
            url: null,
            synced,
            message: synced
              ? `${domain.name} was renewed for one year.`
              : `${domain.name} was renewed for one year; the new expiry date shows after the next successful sync.`
          };
        }
        case 'control-panel':
          // Combell is the provider whose API cannot renew and whose address is the API's.
          throw new AppFailure(
            'unsupported',
            `Renew ${domain.name} in the Combell control panel; Combell's API cannot renew domains.`,
            { code: 'renew-in-combell-panel', values: { domain: domain.name } }
          );
        case 'no-address':
          throw new AppFailure(
            'unsupported',
            'This provider has no web address to renew domains at.',
            { code: 'renew-no-address' }
          );
        case 'page-refused':
          throw new AppFailure(
            'forbidden',
            `The provider's renewal page cannot be opened: ${path.reason}`,
            { code: 'link-refused' }
          );
        case 'renewal-page': {
          const opened = await ctx.openExternal(path.url);
          return opened
            ? {
                mode: 'opened-page',
                url: path.url,
                synced: false,
                message: `The renewal page for ${domain.name} opened in your browser.`
              }
            : {
                mode: 'page-url',
                url: path.url,
                synced: false,
                message: `Open the provider's renewal page to renew ${domain.name}.`
              };
        }
      }
    },
    'domains:set-auto-renew': async ({ id, autoRenew }) => {
      const session = ctx.requireSession();
      const domain = readEntity(session.cache.db, 'domains', id);
      if (!domain) throw notCached();
      const adapter = await session.adapter();
      // The adapter's capability decides, not the profile's kind.
      if (!adapter.capabilities().domainAutoRenewToggle || !adapter.setDomainAutoRenew)
        throw new AppFailure(
          'unsupported',
          "This provider's API cannot switch auto-renew; change it in the provider's panel.",
          { code: 'auto-renew-unsupported' }
        );
      await adapter.setDomainAutoRenew(domain.name, autoRenew);
      const db = session.cache.db;
      const runId = domainRunId(db, id);
      inTransaction(db, () => {
        upsertEntities(db, 'domains', [{ ...domain, autoRenew }], runId ?? 'auto-renew');
        // The row changed here: the next sync reads the domain listing again.
        forgetPageHashes(db, 'domains');
      });
      await hooks.afterDomainChange?.(session);
      return { id, autoRenew };
    }
  };
}
