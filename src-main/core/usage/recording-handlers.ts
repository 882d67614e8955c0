/**
 * Contract handlers of Hostdeck's own record (issue 14): the price list, the source of a
 * month's snapshots, and the auto-renew switch of providers that allow it (Combell).
 */
import type { ContractHandlers } from '@shared/contract';
import { inTransaction } from '../cache/database';
import { readEntity, upsertEntities } from '../cache/repositories/entities';
import { forgetPageHashes } from '../cache/repositories/list-page-hashes';
import { AppFailure } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { Session } from '../profile-session';
import { importPriceCsv, priceListView, savePrices } from '../prices/price-service';
import { monthSource } from './recorded-month';

type RecordingChannels =
  | 'prices:get'
  | 'prices:save'
  | 'prices:import-csv'
  | 'usage:get-source'
  | 'domains:set-auto-renew';

/** An adapter that can switch auto-renew (the Combell adapter). */
interface AutoRenewSwitch {
  setDomainAutoRenew(domainName: string, willRenew: boolean, signal?: AbortSignal): Promise<void>;
}

function canSwitchAutoRenew(adapter: object): adapter is AutoRenewSwitch {
  return typeof (adapter as Partial<AutoRenewSwitch>).setDomainAutoRenew === 'function';
}

/** The local calendar month (`YYYY-MM`) of an instant in a zone. */
function localMonth(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit'
  }).formatToParts(ms);
  const year = parts.find((p) => p.type === 'year')?.value ?? '1970';
  const month = parts.find((p) => p.type === 'month')?.value ?? '01';
  return `${year}-${month}`;
}

/** Builds the handlers over the active session's cache. */
export function createRecordingHandlers(
  ctx: HandlerContext,
  hooks: {
    /** After a domain changed in the cache outside a sync (the alert pass runs again). */
    readonly afterDomainChange?: (session: Session) => Promise<void>;
  } = {}
): Pick<ContractHandlers, RecordingChannels> {
  const changedUsage = (): void => ctx.events.emit('cache:changed', { scopes: ['usage'] });
  return {
    'prices:get': async () => priceListView(ctx.requireSession().cache.db),
    'prices:save': async ({ currency, entries }) => {
      const list = savePrices(ctx.requireSession().cache.db, currency, entries);
      changedUsage();
      return list;
    },
    'prices:import-csv': async ({ csv }) => {
      const result = importPriceCsv(ctx.requireSession().cache.db, csv);
      if (result.imported > 0) changedUsage();
      return { imported: result.imported, issues: [...result.issues], list: result.list };
    },
    'usage:get-source': async ({ month }) => {
      const timeZone = ctx.settings().timeZone;
      return monthSource(
        ctx.requireSession().cache.db,
        month ?? localMonth(ctx.clock.now(), timeZone),
        timeZone
      );
    },
    'domains:set-auto-renew': async ({ id, autoRenew }) => {
      const session = ctx.requireSession();
      const domain = readEntity(session.cache.db, 'domains', id);
      if (!domain)
        throw new AppFailure(
          'not-found',
          'This domain is not in the cache (it may have been removed at the provider).',
          { code: 'domain-not-cached' }
        );
      const adapter = await session.adapter();
      // The adapter's capability decides, not the profile's kind.
      if (!adapter.capabilities().domainAutoRenewToggle || !canSwitchAutoRenew(adapter))
        throw new AppFailure(
          'unsupported',
          "This provider's API cannot switch auto-renew; change it in the provider's panel.",
          { code: 'auto-renew-unsupported' }
        );
      await adapter.setDomainAutoRenew(domain.name, autoRenew);
      const db = session.cache.db;
      const runId = (
        db.prepare('SELECT run_id FROM domains WHERE id = ?').get(id) as
          { run_id: string | null } | undefined
      )?.run_id;
      inTransaction(db, () => {
        upsertEntities(db, 'domains', [{ ...domain, autoRenew }], runId ?? 'auto-renew');
        // The row changed here: the next sync reads the domain listing again.
        forgetPageHashes(db, 'domains');
      });
      await hooks.afterDomainChange?.(session);
      ctx.events.emit('cache:changed', { scopes: ['domains', 'alerts'] });
      return { id, autoRenew };
    }
  };
}
