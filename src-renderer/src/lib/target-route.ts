/**
 * Where a target (what an alert, a tray item, a notification or main's `app:navigate` opens)
 * lives in the window: the one place that turns main's "what" into the renderer's address.
 */
import type { Target } from '@shared/model/target';
import type { RoutePath } from './router';

/** The path of `target`'s page, e.g. `domains/a%2Fb` (an id is one percent-encoded segment). */
export function targetPath(target: Target): RoutePath {
  switch (target.kind) {
    case 'domain':
      return `domains/${encodeURIComponent(target.id)}`;
    case 'invoice':
      return `invoices/${encodeURIComponent(target.id)}`;
    case 'ticket':
      return `tickets/${encodeURIComponent(target.id)}`;
    case 'account':
      return 'dashboard';
    case 'domains':
      return 'domains';
    case 'tickets':
      return 'tickets';
    case 'alerts':
      return 'alerts';
    case 'settings':
      return 'settings';
  }
}
