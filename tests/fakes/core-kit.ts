/**
 * Core wired for a test on the test's own clock: a session or both shells' composition over a
 * real cache in a folder the test owns, with recording fakes where the test does not look.
 */
import { createServices, type CorePorts, type Services } from '@main/core/create-core';
import type { WhmcsAdapterConfig } from '@main/core/providers/whmcs/config';
import { demoCredentials } from '@main/demo-provider';
import type { HandlerContext } from '@main/core/handler-context';
import type { SecretStore, SettingsStore } from '@main/core/ports';
import type { Settings } from '@shared/contract';
import { openSession, type Session, type SessionDeps } from '@main/core/profile-session';
import type { StoredProfile } from '@main/core/profiles/profile-store';
import { createNodeHttp } from '@main/node/node-http';
import { RecordingLogger } from './recording-logger';
import { RecordingEventSink, RecordingNotifier } from './recording-notifier';

/** A secret store that holds nothing (the demo provider needs no stored secret). */
export function noSecrets(): SecretStore {
  return {
    description: 'none',
    get: async () => null,
    set: async () => undefined,
    delete: async () => false
  };
}

/** Settings kept in memory, starting from `initial`. */
export function memorySettings(initial: Settings): SettingsStore<Settings> {
  let stored = initial;
  return {
    get: () => stored,
    set: (next) => {
      stored = next;
    }
  };
}

/** A session of `profile` in `dir` over loopback HTTP; no secrets and recording fakes unless given. */
export function openTestSession(
  profile: StoredProfile,
  dir: string,
  deps: Omit<SessionDeps, 'http' | 'secrets' | 'events' | 'logger'> & Partial<SessionDeps>
): Session {
  return openSession(profile, dir, {
    http: createNodeHttp(),
    secrets: noSecrets(),
    events: new RecordingEventSink(),
    logger: new RecordingLogger(),
    ...deps
  });
}

/**
 * What handlers see of an active session: `session` is both the session and the required one;
 * recording fakes and a shell that cannot open a browser unless given.
 */
export function sessionContext(
  session: () => Session,
  parts: Pick<HandlerContext, 'clock' | 'settings'> & Partial<HandlerContext>
): HandlerContext {
  return {
    logger: new RecordingLogger(),
    events: new RecordingEventSink(),
    notifier: new RecordingNotifier(),
    openExternal: async () => false,
    session,
    requireSession: session,
    ...parts
  };
}

/** Both shells' composition as the web shell builds it, data and logs in `dataDir`. */
export function webServices(
  ports: Pick<CorePorts, 'dataDir' | 'clock' | 'settings' | 'events' | 'demoProvider'> &
    Partial<CorePorts>
): Services {
  return createServices({
    shell: 'web',
    version: 't',
    logDir: ports.dataDir,
    http: createNodeHttp(),
    secrets: noSecrets(),
    notifier: new RecordingNotifier(),
    logger: new RecordingLogger(),
    openExternal: async () => false,
    autoDemo: false,
    ...ports
  });
}

/** The demo client's sign-in over the classic API. */
export function demoClassicAuth(): WhmcsAdapterConfig['auth'] {
  return {
    mode: 'classic',
    identifier: demoCredentials.identifier,
    secret: demoCredentials.secret,
    clientId: String(demoCredentials.clientId)
  };
}
