/**
 * The active profile at run time: its cache, its adapter and the background sync loop.
 * Switching profiles closes one session and opens another; only one sync runs at a time.
 */
import { dirname, join } from 'node:path';
import type { SyncProgress } from '@shared/contract';
import type { ProviderCapabilities } from '@shared/model';
import { openCache, type OpenedCache } from './cache/database';
import { getMeta, listSyncStates } from './cache/repositories/sync-state';
import { toAppError } from './errors';
import type { ConnectivityState } from './http/resilient-http';
import type { PdfCacheScope } from './invoices/pdf-downloader';
import { pdfDirOf } from './invoices/pdf-repository';
import { createPdfRunner, type PdfRunner } from './invoices/pdf-runner';
import type { Clock, EventSink, Http, Logger, SecretStore } from './ports';
import {
  configForProfile,
  connect,
  resilientHttpFor,
  type DemoProviderPort,
  type ProfileSecret
} from './profiles/connect';
import { combellAdapterForProfile } from './profiles/connect-combell';
import { COMBELL_CAPABILITIES } from './providers/combell/combell-adapter';
import { recordAfterSync } from './usage/recorder';
import { createSessionOutbox, type SessionOutbox } from './outbox/session-outbox';
import type { StoredProfile } from './profiles/profile-store';
import type { ProviderAdapter } from './providers/provider';
import { runSync, type SyncReport } from './sync/sync-engine';

export interface SessionDeps {
  readonly clock: Clock;
  readonly http: Http;
  readonly secrets: SecretStore;
  readonly events: EventSink;
  readonly logger: Logger;
  readonly demo: DemoProviderPort | null;
  readonly timeZone: () => string;
  /** Page size asked of the provider (CLI --page-size); the adapter's default otherwise. */
  readonly pageSize?: number;
  /** Runs after every sync with the report (alerts evaluation hooks in here). */
  readonly afterSync?: (session: Session, report: SyncReport) => Promise<void> | void;
  /**
   * Caches invoice PDFs in the background after each sync that reached the provider
   * (the app); without it PDFs are only fetched on demand (tests, CLI).
   */
  readonly pdfCache?: { readonly scope: () => PdfCacheScope; readonly pauseMs?: number };
  /**
   * Called when a sync has ended, however it ended: a full sync of a large reseller leaves the
   * heap far larger than what it keeps (the shells give that back, ../node/heap-release).
   */
  readonly releaseMemory?: () => void;
}

export interface Session {
  readonly profile: StoredProfile;
  readonly cache: OpenedCache;
  online(): boolean;
  syncing(): boolean;
  lastSyncAt(): string | null;
  lastProgress(): SyncProgress | null;
  /** Runs a sync unless one is running (then joins it). */
  sync(mode: 'full' | 'incremental'): Promise<SyncReport>;
  cancelSync(): boolean;
  adapter(): Promise<ProviderAdapter>;
  /**
   * What the provider can serve: the connected adapter's answer, a Combell profile's before
   * it connects (fixed), else null (not known yet).
   */
  capabilities(): ProviderCapabilities | null;
  syncStates(): ReturnType<typeof listSyncStates>;
  /** Ticket writes waiting to be sent; every sync sends them too. */
  readonly outbox: SessionOutbox;
  /** The profile's folder of cached invoice PDFs. */
  readonly pdfDir: string;
  /** The background PDF downloader of this session. */
  readonly pdfs: PdfRunner;
  close(): Promise<void>;
}

/** Reads and parses the secret of a profile. */
export async function readProfileSecret(
  secrets: SecretStore,
  id: string
): Promise<ProfileSecret | null> {
  const raw = await secrets.get(`profile:${id}`);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as ProfileSecret;
  } catch {
    return null;
  }
}

/** Opens the cache of a profile and prepares (lazily) its adapter. */
export function openSession(profile: StoredProfile, dir: string, deps: SessionDeps): Session {
  const cache = openCache(join(dir, 'cache.sqlite'), {
    logger: deps.logger,
    now: () => deps.clock.now()
  });
  let connectivity: ConnectivityState = 'online';
  // Whether the provider answered the last request that ended, whoever sent it (a sync, the
  // outbox, a PDF download): one failed call means offline until a call gets through again,
  // even when too few failed to open the circuit.
  let reachable = true;
  let adapterPromise: Promise<ProviderAdapter> | null = null;
  let knownCapabilities: ProviderCapabilities | null =
    profile.kind === 'combell' ? COMBELL_CAPABILITIES : null;
  let running: Promise<SyncReport> | null = null;
  let controller: AbortController | null = null;
  let progress: SyncProgress | null = null;
  const connectDeps = {
    http: deps.http,
    clock: deps.clock,
    logger: deps.logger,
    timeZone: deps.timeZone(),
    onConnectivity: (state: ConnectivityState) => {
      connectivity = state;
      deps.events.emit('cache:changed', { scopes: ['status'] });
    },
    onReachability: (reached: boolean) => {
      if (reached === reachable) return;
      reachable = reached;
      deps.events.emit('cache:changed', { scopes: ['status'] });
    }
  };
  const http = resilientHttpFor(connectDeps);

  const adapter = (): Promise<ProviderAdapter> => {
    adapterPromise ??= (async () => {
      const secret =
        profile.authMode === 'demo' ? null : await readProfileSecret(deps.secrets, profile.id);
      const provider: ProviderAdapter =
        profile.kind === 'combell'
          ? await combellAdapterForProfile(profile, secret, deps.demo, connectDeps)
          : connect(
              await configForProfile(profile, secret, deps.demo, deps.timeZone()),
              http,
              connectDeps
            );
      if (profile.authMode !== 'demo') {
        // Learns the capabilities (usage support is probed) and fails early on bad credentials.
        const test = await provider.testConnection();
        if (!test.ok) {
          const kind =
            test.reason === 'auth' || test.reason === 'second-factor'
              ? 'auth'
              : test.reason === 'ip-not-allowed'
                ? 'ip-not-allowed'
                : test.reason === 'network'
                  ? 'offline'
                  : 'provider';
          throw Object.assign(new Error(test.message), { kind });
        }
      }
      knownCapabilities = provider.capabilities();
      return provider;
    })();
    adapterPromise.catch(() => {
      adapterPromise = null;
    });
    return adapterPromise;
  };

  const pdfDir = pdfDirOf(dirname(cache.path));
  const pdfs = createPdfRunner({
    db: cache.db,
    dir: pdfDir,
    adapter,
    clock: deps.clock,
    logger: deps.logger,
    events: deps.events,
    scope: () => deps.pdfCache?.scope() ?? '24-months',
    timeZone: deps.timeZone,
    ...(deps.pdfCache?.pauseMs === undefined ? {} : { pauseMs: deps.pdfCache.pauseMs })
  });

  const outbox = createSessionOutbox({
    db: cache.db,
    adapter,
    clock: deps.clock,
    logger: deps.logger,
    events: deps.events
  });

  const session: Session = {
    profile,
    cache,
    outbox,
    pdfDir,
    pdfs,
    online: () => connectivity === 'online' && reachable,
    syncing: () => running !== null,
    lastSyncAt: () => getMeta(cache.db, 'last_sync_at'),
    lastProgress: () => progress,
    syncStates: () => listSyncStates(cache.db),
    adapter,
    capabilities: () => knownCapabilities,
    cancelSync() {
      if (!controller) return false;
      controller.abort();
      return true;
    },
    sync(mode) {
      running ??= (async () => {
        controller = new AbortController();
        // Every sync sends the outbox too, alongside the data rather than before it.
        const flushing = outbox.flush().catch((error: unknown) => {
          deps.logger.log('warn', 'outbox flush failed', { error: String(error) });
        });
        // The data comes first: PDF downloads pause during the sync and resume after it.
        await pdfs.stop();
        try {
          const provider = await adapter();
          const report = await runSync(
            {
              db: cache.db,
              adapter: provider,
              clock: deps.clock,
              logger: deps.logger,
              ...(deps.pageSize ? { pageSize: deps.pageSize } : {}),
              onProgress: (p) => {
                progress = p;
                deps.events.emit('sync:progress', p);
              },
              onChanged: (scopes) => deps.events.emit('cache:changed', { scopes: [...scopes] })
            },
            { mode, signal: controller.signal }
          );
          // Hostdeck's own hourly image, for providers without usage data (Combell).
          if (recordAfterSync(cache.db, provider.capabilities(), report, deps.logger))
            deps.events.emit('cache:changed', { scopes: ['usage'] });
          await deps.afterSync?.(session, report);
          const reached = !report.entities.some((e) =>
            ['offline', 'auth', 'ip-not-allowed'].includes(e.error?.kind ?? '')
          );
          if (deps.pdfCache && reached && !report.cancelled) void pdfs.start();
          return report;
        } catch (error) {
          // Connecting failed before any entity ran (missing secret, demo provider down).
          const message = error instanceof Error ? error.message : String(error);
          const at = new Date(deps.clock.now()).toISOString();
          const kind = toAppError(error).kind;
          const failure = {
            phase: 'failed' as const,
            entity: null,
            done: 0,
            total: null,
            fraction: 1,
            message,
            errorKind: kind
          };
          progress = failure;
          deps.events.emit('sync:progress', failure);
          const report: SyncReport = {
            ok: false,
            cancelled: false,
            startedAt: at,
            finishedAt: at,
            entities: [{ entity: 'connection', ok: false, written: 0, error: { kind, message } }]
          };
          // Alerts come from the cache and the clock, so an offline start still raises them.
          await deps.afterSync?.(session, report);
          return report;
        } finally {
          await flushing;
          running = null;
          controller = null;
          deps.events.emit('cache:changed', { scopes: ['status'] });
          deps.releaseMemory?.();
        }
      })();
      return running;
    },
    async close() {
      controller?.abort();
      await running?.catch(() => undefined);
      await outbox.close();
      await pdfs.stop();
      cache.close();
    }
  };
  return session;
}
