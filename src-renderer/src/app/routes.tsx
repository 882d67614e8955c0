/**
 * The route tree (TanStack Router, hash history): every address the window answers, typed.
 * The frame (app-frame.tsx) holds the matched route in its main element; each page's routes
 * render the page inside its availability check, error boundary and loading stand-in
 * (page-view.tsx); an address no route answers shows the not-found page.
 * A list's filters, sort and page live in the address's query, read as plain strings
 * (`parseQuery`) and checked by each list's own small functions (components/data-table).
 */
import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  type AnyRouter,
  type RouterHistory
} from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { parseQuery, stringifyQuery } from '../lib/router';
import { lazyWithWords } from './lazy-page';
import { NotFoundPage } from './not-found-page';
import type { PageId } from './pages';
import { PageView } from './page-view';

/*
 * Each page is its own chunk, fetched the first time it is shown (the page view renders a
 * Suspense fallback carrying the page's data-page and data-view-state="loading" meanwhile),
 * so the charts, the Markdown renderer and the PDF viewer stay out of the first paint; the
 * pages' English words come with the first page shown.
 */
const lazyPage = lazyWithWords;

const DashboardPage = lazyPage(() =>
  import('../features/account/account-page').then((m) => m.DashboardPage)
);
const UsagePage = lazyPage(() => import('../features/usage/usage-page').then((m) => m.UsagePage));
const DomainsPage = lazyPage(() =>
  import('../features/domains/domains-page').then((m) => m.DomainsPage)
);
const TicketsPage = lazyPage(() =>
  import('../features/tickets/tickets-page').then((m) => m.TicketsPage)
);
const InvoicesPage = lazyPage(() =>
  import('../features/invoices/invoices-page').then((m) => m.InvoicesPage)
);
const StatementPage = lazyPage(() =>
  import('../features/invoices/statement-page').then((m) => m.StatementPage)
);
const ServicesPage = lazyPage(() =>
  import('../features/services/services-page').then((m) => m.ServicesPage)
);
const SettingsPage = lazyPage(() =>
  import('../features/settings/settings-page').then((m) => m.SettingsPage)
);
const PricesPage = lazyPage(() =>
  import('../features/prices/prices-page').then((m) => m.PricesPage)
);
const AlertsPage = lazyPage(() =>
  import('../features/alerts/alerts-page').then((m) => m.AlertsPage)
);
const ProfilesPage = lazyPage(() =>
  import('../features/profiles/profiles-page').then((m) => m.ProfilesPage)
);

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The page a route shows: its title, navigation entry and availability. */
    readonly page?: PageId;
  }
}

const rootRoute = createRootRoute({ notFoundComponent: NotFoundPage });

/** The route of a page without parameters (`#/usage`, `#/settings`). */
function plainPage(page: PageId, render: () => ReactNode) {
  return createRoute({
    getParentRoute: () => rootRoute,
    path: page,
    staticData: { page },
    component: () => <PageView page={page}>{render()}</PageView>
  });
}

const startRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  staticData: { page: 'dashboard' },
  component: () => (
    <PageView page="dashboard">
      <DashboardPage />
    </PageView>
  )
});

const domainRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'domains/$id',
  staticData: { page: 'domains' },
  component: function Domain() {
    const { id } = domainRoute.useParams();
    return (
      <PageView page="domains">
        <DomainsPage id={id} />
      </PageView>
    );
  }
});

const ticketRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'tickets/$id',
  staticData: { page: 'tickets' },
  component: function Ticket() {
    const { id } = ticketRoute.useParams();
    return (
      <PageView page="tickets">
        <TicketsPage id={id} />
      </PageView>
    );
  }
});

const invoiceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'invoices/$id',
  staticData: { page: 'invoices' },
  component: function Invoice() {
    const { id } = invoiceRoute.useParams();
    return (
      <PageView page="invoices">
        <InvoicesPage id={id} />
      </PageView>
    );
  }
});

/** An older link form, `#/invoices/filter/<status>`: the list on that status. */
const invoiceFilterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'invoices/filter/$status',
  staticData: { page: 'invoices' },
  component: function InvoiceFilter() {
    const { status } = invoiceFilterRoute.useParams();
    return (
      <PageView page="invoices">
        <InvoicesPage filter={status} />
      </PageView>
    );
  }
});

const serviceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'services/$id',
  staticData: { page: 'services' },
  component: function Service() {
    const { id } = serviceRoute.useParams();
    return (
      <PageView page="services">
        <ServicesPage id={id} />
      </PageView>
    );
  }
});

const routeTree = rootRoute.addChildren([
  startRoute,
  plainPage('dashboard', () => <DashboardPage />),
  plainPage('usage', () => <UsagePage />),
  plainPage('domains', () => <DomainsPage />),
  domainRoute,
  plainPage('tickets', () => <TicketsPage />),
  ticketRoute,
  plainPage('invoices', () => <InvoicesPage />),
  invoiceRoute,
  invoiceFilterRoute,
  plainPage('statement', () => <StatementPage />),
  plainPage('services', () => <ServicesPage />),
  serviceRoute,
  plainPage('settings', () => <SettingsPage />),
  plainPage('prices', () => <PricesPage />),
  plainPage('alerts', () => <AlertsPage />),
  plainPage('profiles', () => <ProfilesPage />)
]);

/** The app's router: the tree above on `history` (the window's hash unless a test passes one). */
export function createAppRouter(history: RouterHistory = createHashHistory()) {
  return createRouter({
    routeTree,
    history,
    // Query values stay strings in the address's own spelling; each list reads its own.
    parseSearch: (search) => parseQuery(search),
    stringifySearch: stringifyQuery,
    // The window scrolls its main element itself; the router leaves scrolling alone.
    scrollRestoration: false
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

/**
 * The page the route tree gives `pathname`, from its paths alone (no parameter decoded, no
 * loading): what the frame names while the router has not matched its first address yet.
 */
export function pageOfPath(router: AnyRouter, pathname: string): PageId | undefined {
  const matched = router.getMatchedRoutes(pathname);
  if (isPastItsRoute(matched)) return undefined;
  const [branch] = matched;
  return branch[branch.length - 1]?.options.staticData?.page;
}

/**
 * True when `pathname` goes on past the route that answers its start (`usage/7`,
 * `invoices/7/edit`): the router then matches that route but shows the not-found page, and
 * the window must not be named after the route's page.
 */
export function goesPastItsRoute(router: AnyRouter, pathname: string): boolean {
  return isPastItsRoute(router.getMatchedRoutes(pathname));
}

/** What is left over is the router's "**" parameter: its own test for a not-found address. */
function isPastItsRoute([, rawParams, found]: ReturnType<AnyRouter['getMatchedRoutes']>): boolean {
  return found !== undefined && found.path !== '/' && Boolean(rawParams['**']);
}
