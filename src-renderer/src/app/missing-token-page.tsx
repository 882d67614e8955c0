/**
 * Shown in a browser opened without the web shell's one-time token: nothing can be loaded,
 * so say exactly how to get in.
 */
import { useReadinessSignal } from './readiness';

/** The full-page "open the printed link" message. */
export function MissingTokenPage() {
  useReadinessSignal('error');
  return (
    <main className="full-page">
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
