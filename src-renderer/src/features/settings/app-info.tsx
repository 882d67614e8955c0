/**
 * Read-only facts about this installation, for support requests and finding the logs.
 */
import { errorMessage } from '../../lib/call';
import { useAppStatus } from '../../lib/queries/app-status';

/** The "About this installation" card. */
export function AppInfo() {
  const status = useAppStatus();
  return (
    <section className="card settings__section" aria-labelledby="settings-about">
      <h2 id="settings-about">About this installation</h2>
      {status.data ? (
        <dl className="info-list">
          <dt>Version</dt>
          <dd>{status.data.version}</dd>
          <dt>Shell</dt>
          <dd>
            {status.data.shell === 'electron' ? 'Desktop app (Electron)' : 'Web shell (browser)'}
          </dd>
          <dt>Data folder</dt>
          <dd>
            <code>{status.data.dataDir}</code>
          </dd>
          <dt>Log folder</dt>
          <dd>
            <code>{status.data.logDir}</code>
          </dd>
          <dt>Secret storage</dt>
          <dd>{status.data.secretStorage}</dd>
        </dl>
      ) : status.isError ? (
        <p role="alert">{errorMessage(status.error)}</p>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}
