/**
 * The window layout: skip link, navigation, header, the current page inside an error
 * boundary, and the status bar. Also owns the app-wide hooks (events, shortcuts, theme).
 */
import { lazy, Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostdeckBridge } from '@shared/contract';
import { ErrorBoundary } from '../components/error-boundary';
import { errorMessage } from '../lib/call';
import { useAppStatus } from '../lib/queries/app-status';
import { useSettings } from '../lib/queries/settings';
import { useRoute } from '../lib/router';
import { NavBar } from './nav-bar';
import { NotFoundPage } from './not-found-page';
import { findPage, pageAvailable, type PageDefinition } from './pages';
import { useReadinessSignal } from './readiness';
import { StatusBar } from './status-bar';
import { UnavailablePage } from './unavailable-page';
import { useMainEvents } from './use-main-events';
import { useNavShortcuts } from './use-nav-shortcuts';
import { useLanguage } from './use-language';
import { useTheme } from './use-theme';

const OnboardingPage = lazy(() =>
  import('../features/onboarding/onboarding-page').then((m) => ({ default: m.OnboardingPage }))
);

/** The first-run screen, shaped like a page so the header, focus and boundary apply to it. */
const ONBOARDING_PAGE: PageDefinition = {
  id: 'onboarding',
  component: OnboardingPage,
  inNav: false
};

/** The main window's content, once a bridge is available. */
export function AppFrame({ bridge }: { readonly bridge: HostdeckBridge }) {
  useMainEvents(bridge);
  const { t } = useTranslation(['app', 'nav', 'common']);
  useNavShortcuts();
  const route = useRoute();
  const status = useAppStatus();
  const settings = useSettings();
  useTheme(settings.data?.theme ?? 'system');
  useLanguage(settings.data?.language ?? 'system', status.data);
  // Keep "ready" once the first status arrived, even if a later poll fails.
  useReadinessSignal(status.data ? 'ready' : status.isError ? 'error' : 'loading');

  // First run: no profile yet. Settings stays reachable (theme, zone); every other page
  // would only say "nothing synced", so onboarding takes its place.
  const onboarding = status.data?.profile === null && route.page !== 'settings';
  const page = onboarding ? ONBOARDING_PAGE : route.malformed ? undefined : findPage(route.page);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(route.path);
  useEffect(() => {
    // Move focus to the new page's title so screen readers announce it and Tab starts there.
    if (previousPath.current === route.path) return;
    previousPath.current = route.path;
    headingRef.current?.focus();
  }, [route.path]);

  const skipToContent = (event: MouseEvent<HTMLAnchorElement>): void => {
    // A plain #main-content href would replace the route in the hash.
    event.preventDefault();
    mainRef.current?.focus();
  };
  const refreshError = status.isError ? errorMessage(status.error) : null;
  const statusError = status.data ? null : refreshError;
  const title = page ? t(`nav:pages.${page.id}`) : t('pageNotFound');

  return (
    <div className="app">
      <a className="skip-link" href="#main-content" onClick={skipToContent}>
        {t('skipToContent')}
      </a>
      <NavBar currentPageId={onboarding ? '' : (page?.id ?? '')} />
      <div className="app__body">
        <header className="app__header">
          <h1 ref={headingRef} tabIndex={-1}>
            {title}
          </h1>
        </header>
        <main id="main-content" ref={mainRef} tabIndex={-1} className="app__main">
          {statusError ? (
            <div className="banner banner--error" role="alert">
              <span>{t('statusLoadFailed', { reason: statusError })}</span>
              <button type="button" className="button" onClick={() => void status.refetch()}>
                {t('common:actions.retry')}
              </button>
            </div>
          ) : null}
          {status.data?.cacheNotice ? (
            <div className="banner banner--info" role="status">
              {status.data.cacheNotice}
            </div>
          ) : null}
          {page && !pageAvailable(page, status.data?.capabilities) ? (
            <UnavailablePage page={page} profileName={status.data?.profile?.name ?? null} />
          ) : page ? (
            <ErrorBoundary key={`${page.id}:${route.path}`} area={title} page={page.id}>
              <Suspense fallback={<PageLoading pageId={page.id} />}>
                <page.component params={route.params} />
              </Suspense>
            </ErrorBoundary>
          ) : (
            <NotFoundPage path={route.path} />
          )}
        </main>
      </div>
      <StatusBar
        status={status.data}
        statusError={refreshError}
        timeZone={settings.data?.timeZone}
      />
    </div>
  );
}

/**
 * Shown while a page's chunk loads (first visit only): already the page's root as far as the
 * readiness signal goes, so tests and the benchmark wait for the page, not for the chunk.
 */
function PageLoading({ pageId }: { readonly pageId: string }) {
  const { t } = useTranslation('common');
  return (
    <div data-page={pageId} data-view-state="loading" aria-busy="true">
      <p className="muted" role="status">
        {t('loading')}
      </p>
    </div>
  );
}
