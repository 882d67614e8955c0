/**
 * Builds a Combell adapter for a connection: signing under the resilient HTTP layer (so each
 * retry is signed afresh), after the same clear-text URL check as every other way in.
 */
import { cleartextUrlProblem } from '@shared/contract';
import { AppFailure } from '../errors';
import { createCombellAdapter, type CombellAdapter } from '../providers/combell/combell-adapter';
import { COMBELL_PUBLIC_URL, type CombellAdapterConfig } from '../providers/combell/config';
import {
  resilientHttpFor,
  type ConnectDeps,
  type DemoProviderPort,
  type ProfileSecret
} from './connect';
import type { StoredProfile } from './profile-store';

/** A Combell connection as a user gives it: the API root defaults to the public API. */
export interface CombellConnection {
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly baseUrl?: string;
  readonly pageSize?: number;
}

/** The adapter for `connection`, behind timeouts, retries (Retry-After) and the circuit. */
export function connectCombell(
  connection: CombellConnection,
  deps: ConnectDeps,
  options: { readonly attempts?: number } = {}
): CombellAdapter {
  const baseUrl = connection.baseUrl ?? COMBELL_PUBLIC_URL;
  const cleartext = cleartextUrlProblem(baseUrl);
  if (cleartext)
    throw new AppFailure('invalid-input', cleartext, { code: 'credentials-in-cleartext' });
  const config: CombellAdapterConfig = {
    baseUrl,
    apiKey: connection.apiKey,
    apiSecret: connection.apiSecret,
    timeZone: deps.timeZone,
    ...(connection.pageSize ? { pageSize: connection.pageSize } : {})
  };
  return createCombellAdapter(config, {
    http: deps.http,
    clock: deps.clock,
    logger: deps.logger,
    resilience: (signed) => resilientHttpFor({ ...deps, http: signed }, options)
  });
}

/**
 * The adapter of a saved Combell profile: the built-in Combell demo (started on first use),
 * or the API key kept as the profile's login with its secret from the SecretStore.
 */
export async function combellAdapterForProfile(
  profile: StoredProfile,
  secret: ProfileSecret | null,
  demo: DemoProviderPort | null,
  deps: ConnectDeps
): Promise<CombellAdapter> {
  if (profile.authMode === 'demo') {
    if (!demo?.startCombell) throw new Error('The Combell demo is not available in this build.');
    const started = await demo.startCombell();
    return connectCombell(
      { baseUrl: started.url, apiKey: started.apiKey, apiSecret: started.apiSecret },
      deps
    );
  }
  if (secret?.kind !== 'combell' || !profile.login)
    throw Object.assign(
      new Error(
        'The stored Combell API secret for this profile is missing. Enter it again in Settings.'
      ),
      { kind: 'auth' as const }
    );
  return connectCombell(
    {
      apiKey: profile.login,
      apiSecret: secret.apiSecret,
      ...(profile.baseUrl ? { baseUrl: profile.baseUrl } : {})
    },
    deps
  );
}
