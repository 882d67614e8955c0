/**
 * The page registry: every top-level page, in navigation order. To add a page, write
 * `features/<name>/<name>-page.tsx` (root element with `data-page="<name>"`) and add one entry
 * here; the navigation, shortcuts, header title and error boundary follow from it.
 */
import type { ComponentType } from 'react';
import { AlertsPage } from '../features/alerts/alerts-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { DomainsPage } from '../features/domains/domains-page';
import { InvoicesPage } from '../features/invoices/invoices-page';
import { StatementPage } from '../features/invoices/statement-page';
import { ProfilesPage } from '../features/profiles/profiles-page';
import { ServicesPage } from '../features/services/services-page';
import { SettingsPage } from '../features/settings/settings-page';
import { TicketsNavBadge } from '../features/tickets/tickets-nav-badge';
import { TicketsPage } from '../features/tickets/tickets-page';
import { UsagePage } from '../features/usage/usage-page';

export interface PageProps {
  /** Route segments after the page id: `#/tickets/42` gives `['42']`. */
  readonly params: readonly string[];
}

export interface PageDefinition {
  /** The route's first segment and the page root's `data-page`. */
  readonly id: string;
  /** Shown in the header and, unless `inNav` is false, in the navigation. */
  readonly title: string;
  readonly component: ComponentType<PageProps>;
  /** False for pages reached only by links (e.g. onboarding). Defaults to true. */
  readonly inNav?: boolean;
  /** A count shown next to the title in the navigation (e.g. unread tickets). */
  readonly navBadge?: ComponentType;
  /** For a page outside the navigation: the entry marked current while it is shown. */
  readonly navParent?: string;
}

export const pages: readonly PageDefinition[] = [
  { id: 'dashboard', title: 'Dashboard', component: DashboardPage },
  { id: 'usage', title: 'Usage', component: UsagePage },
  { id: 'domains', title: 'Domains', component: DomainsPage },
  { id: 'tickets', title: 'Tickets', component: TicketsPage, navBadge: TicketsNavBadge },
  { id: 'invoices', title: 'Invoices', component: InvoicesPage },
  { id: 'services', title: 'Services', component: ServicesPage },
  { id: 'settings', title: 'Settings', component: SettingsPage },
  { id: 'alerts', title: 'Alert centre', component: AlertsPage, inNav: false },
  { id: 'profiles', title: 'Providers', component: ProfilesPage, inNav: false },
  {
    id: 'statement',
    title: 'Statement',
    component: StatementPage,
    inNav: false,
    navParent: 'invoices'
  }
];

/** Shown for the empty route (`#/` or no hash). */
export const DEFAULT_PAGE_ID = 'dashboard';

export interface NavEntry {
  readonly page: PageDefinition;
  /** 1..9 for Alt/Ctrl+digit, or null beyond nine entries. */
  readonly shortcut: number | null;
}

/** The navigation entries with their digit shortcuts, in order. */
export function navEntries(): readonly NavEntry[] {
  return pages
    .filter((page) => page.inNav !== false)
    .map((page, index) => ({ page, shortcut: index < 9 ? index + 1 : null }));
}

/** The page for a route's first segment; the empty segment is the default page. */
export function findPage(id: string): PageDefinition | undefined {
  const wanted = id === '' ? DEFAULT_PAGE_ID : id;
  return pages.find((page) => page.id === wanted);
}

/** The tooltip text of a shortcut, e.g. "Alt+1 or Ctrl+1". */
export function shortcutLabel(digit: number): string {
  return `Alt+${digit} or Ctrl+${digit}`;
}
