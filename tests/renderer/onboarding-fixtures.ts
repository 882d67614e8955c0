/**
 * Shared values for the onboarding, profiles and dashboard renderer tests: profiles as main
 * lists them and account summaries as main computes them.
 */
import type { AccountSummaryView, ProfileView } from '@shared/contract';

/** A profile view with sensible defaults. */
export function profileView(overrides: Partial<ProfileView> = {}): ProfileView {
  return {
    id: 'p1',
    name: 'Acme Hosting',
    kind: 'whmcs',
    baseUrl: 'https://billing.acme.example',
    authMode: 'classic',
    login: 'api-reseller',
    createdAt: '2026-11-01T09:00:00Z',
    ...overrides
  };
}

/** The demo profile as `profiles:use-demo` returns it. */
export const DEMO_PROFILE: ProfileView = profileView({
  id: 'demo',
  name: 'Demo provider',
  kind: 'demo',
  baseUrl: null,
  authMode: 'demo',
  login: null
});

/** A synced summary: some unpaid, one overdue, a year of spend. */
export function syncedSummary(overrides: Partial<AccountSummaryView> = {}): AccountSummaryView {
  return {
    synced: true,
    name: 'Acme Hosting',
    email: 'jane@acme.example',
    currency: 'EUR',
    creditBalance: { amountMinor: 12_550, currency: 'EUR' },
    unpaidCount: 3,
    unpaidTotal: { amountMinor: 45_000, currency: 'EUR' },
    overdueCount: 1,
    overdueTotal: { amountMinor: 15_000, currency: 'EUR' },
    unpaidInvoices: [
      {
        id: '71',
        number: 'INV-0071',
        issuedOn: '2026-09-01',
        dueOn: '2026-09-15',
        status: 'unpaid',
        amount: { amountMinor: 15_000, currency: 'EUR' },
        overdue: true
      },
      {
        id: '80',
        number: 'INV-0080',
        issuedOn: '2026-11-01',
        dueOn: '2026-12-01',
        status: 'unpaid',
        amount: { amountMinor: 20_000, currency: 'EUR' },
        overdue: false
      },
      {
        id: '81',
        number: '81',
        issuedOn: '2026-11-10',
        dueOn: '2026-12-10',
        status: 'payment_pending',
        amount: { amountMinor: 10_000, currency: 'EUR' },
        overdue: false
      }
    ],
    spendByMonth: Array.from({ length: 12 }, (_, index) => ({
      month: `2026-${String(index + 1).padStart(2, '0')}`,
      total: (index + 1) * 1_000
    })),
    counts: { domains: 42, services: 7, openTickets: 3 },
    ...overrides
  };
}

/** The summary before the first sync. */
export function unsyncedSummary(): AccountSummaryView {
  return {
    synced: false,
    name: null,
    email: null,
    currency: null,
    creditBalance: null,
    unpaidCount: 0,
    unpaidTotal: null,
    overdueCount: 0,
    overdueTotal: null,
    unpaidInvoices: [],
    spendByMonth: [],
    counts: { domains: 0, services: 0, openTickets: 0 }
  };
}
