/**
 * Shown when the web shell refuses the page's credentials (it was restarted with a new
 * token): nothing can be loaded, so say exactly how to get back in. The server answers a
 * browser that never had the token with the same words (src-main/web/access.ts).
 */
import { useReadinessSignal } from './readiness';

/** The full-page "open the printed link" message. */
export function MissingTokenPage() {
  useReadinessSignal('error');
  return (
    <main className="full-page" data-page="missing-token" data-view-state="error">
      <div className="card full-page__card" role="alert">
        <h1>Hostdeck needs its access link</h1>
        <p>
          Open Hostdeck with the link printed by <code>npm run web</code> (it carries a one-time
          token).
        </p>
        <p className="muted">
          The token keeps other programs on this computer from reading your billing data. It is
          printed in the terminal each time the web shell starts.
        </p>
      </div>
    </main>
  );
}
