/**
 * Who we are to the provider. Classic mode: admin API credentials on every call. REST mode:
 * an email+password login to /api/v2 (with an optional second factor) whose bearer token is
 * used for /api/v2 reads and, when the provider bridges them (the demo provider), for the
 * classic actions too. An expired token gets exactly one fresh login per call.
 */
import type { z } from 'zod';
import type { Clock, Http } from '../../ports';
import { AuthError, UnsupportedError } from '../errors';
import type { WhmcsAdapterConfig } from './config';
import { createClassicClient, type ClassicAuth, type ClassicClient } from './classic-client';
import { createRestClient } from './rest-client';

/** The authenticated transports of one WHMCS connection. */
export interface WhmcsSession {
  readonly mode: 'classic' | 'rest';
  /** Classic actions are available (classic mode, or REST with classicActionsWithBearer). */
  readonly bridged: boolean;
  /** The client every classic call is scoped to (undefined: the bearer token's own client). */
  readonly clientId: string | undefined;
  /** Classic calls; rejects with UnsupportedError when not bridged. */
  readonly classic: ClassicClient;
  /** GET an /api/v2 path with the session token; rejects with UnsupportedError in classic mode. */
  restGet<S extends z.ZodType>(
    path: string,
    query: Readonly<Record<string, string | number>>,
    schema: S,
    signal?: AbortSignal
  ): Promise<z.output<S>>;
  /** Logs in when there is no token yet (REST); no-op in classic mode. */
  ensureLoggedIn(): Promise<void>;
  completeSecondFactor(challenge: string, code: string): Promise<void>;
  token(): string | null;
}

/** Creates the session for a WHMCS connection. */
export function createWhmcsSession(
  config: WhmcsAdapterConfig,
  deps: { readonly http: Http; readonly clock: Clock }
): WhmcsSession {
  const { auth } = config;
  const rest = auth.mode === 'rest' ? createRestClient({ baseUrl: config.baseUrl, ...deps }) : null;
  const bridged = auth.mode === 'classic' || config.classicActionsWithBearer === true;
  let token: string | null = auth.mode === 'rest' ? (auth.token ?? null) : null;
  let loginInFlight: Promise<string> | null = null;

  const classicAuth = (): ClassicAuth => {
    if (auth.mode === 'classic') return { kind: 'credentials', ...auth };
    if (token === null) throw new AuthError('Not logged in to the provider');
    return { kind: 'bearer', token };
  };
  const rawClassic = createClassicClient({ baseUrl: config.baseUrl, ...deps, auth: classicAuth });

  /** One login at a time: parallel page fetches share it. */
  function login(): Promise<string> {
    if (auth.mode !== 'rest' || rest === null)
      return Promise.reject(new AuthError('Login applies to REST mode only'));
    loginInFlight ??= rest
      .login(auth.email, auth.password)
      .then((fresh) => (token = fresh))
      .finally(() => (loginInFlight = null));
    return loginInFlight;
  }

  async function withSession<T>(fn: (token: string) => Promise<T>): Promise<T> {
    if (auth.mode === 'classic') return fn('');
    const kept = token;
    const current = kept ?? (await login());
    try {
      return await fn(current);
    } catch (error) {
      // A token we did not just get may have expired: one fresh login, never a loop.
      if (!(error instanceof AuthError) || kept === null) throw error;
      if (token === kept) token = null;
      return fn(token ?? (await login()));
    }
  }

  return {
    mode: auth.mode,
    bridged,
    clientId: auth.clientId,
    classic: {
      async call(action, params, schema, options) {
        if (!bridged)
          throw new UnsupportedError(`${action} is not available with a WHMCS REST login`);
        return withSession(() => rawClassic.call(action, params, schema, options));
      },
      async callPage(action, params, schema, options, same) {
        if (!bridged)
          throw new UnsupportedError(`${action} is not available with a WHMCS REST login`);
        return withSession(() => rawClassic.callPage!(action, params, schema, options, same));
      }
    },
    async restGet(path, query, schema, signal) {
      if (rest === null) throw new UnsupportedError(`${path} needs a WHMCS REST login`);
      return withSession((t) => rest.get(path, query, t, schema, signal));
    },
    async ensureLoggedIn() {
      if (auth.mode === 'rest' && token === null) await login();
    },
    async completeSecondFactor(challenge, code) {
      if (rest === null) throw new AuthError('Second factors apply to REST logins only');
      token = await rest.completeSecondFactor(challenge, code);
    },
    token: () => token
  };
}
