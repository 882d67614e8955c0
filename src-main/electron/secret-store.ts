/**
 * The SecretStore for the desktop app. In order of preference: the OS keychain through
 * keytar; Electron `safeStorage` ciphertext in a JSON file under userData; and when neither
 * protects anything, a session-only store that says so. Secrets never go to settings, the
 * cache or the logs.
 */
import type { Logger, SecretStore } from '../core/ports';
import { createSessionSecretStore } from '../node/keytar-secret-store';
import type { ElectronSafeStorage } from './electron-types';
import { createSafeStorageFileStore } from './safe-storage-file';

/** The keytar probe result, as `probeKeytar` reports it. */
export type KeytarProbe = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** What the choice is made from; gathered once at start-up. */
export interface SecretBackendFacts {
  readonly platform: NodeJS.Platform;
  readonly keytar: KeytarProbe;
  /** `safeStorage.isEncryptionAvailable()` (after the plain-text opt-in, if any). */
  readonly encryptionAvailable: boolean;
  /** `safeStorage.getSelectedStorageBackend()` on Linux, else null. */
  readonly linuxBackend: string | null;
  /** settings.allowWeakSecretStorage. */
  readonly allowWeak: boolean;
}

export type SecretBackendChoice =
  | { readonly kind: 'keytar' }
  | { readonly kind: 'safe-storage'; readonly weak: boolean }
  | { readonly kind: 'session'; readonly reason: string };

/**
 * Picks the backend. Linux's `basic_text` backend encrypts with a hard-coded password, so it
 * is refused unless the user opted in; refusing means session-only, never a silent weak file.
 */
export function chooseSecretBackend(facts: SecretBackendFacts): SecretBackendChoice {
  if (facts.keytar.ok) return { kind: 'keytar' };
  const weak = facts.platform === 'linux' && facts.linuxBackend === 'basic_text';
  if (weak && !facts.allowWeak) {
    return {
      kind: 'session',
      reason: 'no keyring found; allow weak secret storage in settings to keep secrets'
    };
  }
  if (!facts.encryptionAvailable)
    return { kind: 'session', reason: 'no OS keychain or encryption available' };
  return { kind: 'safe-storage', weak };
}

/** The settings-screen label of a safeStorage-backed file. */
export function safeStorageDescription(
  platform: NodeJS.Platform,
  linuxBackend: string | null,
  weak: boolean
): string {
  if (weak) return 'weakly protected file (Linux basic_text store)';
  if (platform === 'darwin') return 'encrypted file (key in the macOS Keychain)';
  if (platform === 'win32') return 'encrypted file (Windows DPAPI)';
  return `encrypted file (key in ${linuxBackend ?? 'the OS keyring'})`;
}

export interface ElectronSecretStoreOptions {
  readonly safeStorage: Pick<
    ElectronSafeStorage,
    | 'isEncryptionAvailable'
    | 'encryptString'
    | 'decryptString'
    | 'getSelectedStorageBackend'
    | 'setUsePlainTextEncryption'
  >;
  readonly platform: NodeJS.Platform;
  /** Electron's userData directory (holds `secrets.json`). */
  readonly dataDir: string;
  readonly allowWeakSecretStorage: boolean;
  /** The keytar adapter from src-main/node, or null to skip it. */
  readonly keytar: { probe(): Promise<KeytarProbe>; create(): SecretStore } | null;
  readonly logger: Logger;
}

/** Gathers the facts, chooses, and builds the store. Call after `app` is ready. */
export async function createElectronSecretStore(
  options: ElectronSecretStoreOptions
): Promise<{ readonly store: SecretStore; readonly choice: SecretBackendChoice }> {
  const keytar: KeytarProbe = options.keytar
    ? await options.keytar.probe()
    : { ok: false, reason: 'keytar disabled' };
  const linuxBackend =
    options.platform === 'linux' ? options.safeStorage.getSelectedStorageBackend() : null;
  // basic_text only reports itself available after the explicit opt-in.
  if (linuxBackend === 'basic_text' && options.allowWeakSecretStorage && !keytar.ok) {
    options.safeStorage.setUsePlainTextEncryption(true);
  }
  const choice = chooseSecretBackend({
    platform: options.platform,
    keytar,
    encryptionAvailable: options.safeStorage.isEncryptionAvailable(),
    linuxBackend,
    allowWeak: options.allowWeakSecretStorage
  });
  options.logger.log('info', 'secret storage selected', {
    backend: choice.kind,
    ...(keytar.ok ? {} : { keytar: keytar.reason }),
    ...(linuxBackend ? { linuxBackend } : {})
  });
  if (choice.kind === 'keytar' && options.keytar) return { store: options.keytar.create(), choice };
  if (choice.kind === 'safe-storage') {
    const store = createSafeStorageFileStore({
      safeStorage: options.safeStorage,
      dataDir: options.dataDir,
      backend: linuxBackend ?? options.platform,
      description: safeStorageDescription(options.platform, linuxBackend, choice.weak),
      logger: options.logger
    });
    return { store, choice };
  }
  const reason = choice.kind === 'session' ? choice.reason : 'keytar unavailable';
  return { store: createSessionSecretStore(reason), choice };
}
