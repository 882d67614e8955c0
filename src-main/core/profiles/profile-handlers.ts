/**
 * Contract handlers for profiles: test a connection, create, use the demo provider, switch,
 * rename and remove. Secrets go to the SecretStore only; removing a profile deletes its cache
 * and its secret.
 */
import type {
  CombellConnection,
  ContractHandlers,
  ProviderConnection,
  WhmcsConnection
} from '@shared/contract';
import { AppFailure } from '../errors';
import type { Clock, Http, Logger, SecretStore } from '../ports';
import type { WhmcsAdapter } from '../providers/whmcs/whmcs-adapter';
import { configForConnection, connect, resilientHttpFor, type ProfileSecret } from './connect';
import { connectCombell } from './connect-combell';
import { toProfileView, type ProfileStore, type StoredProfile } from './profile-store';

type ProfileChannels =
  | 'profiles:list'
  | 'profiles:test-connection'
  | 'profiles:create'
  | 'profiles:use-demo'
  | 'profiles:use-combell-demo'
  | 'profiles:switch'
  | 'profiles:rename'
  | 'profiles:remove';

export interface ProfileHandlerDeps {
  readonly store: ProfileStore;
  readonly secrets: SecretStore;
  readonly clock: Clock;
  readonly http: Http;
  readonly logger: Logger;
  readonly timeZone: () => string;
  readonly activate: (id: string | null) => Promise<void>;
  readonly removeData: (id: string) => void;
  readonly activeId: () => string | null;
}

/** Builds the profile handlers. */
export function createProfileHandlers(
  deps: ProfileHandlerDeps
): Pick<ContractHandlers, ProfileChannels> {
  /** A Combell key and secret tried once: one signed request, a clear verdict. */
  const testCombell = async (connection: CombellConnection) => {
    const adapter = connectCombell(
      {
        apiKey: connection.apiKey,
        apiSecret: connection.apiSecret,
        ...(connection.baseUrl ? { baseUrl: connection.baseUrl } : {})
      },
      { http: deps.http, clock: deps.clock, logger: deps.logger, timeZone: deps.timeZone() },
      { attempts: 1 }
    );
    const result = await adapter.testConnection();
    return result.ok
      ? {
          ok: true,
          reason: null,
          message: 'Connected. Hostdeck can read your Combell account.',
          challenge: null
        }
      : { ok: false, reason: result.reason, message: result.message, challenge: null };
  };

  /** Activates the built-in demo profile of `kind`, creating it the first time. */
  const useDemo = async (kind: 'demo' | 'combell') => {
    const existing = deps.store.list().find((p) => p.kind === kind && p.authMode === 'demo');
    const profile: StoredProfile =
      existing ??
      deps.store.add(
        {
          name: kind === 'demo' ? 'Demo provider' : 'Combell demo',
          kind,
          baseUrl: null,
          authMode: 'demo',
          login: null,
          clientId: null
        },
        new Date(deps.clock.now()).toISOString()
      );
    await deps.activate(profile.id);
    return toProfileView(profile);
  };

  const createCombell = async (name: string, connection: CombellConnection) => {
    const result = await testCombell(connection);
    if (!result.ok)
      throw new AppFailure(
        result.reason === 'auth'
          ? 'auth'
          : result.reason === 'ip-not-allowed'
            ? 'ip-not-allowed'
            : 'provider',
        result.message,
        result.reason === 'auth'
          ? { code: 'auth-refused' }
          : result.reason === 'ip-not-allowed'
            ? { code: 'ip-not-allowed' }
            : undefined
      );
    const stored = deps.store.add(
      {
        name,
        kind: 'combell',
        baseUrl: connection.baseUrl ?? null,
        authMode: 'classic',
        login: connection.apiKey,
        clientId: null
      },
      new Date(deps.clock.now()).toISOString()
    );
    const secret: ProfileSecret = { kind: 'combell', apiSecret: connection.apiSecret };
    await storeSecret(stored.id, secret);
    await deps.activate(stored.id);
    return toProfileView(stored);
  };

  /** Keeps a new profile's secret; without a place to keep it the profile is not kept either. */
  const storeSecret = async (id: string, secret: ProfileSecret): Promise<void> => {
    try {
      await deps.secrets.set(`profile:${id}`, JSON.stringify(secret));
    } catch (error) {
      deps.store.remove(id);
      throw new AppFailure(
        'internal',
        `The credentials could not be stored in ${deps.secrets.description}: ${messageOf(error)}`,
        { code: 'credentials-not-stored' }
      );
    }
  };

  const test = async (connection: WhmcsConnection) => {
    const connectDeps = {
      http: deps.http,
      clock: deps.clock,
      logger: deps.logger,
      timeZone: deps.timeZone()
    };
    // No retries while the user waits on the form: one attempt, a clear verdict.
    const http = resilientHttpFor(connectDeps, { attempts: 1 });
    const adapter = connect(configForConnection(connection, deps.timeZone()), http, connectDeps);
    if (connection.authMode === 'rest' && connection.secondFactor) {
      try {
        await adapter.completeSecondFactor(
          connection.secondFactor.challenge,
          connection.secondFactor.code
        );
      } catch (error) {
        return {
          result: {
            ok: false,
            reason: 'second-factor' as const,
            message: messageOf(error),
            challenge: null
          },
          adapter
        };
      }
    }
    const result = await adapter.testConnection();
    if (result.ok)
      return {
        result: {
          ok: true,
          reason: null,
          message: 'Connected. Hostdeck can read your account.',
          challenge: null
        },
        adapter
      };
    return {
      result: {
        ok: false,
        reason: result.reason,
        message: result.message,
        challenge: result.challenge ?? null
      },
      adapter
    };
  };

  /**
   * The REST session token is kept with the password: a login that needed a second factor
   * cannot be repeated unattended, so the next session (and the first sync) reuses it.
   */
  const secretFor = (connection: WhmcsConnection, adapter: WhmcsAdapter): ProfileSecret => {
    if (connection.authMode === 'classic') {
      return {
        kind: 'classic',
        secret: connection.secret,
        ...(connection.accessKey ? { accessKey: connection.accessKey } : {})
      };
    }
    const token = adapter.sessionToken();
    return { kind: 'rest', password: connection.password, ...(token ? { token } : {}) };
  };

  return {
    'profiles:list': async () => ({
      profiles: deps.store.list().map(toProfileView),
      activeId: deps.activeId()
    }),
    'profiles:test-connection': async (connection: ProviderConnection) =>
      connection.authMode === 'hmac' ? testCombell(connection) : (await test(connection)).result,
    'profiles:create': async ({ name, connection }) => {
      if (connection.authMode === 'hmac') return createCombell(name, connection);
      const { result, adapter } = await test(connection);
      if (!result.ok)
        throw new AppFailure(
          result.reason === 'auth' || result.reason === 'second-factor' ? 'auth' : 'provider',
          result.message,
          result.reason === 'auth' || result.reason === 'second-factor'
            ? { code: 'auth-refused' }
            : undefined
        );
      const stored = deps.store.add(
        {
          name,
          kind: 'whmcs',
          baseUrl: connection.baseUrl,
          authMode: connection.authMode,
          login: connection.authMode === 'classic' ? connection.identifier : connection.email,
          clientId: connection.authMode === 'classic' ? connection.clientId : null,
          ...(connection.serverTimeZone ? { serverTimeZone: connection.serverTimeZone } : {})
        },
        new Date(deps.clock.now()).toISOString()
      );
      await storeSecret(stored.id, secretFor(connection, adapter));
      await deps.activate(stored.id);
      return toProfileView(stored);
    },
    'profiles:use-demo': () => useDemo('demo'),
    'profiles:use-combell-demo': () => useDemo('combell'),
    'profiles:switch': async ({ id }) => {
      const profile = deps.store.get(id);
      if (!profile)
        throw new AppFailure('not-found', 'That profile no longer exists.', {
          code: 'profile-not-found'
        });
      await deps.activate(id);
      return toProfileView(profile);
    },
    'profiles:rename': async ({ id, name }) => {
      if (!deps.store.get(id))
        throw new AppFailure('not-found', 'That profile no longer exists.', {
          code: 'profile-not-found'
        });
      return toProfileView(deps.store.update(id, { name }));
    },
    'profiles:remove': async ({ id }) => {
      if (!deps.store.get(id)) return { removed: false, activeId: deps.activeId() };
      if (deps.activeId() === id) await deps.activate(null);
      deps.store.remove(id);
      await deps.secrets.delete(`profile:${id}`);
      deps.removeData(id);
      return { removed: true, activeId: deps.activeId() };
    }
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
