/**
 * One page as a route shows it: "not available" when the active provider cannot serve it,
 * else the page inside an error boundary, with a stand-in root while its chunk loads.
 */
import { useRouterState } from '@tanstack/react-router';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/error-boundary';
import { useAppStatus } from '../lib/queries/app-status';
import { useFirstQueries } from './first-queries';
import { useLazyArrivals } from './lazy-page';
import { findPage, pageAvailable, type PageId } from './pages';
import { UnavailablePage } from './unavailable-page';

interface PageViewProps {
  readonly page: PageId;
  /** The page's (lazily loaded) component. */
  readonly children: ReactNode;
}

/** The page `page`, or what stands for it when the provider cannot serve it. */
export function PageView({ page, children }: PageViewProps) {
  const status = useAppStatus();
  const definition = findPage(page);
  const available = !definition || pageAvailable(definition, status.data?.capabilities);
  // The page's data is asked now, while its chunk loads, not once its code runs.
  useFirstQueries(definition?.firstQueries, available);
  if (definition && !available)
    return <UnavailablePage page={definition} profileName={status.data?.profile?.name ?? null} />;
  return <PageBoundary page={page}>{children}</PageBoundary>;
}

/**
 * A page's error boundary (reset when the address changes) and its loading stand-in. Also
 * used for the first-run screen, which takes the place of every page but settings.
 */
export function PageBoundary({
  page,
  children
}: {
  readonly page: PageId | 'onboarding';
  readonly children: ReactNode;
}) {
  const path = useRouterState({ select: (state) => state.location.pathname });
  const { t } = useTranslation('nav');
  // Re-rendered when a page's code arrives: the page shows at once (see lazy-page.ts).
  useLazyArrivals();
  return (
    <ErrorBoundary key={`${page}:${path}`} area={t(`pages.${page}`)} page={page}>
      <Suspense fallback={<PageLoading pageId={page} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/**
 * Shown while a page's chunk loads (first visit only): already the page's root as far as the
 * readiness signal goes, so tests and the benchmark wait for the page, not for the chunk.
 */
export function PageLoading({ pageId }: { readonly pageId: string }) {
  const { t } = useTranslation('common');
  return (
    <div data-page={pageId} data-view-state="loading" aria-busy="true">
      <p className="muted" role="status">
        {t('loading')}
      </p>
    </div>
  );
}
