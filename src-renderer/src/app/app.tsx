/**
 * The root component: finds the bridge, then mounts the providers and the app frame.
 */
import type { QueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { getBridge, isAccessRefused, subscribeAccessRefused } from '../lib/bridge';
import { AppFrame } from './app-frame';
import { MissingTokenPage } from './missing-token-page';
import { createQueryClient, Providers } from './providers';

/** The whole renderer. Tests pass their own QueryClient; the app creates one. */
export function App({ queryClient }: { readonly queryClient?: QueryClient }) {
  const [bridge] = useState(getBridge);
  const [client] = useState(() => queryClient ?? createQueryClient());
  const refused = useSyncExternalStore(subscribeAccessRefused, isAccessRefused);
  if (refused) return <MissingTokenPage />;
  return (
    <Providers client={client}>
      <AppFrame bridge={bridge} />
    </Providers>
  );
}
