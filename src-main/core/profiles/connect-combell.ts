/**
 * Builds a Combell adapter for a connection: signing under the resilient HTTP layer (so each
 * retry is signed afresh), after the same clear-text URL check as every other way in.
 */
import { cleartextUrlProblem } from '../../../src-shared/contract';
import { AppFailure } from '../errors';
import { createCombellAdapter, type CombellAdapter } from '../providers/combell/combell-adapter';
import { COMBELL_PUBLIC_URL, type CombellAdapterConfig } from '../providers/combell/config';
import { resilientHttpFor, type ConnectDeps } from './connect';

/** A Combell connection as a user gives it: the API root defaults to the public API. */
export interface CombellConnection {
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly baseUrl?: string;
  readonly pageSize?: number;
}

/** The adapter for `connection`, behind timeouts, retries (Retry-After) and the circuit. */
export function connectCombell(connection: CombellConnection, deps: ConnectDeps): CombellAdapter {
  const baseUrl = connection.baseUrl ?? COMBELL_PUBLIC_URL;
  const cleartext = cleartextUrlProblem(baseUrl);
  if (cleartext) throw new AppFailure('invalid-input', cleartext);
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
    resilience: (signed) => resilientHttpFor({ ...deps, http: signed })
  });
}
