/**
 * The first-run screen, shown instead of the pages while no profile exists: try one of the
 * built-in demo providers (WHMCS or Combell), or connect a WHMCS installation or a Combell
 * reseller account.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('onboarding');
  // A profile can appear without this screen's help (the web shell's automatic demo at
  // start-up, another window): poll the status so it takes over even if its event was missed.
  useQuery({ ...appStatusQueryOptions(), refetchInterval: ONBOARDING_STATUS_POLL_MS });

  return (
    <div className="onboarding" data-page="onboarding" data-view-state="ready">
      <p className="onboarding__intro">{t('intro')}</p>
      <div className="onboarding__choices">
        <div className="onboarding__demos">
          <DemoChoice
            kind="whmcs"
            title={t('demo.title')}
            description={t('demo.description')}
            failure={(reason) => t('demo.failed', { reason })}
          />
          <DemoChoice
            kind="combell"
            title={t('combellDemo.title')}
            description={t('combellDemo.description')}
            failure={(reason) => t('combellDemo.failed', { reason })}
          />
          <p className="muted onboarding__demo-note">{t('demoNote')}</p>
        </div>
        <section className="card onboarding__choice" aria-labelledby="onboarding-connect-title">
          <h2 id="onboarding-connect-title">{t('connect.title')}</h2>
          <p className="muted">{t('connect.text')}</p>
          <ConnectForm onConnected={() => navigate('dashboard', { replace: true })} />
        </section>
      </div>
    </div>
  );
}

function DemoChoice(props: {
  readonly kind: DemoKind;
  /** The card's heading, also its button's words. */
  readonly title: string;
  readonly description: string;
  /** The failure sentence with the reason ("The demo provider could not start: …"). */
  readonly failure: (reason: string) => string;
}) {
  const { t } = useTranslation('onboarding');
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
          {demo.isPending ? t('starting') : props.title}
        </button>
      </div>
      <div role="alert" className="onboarding__error">
        {demo.isError ? props.failure(errorMessage(demo.error)) : null}
      </div>
    </section>
  );
}
