/**
 * The page registry: every top-level page, in navigation order. To add a page, write
 * `features/<name>/<name>-page.tsx` (root element with `data-page="<name>"`), declare it lazily
 * below and add one entry here; the navigation, shortcuts, header title and error boundary
 * follow from it.
 */
import { lazy, type ComponentType } from 'react';
import type { nav } from '@shared/i18n/locales/en/nav';
import type { ProviderCapabilities } from '@shared/model/capabilities';
import { serves, type Capability } from '../lib/capabilities';
import { TicketsNavBadge } from '../features/tickets/tickets-nav-badge';

/*
 * Each page is its own chunk, fetched the first time it is shown (the frame renders a
 * Suspense fallback carrying the page's data-page and data-view-state="loading" meanwhile),
 * so the charts, the Markdown renderer and the PDF viewer stay out of the first paint.
 */
const DashboardPage = lazy(() =>
  import('../features/account/account-page').then((m) => ({ default: m.DashboardPage }))
);
const UsagePage = lazy(() =>
  import('../features/usage/usage-page').then((m) => ({ default: m.UsagePage }))
);
const DomainsPage = lazy(() =>
  import('../features/domains/domains-page').then((m) => ({ default: m.DomainsPage }))
);
const TicketsPage = lazy(() =>
  import('../features/tickets/tickets-page').then((m) => ({ default: m.TicketsPage }))
);
const InvoicesPage = lazy(() =>
  import('../features/invoices/invoices-page').then((m) => ({ default: m.InvoicesPage }))
);
const StatementPage = lazy(() =>
  import('../features/invoices/statement-page').then((m) => ({ default: m.StatementPage }))
);
const ServicesPage = lazy(() =>
  import('../features/services/services-page').then((m) => ({ default: m.ServicesPage }))
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage }))
);
const PricesPage = lazy(() =>
  import('../features/prices/prices-page').then((m) => ({ default: m.PricesPage }))
);
const AlertsPage = lazy(() =>
  import('../features/alerts/alerts-page').then((m) => ({ default: m.AlertsPage }))
);
const ProfilesPage = lazy(() =>
  import('../features/profiles/profiles-page').then((m) => ({ default: m.ProfilesPage }))
);

export interface PageProps {
  /** Route segments after the page id: `#/tickets/42` gives `['42']`. */
  readonly params: readonly string[];
}

/** A page's id; its title is `nav:pages.<id>` in the catalog. */
export type PageId = keyof (typeof nav)['pages'];

export interface PageDefinition {
  /**
   * The route's first segment and the page root's `data-page`. Its title (`nav:pages.<id>`)
   * is shown in the header and, unless `inNav` is false, in the navigation.
   */
  readonly id: PageId;
  readonly component: ComponentType<PageProps>;
  /** False for pages reached only by links (e.g. onboarding). Defaults to true. */
  readonly inNav?: boolean;
  /** A count shown next to the title in the navigation (e.g. unread tickets). */
  readonly navBadge?: ComponentType;
  /** For a page outside the navigation: the entry marked current while it is shown. */
  readonly navParent?: string;
  /**
   * What the provider must serve for the page to exist (Combell has no invoices or tickets):
   * hidden from the navigation otherwise, and its address says "not available".
   */
  readonly requires?: Capability;
}

export const pages: readonly PageDefinition[] = [
  { id: 'dashboard', component: DashboardPage },
  { id: 'usage', component: UsagePage },
  { id: 'domains', component: DomainsPage },
  {
    id: 'tickets',
    component: TicketsPage,
    navBadge: TicketsNavBadge,
    requires: 'tickets'
  },
  { id: 'invoices', component: InvoicesPage, requires: 'invoices' },
  { id: 'services', component: ServicesPage },
  { id: 'settings', component: SettingsPage },
  { id: 'alerts', component: AlertsPage, inNav: false },
  { id: 'profiles', component: ProfilesPage, inNav: false },
  {
    id: 'statement',
    component: StatementPage,
    inNav: false,
    navParent: 'invoices',
    requires: 'invoices'
  },
  {
    id: 'prices',
    component: PricesPage,
    inNav: false,
    navParent: 'settings',
    requires: 'usageRecording'
  }
];

/** Shown for the empty route (`#/` or no hash). */
export const DEFAULT_PAGE_ID = 'dashboard';

export interface NavEntry {
  readonly page: PageDefinition;
  /** 1..9 for Alt/Ctrl+digit, or null beyond nine entries. */
  readonly shortcut: number | null;
}

/** Whether the active provider serves what `page` needs (unknown capabilities: yes). */
export function pageAvailable(
  page: PageDefinition,
  capabilities: ProviderCapabilities | null | undefined
): boolean {
  return page.requires === undefined || serves(capabilities, page.requires);
}

/**
 * The navigation entries with their digit shortcuts, in order: the pages the provider can
 * fill (every page while capabilities are unknown), numbered as they appear.
 */
export function navEntries(capabilities: ProviderCapabilities | null = null): readonly NavEntry[] {
  return pages
    .filter((page) => page.inNav !== false && pageAvailable(page, capabilities))
    .map((page, index) => ({ page, shortcut: index < 9 ? index + 1 : null }));
}

/** The page for a route's first segment; the empty segment is the default page. */
export function findPage(id: string): PageDefinition | undefined {
  const wanted = id === '' ? DEFAULT_PAGE_ID : id;
  return pages.find((page) => page.id === wanted);
}
