/**
 * Turns a profile and its secret into a provider adapter behind the resilient HTTP layer.
 */
import { cleartextUrlProblem, type WhmcsConnection } from '@shared/contract';
import { isValidTimeZone } from '@shared/contract/settings';
import { AppFailure } from '../errors';
import {
  createResilientHttp,
  type ConnectivityState,
  type ResilientHttp
} from '../http/resilient-http';
import type { RenewCapabilities } from '../domains/renew-policy';
import type { Clock, Http, Logger } from '../ports';
import { COMBELL_CAPABILITIES } from '../providers/combell/combell-adapter';
import type { WhmcsAdapterConfig } from '../providers/whmcs/config';
import { createWhmcsAdapter, type WhmcsAdapter } from '../providers/whmcs/whmcs-adapter';
import type { StoredProfile } from './profile-store';

/** The built-in demo provider, started by the shell on first use. */
export interface DemoProviderPort {
  /** `timeZone`: the reseller's zone, which the demo's calendar (expiry, due dates) follows. */
  start(options?: { readonly timeZone?: string }): Promise<{
    readonly url: string;
    readonly identifier: string;
    readonly secret: string;
    readonly clientId: string;
  }>;
  /** The built-in Combell demo (API v2, signed requests); absent where it is not shipped. */
  startCombell?(): Promise<{
    readonly url: string;
    readonly apiKey: string;
    readonly apiSecret: string;
  }>;
}

/** What is kept in the SecretStore for one profile (JSON under `profile:<id>`). */
export type ProfileSecret =
  | { readonly kind: 'classic'; readonly secret: string; readonly accessKey?: string }
  | { readonly kind: 'rest'; readonly password: string; readonly token?: string }
  | { readonly kind: 'combell'; readonly apiSecret: string };

export interface ConnectDeps {
  readonly http: Http;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly timeZone: string;
  readonly onConnectivity?: (state: ConnectivityState) => void;
  /** After every provider request: whether the provider answered (see ResilientHttpOptions). */
  readonly onReachability?: (reached: boolean) => void;
}

/** Wraps the raw Http port with timeouts, retries, backoff and the offline circuit. */
export function resilientHttpFor(
  deps: ConnectDeps,
  options: { readonly attempts?: number } = {}
): ResilientHttp {
  return createResilientHttp({
    http: deps.http,
    clock: deps.clock,
    timeoutMs: 20_000,
    maxAttempts: options.attempts ?? 4,
    baseDelayMs: 500,
    maxDelayMs: 15_000,
    maxRetryAfterSeconds: 120,
    circuit: { failureThreshold: 5, probeAfterMs: 30_000 },
    logger: deps.logger,
    ...(deps.onConnectivity ? { onStateChange: deps.onConnectivity } : {}),
    ...(deps.onReachability ? { onReachability: deps.onReachability } : {})
  });
}

/** Adapter configuration for a connection typed in the onboarding form. */
export function configForConnection(
  connection: WhmcsConnection,
  timeZone: string
): WhmcsAdapterConfig {
  const serverTimeZone = connection.serverTimeZone ?? 'UTC';
  if (connection.authMode === 'classic') {
    return {
      baseUrl: connection.baseUrl,
      timeZone,
      serverTimeZone,
      usage: 'auto',
      auth: {
        mode: 'classic',
        identifier: connection.identifier,
        secret: connection.secret,
        clientId: connection.clientId,
        ...(connection.accessKey ? { accessKey: connection.accessKey } : {})
      }
    };
  }
  return {
    baseUrl: connection.baseUrl,
    timeZone,
    serverTimeZone,
    usage: 'auto',
    classicActionsWithBearer: true,
    auth: { mode: 'rest', email: connection.email, password: connection.password }
  };
}

/**
 * How the adapter built from this profile will renew domains, known before it connects (a
 * renewal page opens without a connection): its configuration decides it. The built-in demo
 * answers DomainRenew (configForProfile turns the action on for it alone; stock WHMCS keeps
 * it to admins); a WHMCS client area has a renewal page; Combell has neither.
 */
export function renewCapabilitiesBeforeConnect(profile: StoredProfile): RenewCapabilities {
  if (profile.kind === 'combell')
    return {
      domainRenew: COMBELL_CAPABILITIES.domainRenew,
      domainRenewalPage: COMBELL_CAPABILITIES.domainRenewalPage
    };
  return { domainRenew: profile.kind === 'demo', domainRenewalPage: true };
}

/** Adapter configuration for a saved profile. */
export async function configForProfile(
  profile: StoredProfile,
  secret: ProfileSecret | null,
  demo: DemoProviderPort | null,
  timeZone: string
): Promise<WhmcsAdapterConfig> {
  if (profile.kind === 'demo') {
    if (!demo) throw new Error('The demo provider is not available in this build.');
    const started = await demo.start({ timeZone });
    return {
      baseUrl: started.url,
      timeZone,
      // The demo provider writes its date-times in UTC, whatever its calendar's zone.
      serverTimeZone: 'UTC',
      usage: 'enabled',
      domainRenewAction: renewCapabilitiesBeforeConnect(profile).domainRenew,
      pageSize: 250,
      auth: {
        mode: 'classic',
        identifier: started.identifier,
        secret: started.secret,
        clientId: started.clientId
      }
    };
  }
  if (!secret)
    throw Object.assign(
      new Error(
        'The stored credentials for this profile are missing. Enter them again in Settings.'
      ),
      { kind: 'auth' as const }
    );
  const serverTimeZone = profile.serverTimeZone ?? 'UTC';
  if (!isValidTimeZone(serverTimeZone))
    throw Object.assign(
      new Error(
        `The provider's time zone "${serverTimeZone}" in profiles.json is not an IANA zone name.`
      ),
      { kind: 'invalid-input' as const }
    );
  if (profile.authMode === 'classic' && secret.kind === 'classic') {
    return {
      baseUrl: profile.baseUrl ?? '',
      timeZone,
      serverTimeZone,
      usage: 'auto',
      pageSize: 250,
      auth: {
        mode: 'classic',
        identifier: profile.login ?? '',
        secret: secret.secret,
        clientId: profile.clientId ?? '',
        ...(secret.accessKey ? { accessKey: secret.accessKey } : {})
      }
    };
  }
  if (secret.kind === 'rest') {
    return {
      baseUrl: profile.baseUrl ?? '',
      timeZone,
      serverTimeZone,
      usage: 'auto',
      classicActionsWithBearer: true,
      auth: {
        mode: 'rest',
        email: profile.login ?? '',
        password: secret.password,
        ...(secret.token ? { token: secret.token } : {})
      }
    };
  }
  throw Object.assign(
    new Error('The stored credentials do not match this profile. Enter them again.'),
    { kind: 'auth' as const }
  );
}

/**
 * Builds the adapter. Typed as the WHMCS adapter, not the generic interface, because
 * onboarding needs its login half: answering a second factor and reading the session token
 * that is kept with the password.
 */
export function connect(config: WhmcsAdapterConfig, http: Http, deps: ConnectDeps): WhmcsAdapter {
  // Every way in (onboarding, a saved profile, the CLI) passes here before any request.
  const cleartext = cleartextUrlProblem(config.baseUrl);
  if (cleartext)
    throw new AppFailure('invalid-input', cleartext, { code: 'credentials-in-cleartext' });
  return createWhmcsAdapter(config, { http, clock: deps.clock, logger: deps.logger });
}
