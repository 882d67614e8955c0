/**
 * The first-run screen, shown instead of the pages while no profile exists: try the
 * built-in demo provider, or connect a WHMCS installation.
 */
import { useQuery } from '@tanstack/react-query';
import { ConnectForm } from '../../components/connect-form/connect-form';
import { errorMessage } from '../../lib/call';
import { appStatusQueryOptions } from '../../lib/queries/app-status';
import { navigate } from '../../lib/router';
import { useDemoProfile } from './use-demo-profile';
import './onboarding.css';

/** How often the first-run screen re-reads the status (a loopback call, so cheap). */
export const ONBOARDING_STATUS_POLL_MS = 2_000;

/** The onboarding screen (`data-page="onboarding"`, ready at once: it needs no data). */
export function OnboardingPage() {
  // A profile can appear without this screen's help (the web shell's automatic demo at
  // start-up, another window): poll the status so it takes over even if its event was missed.
  useQuery({ ...appStatusQueryOptions(), refetchInterval: ONBOARDING_STATUS_POLL_MS });
  const demo = useDemoProfile();
  const start = (): void => {
    demo.mutate(undefined, { onSuccess: () => navigate('dashboard', { replace: true }) });
  };

  return (
    <div className="onboarding" data-page="onboarding" data-view-state="ready">
      <p className="onboarding__intro">
        Hostdeck keeps your provider&apos;s billing, domains, tickets and usage on this computer,
        readable even offline. Start with sample data, or connect your own provider.
      </p>
      <div className="onboarding__choices">
        <section className="card onboarding__choice" aria-labelledby="onboarding-demo-title">
          <h2 id="onboarding-demo-title">Try the demo provider</h2>
          <p className="muted">
            A built-in sample provider with invoices, domains, services, tickets and usage. All made
            up, all local: nothing leaves this computer. You can connect your real provider later
            from the profile name in the status bar.
          </p>
          <div className="onboarding__demo-action">
            <button
              type="button"
              className="button button--primary"
              onClick={start}
              disabled={demo.isPending}
            >
              {demo.isPending ? 'Starting the demo…' : 'Try the demo provider'}
            </button>
          </div>
          <div role="alert" className="onboarding__error">
            {demo.isError ? `The demo provider could not start: ${errorMessage(demo.error)}` : null}
          </div>
        </section>
        <section className="card onboarding__choice" aria-labelledby="onboarding-connect-title">
          <h2 id="onboarding-connect-title">Connect your WHMCS</h2>
          <p className="muted">
            Use the API credentials your provider gave you, or your WHMCS 9 client login.
          </p>
          <ConnectForm onConnected={() => navigate('dashboard', { replace: true })} />
        </section>
      </div>
    </div>
  );
}
