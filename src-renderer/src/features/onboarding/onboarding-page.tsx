/**
 * The first-run screen, shown instead of the pages while no profile exists: try one of the
 * built-in demo providers (WHMCS or Combell), or connect a WHMCS installation or a Combell
 * reseller account.
 */
import { useQuery } from '@tanstack/react-query';
import { ConnectForm } from '../../components/connect-form/connect-form';
import { errorMessage } from '../../lib/call';
import { appStatusQueryOptions } from '../../lib/queries/app-status';
import { navigate } from '../../lib/router';
import { useDemoProfile, type DemoKind } from './use-demo-profile';
import './onboarding.css';

/** How often the first-run screen re-reads the status (a loopback call, so cheap). */
export const ONBOARDING_STATUS_POLL_MS = 2_000;

/** The onboarding screen (`data-page="onboarding"`, ready at once: it needs no data). */
export function OnboardingPage() {
  // A profile can appear without this screen's help (the web shell's automatic demo at
  // start-up, another window): poll the status so it takes over even if its event was missed.
  useQuery({ ...appStatusQueryOptions(), refetchInterval: ONBOARDING_STATUS_POLL_MS });

  return (
    <div className="onboarding" data-page="onboarding" data-view-state="ready">
      <p className="onboarding__intro">
        Hostdeck keeps your provider&apos;s billing, domains, tickets and usage on this computer,
        readable even offline. Start with sample data, or connect your own provider.
      </p>
      <div className="onboarding__choices">
        <div className="onboarding__demos">
          <DemoChoice
            kind="whmcs"
            title="Try the demo provider"
            action="Try the demo provider"
            failure="The demo provider"
            description="A built-in sample WHMCS provider with invoices, domains, services, tickets and usage."
          />
          <DemoChoice
            kind="combell"
            title="Try the Combell demo"
            action="Try the Combell demo"
            failure="The Combell demo"
            description="A built-in sample Combell reseller account: hosting accounts, service packs, add-ons and domains. Combell's API has no invoices, tickets or usage, so Hostdeck records the hourly usage itself."
          />
          <p className="muted onboarding__demo-note">
            All made up, all local: nothing leaves this computer. You can connect your real provider
            later from the profile name in the status bar.
          </p>
        </div>
        <section className="card onboarding__choice" aria-labelledby="onboarding-connect-title">
          <h2 id="onboarding-connect-title">Connect your provider</h2>
          <p className="muted">
            A WHMCS installation (API credentials or your WHMCS 9 client login), or a Combell
            reseller account (an API key and secret from the Combell panel).
          </p>
          <ConnectForm onConnected={() => navigate('dashboard', { replace: true })} />
        </section>
      </div>
    </div>
  );
}

function DemoChoice(props: {
  readonly kind: DemoKind;
  readonly title: string;
  readonly action: string;
  readonly description: string;
  /** The subject of the failure sentence ("The demo provider could not start: …"). */
  readonly failure: string;
}) {
  const demo = useDemoProfile(props.kind);
  const titleId = `onboarding-demo-${props.kind}-title`;
  const start = (): void => {
    demo.mutate(undefined, { onSuccess: () => navigate('dashboard', { replace: true }) });
  };
  return (
    <section className="card onboarding__choice" aria-labelledby={titleId}>
      <h2 id={titleId}>{props.title}</h2>
      <p className="muted">{props.description}</p>
      <div className="onboarding__demo-action">
        <button
          type="button"
          className="button button--primary"
          onClick={start}
          disabled={demo.isPending}
        >
          {demo.isPending ? 'Starting the demo…' : props.action}
        </button>
      </div>
      <div role="alert" className="onboarding__error">
        {demo.isError ? `${props.failure} could not start: ${errorMessage(demo.error)}` : null}
      </div>
    </section>
  );
}
