/**
 * Every TanStack Query key, grouped by the cache scopes main names in `cache:changed`.
 * A key always starts with its scope, so invalidating `queryKeys.<scope>.all` reaches every
 * query of that scope.
 */
import type { CacheScope } from '@shared/contract';

interface ScopeKeys<S extends CacheScope> {
  /** The prefix of every key in the scope; pass it to `invalidateQueries`. */
  readonly all: readonly [S];
  /** A key inside the scope, e.g. `queryKeys.invoices.key('list', { status: 'unpaid' })`. */
  key<const P extends readonly unknown[]>(...parts: P): readonly [S, ...P];
}

function scopeKeys<S extends CacheScope>(scope: S): ScopeKeys<S> {
  return { all: [scope], key: (...parts) => [scope, ...parts] };
}

export const queryKeys = {
  status: scopeKeys('status'),
  settings: scopeKeys('settings'),
  profiles: scopeKeys('profiles'),
  account: scopeKeys('account'),
  invoices: scopeKeys('invoices'),
  domains: scopeKeys('domains'),
  services: scopeKeys('services'),
  tickets: scopeKeys('tickets'),
  usage: scopeKeys('usage'),
  alerts: scopeKeys('alerts')
} as const satisfies { readonly [S in CacheScope]: ScopeKeys<S> };
