/**
 * One domain as the app's Domains page and `hostdeck domains` see it, and what both do to
 * it: renew it the way the provider allows, switch its auto-renew. The channels
 * (domain-handlers.ts) and the command line call these; each then runs the alert pass its
 * own way (the app with notifications, the command line without).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { InvokeOutput } from '@shared/contract';
import { inTransaction } from '../cache/database';
import { readEntity, upsertEntities } from '../cache/repositories/entities';
import { forgetPageHashes } from '../cache/repositories/list-page-hashes';
import { AppFailure } from '../errors';
import { renewCapabilitiesBeforeConnect } from '../profiles/connect';
import type { Session } from '../profile-session';
import { readDomainAlertResult } from '../alerts/alert-results-repository';
import { collectAlerts, withoutDomains } from '../alerts/alert-service';
import { readDomainHistory } from '../alerts/alerts-repository';
import type { AlertSettings } from '../alerts/types';
import { daysLeft } from '../time';
import { domainRunId } from './domain-repository';
import { domainView } from './domain-view';
import { renewPath } from './renew-policy';

function notCached(): AppFailure {
  return new AppFailure(
    'not-found',
    'This domain is not in the cache (it may have been removed at the provider).',
    { code: 'domain-not-cached' }
  );
}

/** A cached domain with its days left, its alert (the stored pass's) and its alert history. */
export function domainDetail(
  db: DatabaseSync,
  settings: AlertSettings,
  now: number,
  id: string
): InvokeOutput<'domains:get'> {
  const domain = readEntity(db, 'domains', id);
  if (!domain) throw notCached();
  const alert = readDomainAlertResult(db, settings, now, id, () =>
    withoutDomains(collectAlerts(db, settings, now))
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
    domain: domainView(domain, daysLeft(domain.expiresOn, now, settings.timeZone), alert ?? null),
    history
  };
}

/**
 * Renews a cached domain as the provider's capabilities say: through its API, followed by a
 * sync; else its client area's renewal page, opened with `openExternal` (false: the page's
 * address is returned to show); else a refusal saying where to renew.
 */
export async function renewDomain(
  session: Session,
  id: string,
  openExternal: (url: string) => Promise<boolean>
): Promise<InvokeOutput<'domains:renew'>> {
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
      throw new AppFailure('unsupported', 'This provider has no web address to renew domains at.', {
        code: 'renew-no-address'
      });
    case 'page-refused':
      throw new AppFailure(
        'forbidden',
        `The provider's renewal page cannot be opened: ${path.reason}`,
        { code: 'link-refused' }
      );
    case 'renewal-page': {
      const opened = await openExternal(path.url);
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
}

/**
 * Turns a cached domain's auto-renew on or off at the provider, then in the cache. Only where
 * the adapter's capabilities say domainAutoRenewToggle (unsupported otherwise).
 */
export async function switchAutoRenew(
  session: Session,
  id: string,
  autoRenew: boolean
): Promise<InvokeOutput<'domains:set-auto-renew'>> {
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
  return { id, autoRenew };
}
