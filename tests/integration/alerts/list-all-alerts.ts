/**
 * The alert centre's pages as one list, for tests whose demo data fits in one page per group:
 * what a reseller sees with every group on its first page.
 */
import { ALERT_PAGE_LIMIT, type ContractHandlers } from '@shared/contract';

export async function listAllAlerts(handlers: Pick<ContractHandlers, 'alerts:list'>) {
  const page = await handlers['alerts:list']({
    limit: ALERT_PAGE_LIMIT,
    offsets: { critical: 0, warning: 0, info: 0, snoozed: 0 }
  });
  for (const group of page.groups)
    if (group.total > group.alerts.length)
      throw new Error(`the ${group.id} group holds more than one page (${group.total})`);
  return { ...page, alerts: page.groups.flatMap((group) => group.alerts) };
}
