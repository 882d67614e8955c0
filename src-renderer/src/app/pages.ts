/**
 * The page registry: every top-level page, in navigation order. To add a page, write
 * `features/<name>/<name>-page.tsx` (root element with `data-page="<name>"`), add one entry
 * here and its routes in routes.tsx (where it is declared lazily); the navigation, shortcuts,
 * header title, availability and error boundary follow from it.
 */
import type { ComponentType } from 'react';
import type { nav } from '@shared/i18n/locales/en/nav';
import type { ProviderCapabilities } from '@shared/model/capabilities';
import { prefetchDomains } from '../features/domains/domains-first-queries';
import { prefetchUsage } from '../features/usage/usage-first-queries';
import { serves, type Capability } from '../lib/capabilities';
import type { FirstQueries } from './first-queries';
import { lazyWithWords } from './lazy-page';

/** Loaded with the tickets words, after the first paint (a count that arrives with its query anyway). */
const TicketsNavBadge = lazyWithWords(() =>
  import('../features/tickets/tickets-nav-badge').then((m) => m.TicketsNavBadge)
);

/** A page's id; its title is `nav:pages.<id>` in the catalog. */
export type PageId = keyof (typeof nav)['pages'];

export interface PageDefinition {
  /**
   * The route's first segment and the page root's `data-page`. Its title (`nav:pages.<id>`)
   * is shown in the header and, unless `inNav` is false, in the navigation.
   */
  readonly id: PageId;
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
  /**
   * The queries the page opens with, asked as soon as its route is shown, while its code
   * loads (app/first-queries.ts). A zod-free module of the feature: the first paint carries it.
   */
  readonly firstQueries?: FirstQueries;
}

export const pages: readonly PageDefinition[] = [
  { id: 'dashboard' },
  { id: 'usage', firstQueries: prefetchUsage },
  { id: 'domains', firstQueries: prefetchDomains },
  { id: 'tickets', navBadge: TicketsNavBadge, requires: 'tickets' },
  { id: 'invoices', requires: 'invoices' },
  { id: 'services' },
  { id: 'settings' },
  { id: 'alerts', inNav: false },
  { id: 'profiles', inNav: false },
  {
    id: 'statement',
    inNav: false,
    navParent: 'invoices',
    requires: 'invoices'
  },
  {
    id: 'prices',
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

/** The page of an id (a route's `staticData.page`, a navigation entry's). */
export function findPage(id: string): PageDefinition | undefined {
  return pages.find((page) => page.id === id);
}
