/**
 * Composition root of the web shell: builds the ports from plain-Node adapters, creates the
 * same core services the Electron shell uses, and serves them over loopback HTTP.
 */
import { randomBytes } from 'node:crypto';
import { dispatch } from '../core/dispatch';
import {
  systemClock,
  type Clock,
  type EventSink,
  type Notifier,
  type SecretStore
} from '../core/ports';
import { createServices, type Services } from '../core/create-core';
import { createConfSettingsStore } from '../node/conf-settings-store';
import { createDemoProviderPort, type DemoPortOptions } from '../node/demo-provider-port';
import { createFileLogger } from '../node/file-logger';
import { createHeapReleaser } from '../node/heap-release';
import { createNodeSecretStore } from '../node/keytar-secret-store';
import { createNodeHttp } from '../node/node-http';
import { logDirFor } from '../node/paths';
import { lockDownDataDir } from '../node/private-data-dir';
import { startWebServer, type WebServer } from './server';
import { startTestControl } from './test-control';
import { systemLanguagesFromEnv } from '../node/system-languages';

export interface WebShellOptions {
  readonly dataDir: string;
  readonly port?: number;
  readonly staticDir: string | null;
  readonly version: string;
  readonly token?: string;
  readonly clock?: Clock;
  /** Secret store override (tests); defaults to the OS keychain, else session-only. */
  readonly secrets?: SecretStore;
  readonly echoLogs?: boolean;
  /** Options of the built-in demo provider (tests pass a fake clock or faults). */
  readonly demo?: DemoPortOptions;
  /** Start on the demo provider when no profile exists (default true). */
  readonly autoDemo?: boolean;
  /** Serve the test-only control (./test-control): end-to-end tests stop and start the demo provider. */
  readonly testControl?: boolean;
}

export interface WebShell {
  readonly url: string;
  readonly token: string;
  readonly server: WebServer;
  readonly services: Services;
  /** The test control's base URL when `testControl` is on, else null. */
  readonly testControlUrl: string | null;
  close(): Promise<void>;
}

/** Starts core + web server. The returned URL carries the per-run token. */
export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const privacy = lockDownDataDir(options.dataDir);
  const logDir = logDirFor(options.dataDir);
  const logger = createFileLogger(logDir, { echo: options.echoLogs ?? false });
  for (const failure of privacy.failures)
    logger.log('warn', 'could not make a data file private', failure);
  const secrets = options.secrets ?? (await createNodeSecretStore('Hostdeck'));
  let sink: EventSink = { emit: () => undefined };
  const events: EventSink = { emit: (event, payload) => sink.emit(event, payload) };
  const notifier: Notifier = {
    // Browsers show alerts from events; the desktop notification itself is the page's job.
    notify: (request) =>
      logger.log('info', 'notification', { id: request.id, title: request.title })
  };
  const demoProvider = createDemoProviderPort({
    ...(options.clock ? { clock: options.clock } : {}),
    ...options.demo
  });
  // Not in the middle of a sync or a call: the end of each asks again.
  const heap = createHeapReleaser({ logger, busy: () => services.busy() });
  const services = createServices({
    shell: 'web',
    version: options.version,
    dataDir: options.dataDir,
    logDir,
    clock: options.clock ?? systemClock,
    http: createNodeHttp(),
    secrets,
    settings: createConfSettingsStore(options.dataDir, logger),
    notifier,
    events,
    logger,
    // The server cannot open the user's browser tab; the page opens vetted links itself.
    openExternal: async () => false,
    demoProvider,
    autoDemo: options.autoDemo ?? true,
    // Main's own words (logs aside) follow the machine; the page follows its browser's languages.
    systemLanguages: () => systemLanguagesFromEnv(),
    releaseMemory: () => heap.releaseSoon()
  });
  const server = await startWebServer({
    token,
    port: options.port ?? 0,
    staticDir: options.staticDir,
    call: (channel, input) => dispatch(services.handlers, channel, input, logger),
    logger
  });
  sink = server.events;
  const testControl = options.testControl ? await startTestControl(token, { demoProvider }) : null;
  services.start();
  logger.log('info', 'web shell started', { port: server.port });
  return {
    url: `${server.url}?token=${token}`,
    token,
    server,
    services,
    testControlUrl: testControl?.url ?? null,
    close: async () => {
      await testControl?.close();
      await services.dispose();
      heap.cancel();
      await server.close();
      await demoProvider.close();
    }
  };
}
