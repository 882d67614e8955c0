/**
 * The two views of billing: the invoice list and the statement (with the accountant's
 * bundle). Real links, the current one marked.
 */
import { navigate, routeHref } from '../../lib/router';

const TABS = [
  { page: 'invoices', label: 'Invoices' },
  { page: 'statement', label: 'Statement & bundle' }
] as const;

/** The tab links above a billing view. */
export function BillingTabs({ current }: { readonly current: 'invoices' | 'statement' }) {
  return (
    <nav className="billing-tabs" aria-label="Billing views">
      {TABS.map((tab) => (
        <a
          key={tab.page}
          href={routeHref(tab.page)}
          className="billing-tabs__tab"
          aria-current={tab.page === current ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            navigate(tab.page);
          }}
        >
          {tab.label}
        </a>
      ))}
    </nav>
  );
}
