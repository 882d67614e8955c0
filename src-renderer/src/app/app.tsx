/**
 * The root component: finds the bridge, then mounts the providers, the router and the app
 * frame, which shows the matched route.
 */
import type { QueryClient } from '@tanstack/react-query';
import { RouterContextProvider } from '@tanstack/react-router';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { getBridge, isAccessRefused, subscribeAccessRefused } from '../lib/bridge';
import { bindHistory } from '../lib/router';
import { AppFrame } from './app-frame';
import { MissingTokenPage } from './missing-token-page';
import { createQueryClient, Providers } from './providers';
import { createAppRouter } from './routes';

/** The whole renderer. Tests pass their own QueryClient; the app creates one. */
export function App({ queryClient }: { readonly queryClient?: QueryClient }) {
  const [bridge] = useState(getBridge);
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [router] = useState(() => createAppRouter());
  // Screens navigate through lib/router, which drives this router's history while it lives.
  useEffect(() => bindHistory(router.history), [router]);
  const refused = useSyncExternalStore(subscribeAccessRefused, isAccessRefused);
  if (refused) return <MissingTokenPage />;
  return (
    <Providers client={client}>
      <RouterContextProvider router={router}>
        <AppFrame bridge={bridge} />
      </RouterContextProvider>
    </Providers>
  );
}
