/**
 * The composition of core: `createServices(ports)` is called by both shells and returns the
 * contract handlers plus lifecycle hooks. Nothing here knows whether Electron is around.
 */
import type { ContractHandlers } from '../../src-shared/contract';
import type { Settings } from '../../src-shared/contract';
import { AppFailure } from './errors';
import type { Clock, EventSink, Http, Logger, Notifier, SecretStore, SettingsStore } from './ports';
import { vetExternalUrl } from './security/external-url';
import { createSettingsService } from './settings/settings-service';

export interface CorePorts {
  readonly shell: 'electron' | 'web';
  readonly version: string;
  readonly dataDir: string;
  readonly logDir: string;
  readonly clock: Clock;
  readonly http: Http;
  readonly secrets: SecretStore;
  readonly settings: SettingsStore<Settings>;
  readonly notifier: Notifier;
  readonly events: EventSink;
  readonly logger: Logger;
  /** Opens a vetted URL in the system browser; returns false where the shell cannot (web). */
  readonly openExternal: (url: string) => Promise<boolean>;
}

export interface Services {
  readonly handlers: ContractHandlers;
  /** Starts background work (sync timer). */
  start(): void;
  /** Stops background work and closes the cache. */
  dispose(): Promise<void>;
}

/** Builds every core service from the ports. */
export function createServices(ports: CorePorts): Services {
  const settings = createSettingsService(ports.settings, ports.logger);

  const handlers: ContractHandlers = {
    'app:get-status': async () => ({
      version: ports.version,
      shell: ports.shell,
      dataDir: ports.dataDir,
      logDir: ports.logDir,
      profile: null,
      lastSyncAt: null,
      online: true,
      syncing: false,
      secretStorage: ports.secrets.description,
      cacheNotice: null
    }),
    'app:open-external': async ({ url }) => {
      const vetted = vetExternalUrl(url);
      if (!vetted.ok) throw new AppFailure('forbidden', vetted.reason);
      return { opened: await ports.openExternal(vetted.url) };
    },
    'settings:get': async () => settings.get(),
    'settings:update': async (patch) => {
      const next = settings.update(patch);
      ports.events.emit('cache:changed', { scopes: ['settings'] });
      return next;
    }
  };

  return {
    handlers,
    start: () => undefined,
    dispose: async () => undefined
  };
}
