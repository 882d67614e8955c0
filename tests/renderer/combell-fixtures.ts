/**
 * A Combell profile as the renderer sees it: its status (capabilities without invoices,
 * tickets or credit), its price list and the source of its month.
 */
import type { AppStatus, MonthSource, PriceListView } from '@shared/contract';
import type { ProviderCapabilities } from '@shared/model/capabilities';
import { sampleStatus } from './fake-bridge';

export const COMBELL_CAPABILITIES: ProviderCapabilities = {
  account: false,
  invoices: false,
  invoicePdf: false,
  credit: false,
  transactions: false,
  domains: true,
  domainRenew: false,
  domainRenewalPage: false,
  domainAutoRenewToggle: true,
  services: true,
  tickets: false,
  ticketAttachments: false,
  usageSnapshots: false,
  usageRecording: true,
  multiAccount: false
};

/** The status of an active Combell demo profile. */
export function combellStatus(overrides: Partial<AppStatus> = {}): AppStatus {
  return sampleStatus({
    profile: { id: 'cb', name: 'Combell demo', kind: 'combell' },
    capabilities: COMBELL_CAPABILITIES,
    ...overrides
  });
}

/** Two packs and an add-on; one pack and the add-on without a price. */
export function priceList(overrides: Partial<PriceListView> = {}): PriceListView {
  return {
    currency: 'EUR',
    entries: [
      {
        kind: 'servicepack',
        name: 'Linux Basic',
        monthlyPrice: 595,
        firstSeen: '2026-11-01T08:00:00Z',
        lastSeen: '2026-11-22T08:00:00Z'
      },
      {
        kind: 'servicepack',
        name: 'Linux Pro',
        monthlyPrice: null,
        firstSeen: '2026-11-03T08:00:00Z',
        lastSeen: '2026-11-22T08:00:00Z'
      },
      {
        kind: 'addon',
        name: 'Extra storage 10 GB',
        monthlyPrice: null,
        firstSeen: '2026-11-05T08:00:00Z',
        lastSeen: '2026-11-22T08:00:00Z'
      }
    ],
    unpricedCount: 2,
    ...overrides
  };
}

/** Hostdeck's own record: since 1 Nov 09:00 Brussels, one gap of 3 hours, one unpriced pack. */
export function recordedSource(overrides: Partial<MonthSource> = {}): MonthSource {
  return {
    source: 'hostdeck',
    recordingSince: '2026-11-01T08:00:00Z',
    lastRecorded: '2026-11-22T08:00:00Z',
    currency: 'EUR',
    unpriced: [
      { kind: 'servicepack', name: 'Linux Pro', resourceIds: ['acc-7', 'acc-9'], activeHours: 310 }
    ],
    warnings: [
      {
        code: 'missing-snapshots',
        from: '2026-11-10T11:00:00Z',
        to: '2026-11-10T14:00:00Z',
        hours: 3,
        message: '3 hourly images missing'
      },
      {
        code: 'unpriced-pack',
        kind: 'servicepack',
        name: 'Linux Pro',
        resourceIds: ['acc-7', 'acc-9'],
        message: 'Linux Pro has no price'
      }
    ],
    ...overrides
  };
}
