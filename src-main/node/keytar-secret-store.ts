/**
 * SecretStore over keytar (the OS keychain: Secret Service on Linux, Keychain on macOS,
 * Credential Vault on Windows). keytar is a native module and an optional dependency: where
 * it could not be built or downloaded, `npm install` goes on without it. So it is loaded
 * lazily, only when a store is chosen, and a missing or broken module means the documented
 * fallback (secrets for this session only, saying why) instead of a crash.
 */
import { createRequire } from 'node:module';
import type { SecretStore } from '../core/ports';

export interface KeytarModule {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/** Loads keytar; throws when it is not installed or its native part does not load. */
export type KeytarLoader = () => KeytarModule;

/** The real loader: a runtime require, so bundles never import keytar up front. */
export const loadKeytar: KeytarLoader = () => {
  const require = createRequire(import.meta.url);
  return require('keytar') as KeytarModule;
};

/** Creates a keychain-backed store under the given service name. */
export function createKeytarSecretStore(
  service: string,
  keytar: KeytarModule = loadKeytar()
): SecretStore {
  return {
    description: 'OS keychain',
    get: (account) => keytar.getPassword(service, account),
    set: (account, secret) => keytar.setPassword(service, account, secret),
    delete: (account) => keytar.deletePassword(service, account)
  };
}

/**
 * Checks that keytar loads and the keychain answers (a read of a probe entry). Returns the
 * reason when it does not, e.g. keytar not installed, or no Secret Service on a headless
 * Linux box.
 */
export async function probeKeytar(
  service: string,
  load: KeytarLoader = loadKeytar
): Promise<{ ok: true } | { ok: false; reason: string }> {
  let keytar: KeytarModule;
  try {
    keytar = load();
  } catch (error) {
    return { ok: false, reason: loadFailure(error) };
  }
  try {
    await withTimeout(keytar.getPassword(service, '__probe__'), 3000);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The secret store of the plain-Node entry points (web shell, CLI): the OS keychain when
 * keytar loads and answers, else secrets kept for this run only, with the reason in the
 * description (the Settings page and `app:get-status` show it).
 */
export async function createNodeSecretStore(
  service: string,
  load: KeytarLoader = loadKeytar
): Promise<SecretStore> {
  const probe = await probeKeytar(service, load);
  return probe.ok
    ? createKeytarSecretStore(service, load())
    : createSessionSecretStore(`no OS keychain: ${probe.reason}`);
}

/** One line on why keytar did not load: not installed, or its native part is broken. */
function loadFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND')
    return 'keytar is not installed (it is optional)';
  const message = error instanceof Error ? error.message : String(error);
  return `keytar could not be loaded (${message.split('\n')[0]})`;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the keychain did not answer within ${ms} ms`)),
      ms
    );
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    );
  });
}

/** A store that keeps secrets in memory for this run only (no keychain available). */
export function createSessionSecretStore(reason: string): SecretStore {
  const values = new Map<string, string>();
  return {
    description: `this session only (${reason})`,
    get: async (account) => values.get(account) ?? null,
    set: async (account, secret) => {
      values.set(account, secret);
    },
    delete: async (account) => values.delete(account)
  };
}
