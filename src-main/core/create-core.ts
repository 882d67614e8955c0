/**
 * The composition of core: `createServices(ports)` is called by both shells and returns the
 * contract handlers plus lifecycle hooks. Nothing here knows whether Electron is around.
 */
import { rmSync } from 'node:fs';
import type { ContractHandlers, Settings } from '@shared/contract';
import { invalidatedBy } from '@shared/contract/cache-scopes';
import { afterEachCall } from './after-each-call';
import { createAlertHandlers } from './alerts/alert-handlers';
import { createAccountHandlers } from './account/account-handlers';
import { createDomainHandlers } from './domains/domain-handlers';
import { announcingCacheChanges } from './cache-changes';
import { AppFailure } from './errors';
import type { HandlerContext } from './handler-context';
import { createOutboxHandlers } from './outbox/outbox-handlers';
import { outboxItemsForTicket } from './outbox/outbox-repository';
import { createInvoiceHandlers } from './invoices/invoice-handlers';
import { createUsageHandlers } from './usage/usage-handlers';
import type { Clock, EventSink, Http, Logger, Notifier, SecretStore, SettingsStore } from './ports';
import { createPriceHandlers } from './prices/price-handlers';
import { createProfileHandlers } from './profiles/profile-handlers';
import { openProfileStore } from './profiles/profile-store';
import type { DemoProviderPort } from './profiles/connect';
import { vetExternalUrl } from './security/external-url';
import { openSession, type Session } from './profile-session';
import { createServiceHandlers } from './services/service-handlers';
import { createSettingsService } from './settings/settings-service';
import { createSyncScheduler } from './sync/sync-scheduler';
import { createTicketHandlers } from './tickets/ticket-handlers';

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
  /** The built-in demo provider; null where it is not shipped. */
  readonly demoProvider: DemoProviderPort | null;
  /** With no profile at all, start on the demo provider so a new user sees a living app. */
  readonly autoDemo?: boolean;
  /** The OS's preferred languages, most preferred first (for the Language setting 'system'). */
  readonly systemLanguages?: () => readonly string[];
  /**
   * Gives back, soon, the memory a burst of work left unused (the shells: a memory-reducing
   * collection of the JavaScript heap, ../node/heap-release). Asked after every sync and
   * every call; `Services.busy` says when not to run it.
   */
  readonly releaseMemory?: () => void;
}

export interface Services {
  readonly handlers: ContractHandlers;
  /** The active session, if any (the shells use it for tray counts and tests). */
  session(): Session | null;
  /**
   * True while a sync or a call is under way: the shells give memory back only when it is
   * false (the end of each asks again).
   */
  busy(): boolean;
  /** Starts background work (sync timer). */
  start(): void;
  /**
   * The computer woke up (or the network came back): syncs now and restarts the background
   * wait, so a profile recording hourly images records this hour at once.
   */
  wake(): void;
  /** Stops background work and closes the cache. */
  dispose(): Promise<void>;
}

/** Builds every core service from the ports. */
export function createServices(ports: CorePorts): Services {
  const settings = createSettingsService(ports.settings, ports.logger);
  const profiles = openProfileStore(ports.dataDir);
  let current: Session | null = null;
  let cacheNotice: string | null = null;

  const requireSession = (): Session => {
    if (!current)
      throw new AppFailure(
        'not-found',
        'No provider is connected yet. Connect one in Settings or use the demo provider.',
        { code: 'no-provider-connected' }
      );
    return current;
  };
  const ctx: HandlerContext = {
    clock: ports.clock,
    logger: ports.logger,
    events: ports.events,
    notifier: ports.notifier,
    settings: () => settings.get(),
    session: () => current,
    requireSession,
    openExternal: ports.openExternal
  };
  const alerts = createAlertHandlers(ctx);
  const usage = createUsageHandlers(ctx);

  const sessionDeps = {
    afterSync: async (session: Session, report: Parameters<typeof alerts.afterSync>[1]) => {
      await alerts.afterSync(session, report);
      await usage.afterSync(session, report);
    },
    clock: ports.clock,
    http: ports.http,
    secrets: ports.secrets,
    events: ports.events,
    logger: ports.logger,
    demo: ports.demoProvider,
    timeZone: () => settings.get().timeZone,
    pdfCache: { scope: () => settings.get().pdfCacheScope },
    ...(ports.releaseMemory ? { releaseMemory: ports.releaseMemory } : {})
  };

  const activate = async (id: string | null): Promise<Session | null> => {
    await current?.close();
    current = null;
    profiles.setActive(id);
    if (id) {
      const profile = profiles.get(id);
      if (profile) {
        current = openSession(profile, profiles.dirOf(id), sessionDeps);
        cacheNotice = current.cache.notice;
      }
    }
    // The next threshold crossing is the new profile's (or none without one).
    alerts.watchCrossings();
    return current;
  };

  const scheduler = createSyncScheduler({
    clock: ports.clock,
    logger: ports.logger,
    intervalMinutes: () => settings.get().syncIntervalMinutes,
    hourly: () => current?.capabilities()?.usageRecording === true,
    run: async () => {
      await current?.sync('incremental');
    }
  });

  const profileHandlers = createProfileHandlers({
    store: profiles,
    secrets: ports.secrets,
    clock: ports.clock,
    http: ports.http,
    logger: ports.logger,
    timeZone: () => settings.get().timeZone,
    activate: async (id) => {
      const session = await activate(id);
      if (session) void session.sync('incremental');
    },
    removeData: (id) => rmSync(profiles.dirOf(id), { recursive: true, force: true }),
    activeId: () => current?.profile.id ?? null
  });

  const handlers: ContractHandlers = {
    'app:get-status': async () => ({
      version: ports.version,
      shell: ports.shell,
      dataDir: ports.dataDir,
      logDir: ports.logDir,
      profile: current
        ? { id: current.profile.id, name: current.profile.name, kind: current.profile.kind }
        : null,
      lastSyncAt: current?.lastSyncAt() ?? null,
      online: current?.online() ?? true,
      syncing: current?.syncing() ?? false,
      secretStorage: ports.secrets.description,
      cacheNotice,
      capabilities: current?.capabilities() ?? null,
      systemLanguages: [...(ports.systemLanguages?.() ?? [])]
    }),
    'app:open-external': async ({ url }) => {
      const vetted = vetExternalUrl(url);
      if (!vetted.ok) throw new AppFailure('forbidden', vetted.reason, { code: 'link-refused' });
      return { opened: await ports.openExternal(vetted.url) };
    },
    'settings:get': async () => settings.get(),
    'settings:update': async (patch) => {
      const next = settings.update(patch);
      scheduler.reschedule();
      alerts.watchCrossings();
      return next;
    },
    ...profileHandlers,
    ...createAccountHandlers(ctx),
    ...createPriceHandlers(ctx),
    ...createDomainHandlers(ctx, {
      // Auto-renew changes which thresholds alert: the alert pass runs again at once.
      afterDomainChange: (session) =>
        alerts.afterSync(session, {
          ok: true,
          cancelled: false,
          startedAt: new Date(ports.clock.now()).toISOString(),
          finishedAt: new Date(ports.clock.now()).toISOString(),
          entities: []
        })
    }),
    ...usage.handlers,
    ...createTicketHandlers(ctx, outboxItemsForTicket),
    ...createOutboxHandlers(ctx),
    ...createInvoiceHandlers(ctx),
    ...createServiceHandlers(ctx),
    ...alerts.handlers,
    'sync:run-now': async ({ mode }) => {
      const report = await requireSession().sync(mode);
      return { ...report, entities: report.entities.map((e) => ({ ...e })) };
    },
    'sync:cancel': async () => ({ cancelled: current?.cancelSync() ?? false }),
    'sync:get-state': async () => ({
      entities: (current?.syncStates() ?? []).map((s) => ({
        entity: s.entity,
        lastSuccessAt: s.lastSuccessAt,
        lastAttemptAt: s.lastAttemptAt,
        lastError: s.lastErrorKind
          ? { kind: s.lastErrorKind, message: s.lastErrorMessage ?? '' }
          : null,
        resumable: s.cursor !== null
      }))
    })
  };

  // Each call announces the cache scopes its channel declares it changes.
  const announced = announcingCacheChanges(handlers, ports.events);
  // Any call may have grown the heap (an export, the statement, the accountant's ZIP).
  const { releaseMemory } = ports;
  let callsUnderWay = 0;
  const served = releaseMemory
    ? afterEachCall(announced, {
        started: () => (callsUnderWay += 1),
        settled: () => {
          callsUnderWay -= 1;
          releaseMemory();
        }
      })
    : announced;

  return {
    handlers: served,
    session: () => current,
    busy: () => callsUnderWay > 0 || current?.syncing() === true,
    start() {
      void (async () => {
        const activeId = profiles.activeId();
        if (!activeId && profiles.list().length === 0 && ports.autoDemo && ports.demoProvider) {
          await announced['profiles:use-demo'](undefined);
          return; // use-demo activated it, announced it and started the first sync
        }
        const session = await activate(activeId);
        // Every scope but the settings now holds this profile's data (or none).
        ports.events.emit('cache:changed', { scopes: [...invalidatedBy('profiles:switch')] });
        if (session) void session.sync('incremental');
      })().catch((error: unknown) =>
        ports.logger.log('error', 'start-up failed', { error: String(error) })
      );
      scheduler.start();
    },
    wake() {
      scheduler.kick();
    },
    async dispose() {
      scheduler.stop();
      alerts.stopWatchingCrossings();
      await current?.close();
      current = null;
    }
  };
}
