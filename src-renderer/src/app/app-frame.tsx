/**
 * The window layout: skip link, navigation, header, the matched route (the current page inside
 * an error boundary, see routes.tsx) and the status bar. Also owns the app-wide hooks (events,
 * shortcuts, theme).
 */
import { Matches, useRouter, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostdeckBridge } from '@shared/contract';
import { errorMessage } from '../lib/call';
import { useAppStatus } from '../lib/queries/app-status';
import { useSettings } from '../lib/queries/settings';
import { NavBar } from './nav-bar';
import { PageBoundary, PageLoading } from './page-view';
import type { PageId } from './pages';
import { useReadinessSignal } from './readiness';
import { lazyWithWords } from './lazy-page';
import { goesPastItsRoute, pageOfPath } from './routes';
import { StatusBar } from './status-bar';
import { useMainEvents } from './use-main-events';
import { useNavShortcuts } from './use-nav-shortcuts';
import { useLanguage } from './use-language';
import { useTheme } from './use-theme';

const OnboardingPage = lazyWithWords(() =>
  import('../features/onboarding/onboarding-page').then((m) => m.OnboardingPage)
);

/** The main window's content, once a bridge is available. */
export function AppFrame({ bridge }: { readonly bridge: HostdeckBridge }) {
  useMainEvents(bridge);
  const { t } = useTranslation(['app', 'nav', 'common']);
  useNavShortcuts();
  const router = useRouter();
  const path = useRouterState({ select: (state) => state.location.pathname });
  // The page the address shows (its route's staticData); none for an address no route answers.
  const matched = useRouterState({ select: (state) => state.matches.length > 0 });
  const matchedPage = useRouterState({
    select: (state): PageId | undefined => state.matches[state.matches.length - 1]?.staticData.page
  });
  // Before the first match (the window's first frame) the page is named from the path alone,
  // and its loading stand-in shows, as for a page whose chunk loads.
  // An address past its route's end shows the not-found page under that route's match.
  const routedPage = matched
    ? goesPastItsRoute(router, path)
      ? undefined
      : matchedPage
    : pageOfPath(router, path);
  const status = useAppStatus();
  const settings = useSettings();
  useTheme(settings.data?.theme ?? 'system');
  useLanguage(settings.data?.language ?? 'system', status.data);
  // Keep "ready" once the first status arrived, even if a later poll fails.
  useReadinessSignal(status.data ? 'ready' : status.isError ? 'error' : 'loading');

  // First run: no profile yet. Settings stays reachable (theme, zone); every other page
  // would only say "nothing synced", so onboarding takes its place.
  const onboarding = status.data?.profile === null && routedPage !== 'settings';
  const page: PageId | undefined = onboarding ? 'onboarding' : routedPage;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(path);
  useEffect(() => {
    // Move focus to the new page's title so screen readers announce it and Tab starts there.
    if (previousPath.current === path) return;
    previousPath.current = path;
    headingRef.current?.focus();
  }, [path]);

  const skipToContent = (event: MouseEvent<HTMLAnchorElement>): void => {
    // A plain #main-content href would replace the route in the hash.
    event.preventDefault();
    mainRef.current?.focus();
  };
  const refreshError = status.isError ? errorMessage(status.error) : null;
  const statusError = status.data ? null : refreshError;
  const title = page ? t(`nav:pages.${page}`) : t('pageNotFound');

  return (
    <div className="app">
      <a className="skip-link" href="#main-content" onClick={skipToContent}>
        {t('skipToContent')}
      </a>
      <NavBar currentPageId={onboarding ? '' : (page ?? '')} />
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
          {onboarding ? (
            <PageBoundary page="onboarding">
              <OnboardingPage />
            </PageBoundary>
          ) : (
            <>
              {!matched && routedPage ? <PageLoading pageId={routedPage} /> : null}
              <Matches />
            </>
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
