/**
 * What the app's route tree makes of an address, without rendering: the page it shows, its
 * parameters and query, or nothing when no route answers it.
 */
import { createMemoryHistory } from '@tanstack/react-router';
import { createAppRouter, goesPastItsRoute } from '@renderer/app/routes';

export interface AddressMatch {
  /** The page shown; undefined when no route answers (the not-found page). */
  readonly page: string | undefined;
  readonly params: Readonly<Record<string, string>>;
  readonly search: Readonly<Record<string, unknown>>;
}

/** Resolves `path` (what follows `#`, e.g. `/domains/a%2Fb`) against the route tree. */
export async function matchAddress(path: string): Promise<AddressMatch> {
  const router = createAppRouter(createMemoryHistory({ initialEntries: [path] }));
  await router.load();
  const leaf = router.state.matches[router.state.matches.length - 1];
  return {
    // Past its route's end (`usage/7`), an address shows the not-found page under that route.
    page: goesPastItsRoute(router, router.state.location.pathname)
      ? undefined
      : leaf?.staticData.page,
    params: (leaf?.params ?? {}) as Record<string, string>,
    search: router.state.location.search
  };
}
