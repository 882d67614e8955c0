/**
 * The catalog's namespaces: one per feature plus the frame's and the main process's. A
 * namespace is one file per language under locales/<language>/<namespace>.ts.
 */
export const NAMESPACES = [
  'common',
  'app',
  'nav',
  'errors',
  'settings',
  'dashboard',
  'usage',
  'domains',
  'invoices',
  'services',
  'tickets',
  'alerts',
  'notices',
  'profiles',
  'prices',
  'onboarding',
  'cli',
  'tray',
  'menu'
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const DEFAULT_NAMESPACE = 'common' satisfies Namespace;
