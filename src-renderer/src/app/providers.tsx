/**
 * App-wide providers: the TanStack Query client and the i18next instance.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { isTransientError } from '../lib/call';
import { invalidatingMutationCache } from '../lib/queries/cache-invalidation';
import { i18n } from '../lib/i18n';

/** The app's QueryClient: retries only errors that can heal by themselves, at most twice. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    // A successful call refreshes what its channel declares it changes.
    mutationCache: invalidatingMutationCache(),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 2 && isTransientError(error),
        // Data comes from the local cache and main announces changes, so refetch only on events.
        staleTime: 10_000
      },
      mutations: { retry: false }
    }
  });
}

export interface ProvidersProps {
  readonly client: QueryClient;
  readonly children: ReactNode;
}

/** Wraps the app in the query client and the translations. */
export function Providers({ client, children }: ProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}
