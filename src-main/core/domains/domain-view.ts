/** How the screens see a cached domain: its fields, its days left and its open alert. */
import type { DomainView } from '@shared/contract';
import type { Domain } from '@shared/model';
import type { DomainAlert } from '../alerts/types';

/** A cached domain as the screens show it, with its days left and its open alert. */
export function domainView(
  domain: Domain,
  days: number | null,
  alert: DomainAlert | null
): DomainView {
  return {
    id: domain.id,
    name: domain.name,
    status: domain.status,
    expiresOn: domain.expiresOn,
    nextDueOn: domain.nextDueOn,
    daysLeft: days,
    autoRenew: domain.autoRenew,
    renewalPrice: domain.recurringAmount
      ? {
          amountMinor: domain.recurringAmount.amountMinor,
          currency: domain.recurringAmount.currency
        }
      : null,
    registrar: domain.registrar,
    alert: alert
      ? {
          key: alert.key,
          kind: alert.kind,
          threshold: alert.threshold,
          severity: alert.severity,
          text: alert.text,
          message: alert.message,
          snoozed: alert.snoozed,
          acknowledged: alert.acknowledged
        }
      : null
  };
}
