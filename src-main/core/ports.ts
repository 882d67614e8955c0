/**
 * Ports: the only ways core reaches the outside world. Both composition roots
 * (src-main/index.ts for Electron, src-main/web for the web shell) build them; tests pass fakes.
 */
import type { AlertText, ContractEventName, ContractEventPayload } from '@shared/contract';
import type { Target } from '@shared/model/target';

/** Wall-clock time and timers, injectable so rules and retries can be tested with a fake clock. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds of this clock's time (rejects when the signal aborts). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Minimal HTTP request/response used by provider adapters. */
export interface HttpRequest {
  readonly url: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
  readonly signal?: AbortSignal;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/** Sends one HTTP request; rejects on network failure or abort. No retries here. */
export interface Http {
  send(request: HttpRequest): Promise<HttpResponse>;
}

/** Stores secrets (passwords, API secrets) outside settings, the cache and logs. */
export interface SecretStore {
  /** Which backend holds the secrets, for the settings screen ("OS keychain", "session only"). */
  readonly description: string;
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}

/** Typed key/value settings, persisted by conf in every shell (src-main/node/conf-settings-store.ts). */
export interface SettingsStore<T extends object> {
  get(): T;
  set(next: T): void;
  /**
   * Changes whenever what `get` returns may have changed, by any writer (this store, another
   * process, a hand edit), and is much cheaper than `get`: readers may keep a parsed value
   * while it stays the same. Stores without it are read on every call.
   */
  revision?(): string;
}

/** A desktop notification request. */
export interface NotificationRequest {
  readonly id: string;
  /** What to say, as a code and values: the notifier writes it in the chosen language. */
  readonly text: AlertText;
  /** `text` in English, for the log. */
  readonly title: string;
  readonly body: string;
  /** What a click on the notification opens in the window. */
  readonly target?: Target;
}

/** Shows desktop notifications (Electron Notification; web shell: event to the page). */
export interface Notifier {
  notify(request: NotificationRequest): void;
}

/** Pushes contract events to every connected renderer. */
export interface EventSink {
  emit<E extends ContractEventName>(event: E, payload: ContractEventPayload<E>): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured logger. Never pass secrets in messages or fields. */
export interface Logger {
  log(level: LogLevel, message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** A real clock over Date.now and setTimeout. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason ?? new Error('aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    })
};
