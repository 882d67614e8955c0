/**
 * The two views of billing: the invoice list and the statement (with the accountant's
 * bundle). Real links, the current one marked.
 */
import { useTranslation } from 'react-i18next';
import { navigate, routeHref } from '../../lib/router';

const TABS = ['invoices', 'statement'] as const;

/** The tab links above a billing view. */
export function BillingTabs({ current }: { readonly current: 'invoices' | 'statement' }) {
  const { t } = useTranslation('invoices');
  return (
    <nav className="billing-tabs" aria-label={t('tabs.label')}>
      {TABS.map((page) => (
        <a
          key={page}
          href={routeHref(page)}
          className="billing-tabs__tab"
          aria-current={page === current ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            navigate(page);
          }}
        >
          {t(`tabs.${page}`)}
        </a>
      ))}
    </nav>
  );
}
