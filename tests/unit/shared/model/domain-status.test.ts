import { describe, expect, it } from 'vitest';
import { domainViewSchema } from '@shared/contract';
import {
  DOMAIN_STATUSES,
  ENDED_DOMAIN_STATUSES,
  isEndedDomainStatus,
  isLapsedDomainStatus,
  isLiveDomainStatus,
  LAPSED_DOMAIN_STATUSES,
  type DomainStatus
} from '@shared/model';
import { domainStatus } from '@main/core/providers/whmcs/normalize';
import { isThresholdStatus } from '@main/core/alerts/domain-alerts';

/** How WHMCS spells a status: "Transferred Away", "Pending Registration". */
const whmcsSpelling = (status: DomainStatus): string =>
  status
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

const view = (status: string) => ({
  id: '7',
  name: 'example.com',
  status,
  expiresOn: '2027-01-31',
  nextDueOn: null,
  daysLeft: 60,
  autoRenew: false,
  renewalPrice: null,
  registrar: null,
  alert: null
});

describe('the domain status enum, declared once in the model', () => {
  it('puts every status in exactly one of ended, lapsed and live', () => {
    for (const status of DOMAIN_STATUSES) {
      const groups = [isEndedDomainStatus, isLapsedDomainStatus, isLiveDomainStatus].filter(
        (inGroup) => inGroup(status)
      );
      expect(groups, status).toHaveLength(1);
    }
    expect([...ENDED_DOMAIN_STATUSES].sort()).toEqual(['cancelled', 'fraud', 'transferred_away']);
    expect([...LAPSED_DOMAIN_STATUSES].sort()).toEqual(['expired', 'grace', 'redemption']);
    // `unknown` counts down, so an odd status still warns the reseller.
    expect(isLiveDomainStatus('unknown')).toBe(true);
  });

  it('lets the WHMCS reader map every status of the enum, and nothing else', () => {
    for (const status of DOMAIN_STATUSES.filter((s) => s !== 'unknown'))
      expect(domainStatus(whmcsSpelling(status))).toBe(status);
    expect(domainStatus('Grace Period (Expired)')).toBe('grace');
    expect(domainStatus('Parked')).toBe('unknown');
    expect(domainStatus('Unknown')).toBe('unknown');
  });

  it('counts down to alert thresholds exactly for the live statuses', () => {
    for (const status of DOMAIN_STATUSES)
      expect(isThresholdStatus(status), status).toBe(isLiveDomainStatus(status));
  });

  it("gives the contract's domain view the model's enum, so a status outside it is refused", () => {
    for (const status of DOMAIN_STATUSES)
      expect(domainViewSchema.parse(view(status)).status).toBe(status);
    expect(domainViewSchema.safeParse(view('parked')).success).toBe(false);
    expect(domainViewSchema.safeParse(view('Active')).success).toBe(false);
  });
});
