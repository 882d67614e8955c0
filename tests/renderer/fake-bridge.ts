/**
 * An in-memory HostdeckBridge: scripted handlers per channel, a log of calls, and `emit` to
 * push events as main would. Settings updates go through the real zod schema, so invalid
 * input produces the same envelope main sends.
 */
import {
  settingsUpdateSchema,
  defaultSettings,
  type AppStatus,
  type ContractEventName,
  type ContractEventPayload,
  type HostdeckBridge,
  type InvokeChannel,
  type InvokeInput,
  type InvokeOutput,
  type Settings
} from '@shared/contract';
import { err, ok, type Result } from '@shared/result';
import { syncedSummary, unsyncedSummary } from './onboarding-fixtures';

type Handler<C extends InvokeChannel> = (
  input: InvokeInput<C>
) => Promise<Result<InvokeOutput<C>>> | Result<InvokeOutput<C>>;
type Listener = (payload: never) => void;

/** A status with a connected demo profile, synced five minutes before `now`. */
export function sampleStatus(overrides: Partial<AppStatus> = {}, now = Date.now()): AppStatus {
  return {
    version: '0.1.0',
    shell: 'web',
    dataDir: '/home/reseller/.local/share/hostdeck',
    logDir: '/home/reseller/.local/share/hostdeck/logs',
    profile: { id: 'p1', name: 'Acme Hosting', kind: 'demo' },
    lastSyncAt: new Date(now - 5 * 60_000).toISOString(),
    online: true,
    syncing: false,
    secretStorage: 'OS keychain',
    cacheNotice: null,
    capabilities: null,
    systemLanguages: [],
    ...overrides
  };
}

export class FakeBridge implements HostdeckBridge {
  readonly shell = 'web' as const;
  readonly calls: { readonly channel: InvokeChannel; readonly input: unknown }[] = [];
  status: AppStatus = sampleStatus();
  settings: Settings = defaultSettings();
  private readonly handlers = new Map<InvokeChannel, Handler<InvokeChannel>>();
  private readonly listeners = new Map<ContractEventName, Set<Listener>>();

  constructor() {
    this.handle('app:get-status', () => ok(this.status));
    this.handle('app:open-external', () => ok({ opened: true }));
    this.handle('settings:get', () => ok(this.settings));
    // Before the first sync: the dashboard shows its empty state, the status bar no failure.
    this.handle('account:get-summary', () => ok(unsyncedSummary()));
    this.handle('sync:get-state', () => ok({ entities: [] }));
    this.handle('settings:update', (input) => {
      const parsed = settingsUpdateSchema.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const issues = parsed.error.issues.map(({ path, message }) => ({
          path: path.map((key) => (typeof key === 'number' ? key : String(key))),
          message
        }));
        // Main's envelope with its issues; without a code, so the screen shows the message.
        return {
          ok: false,
          error: {
            kind: 'invalid-input',
            message: `Invalid input for settings:update: ${issue?.path.join('.')}: ${issue?.message}`,
            issues
          }
        };
      }
      this.settings = { ...this.settings, ...parsed.data };
      return ok(this.settings);
    });
  }

  /** Replaces the handler of one channel. */
  handle<C extends InvokeChannel>(channel: C, handler: Handler<C>): void {
    this.handlers.set(channel, handler as unknown as Handler<InvokeChannel>);
  }

  async invoke<C extends InvokeChannel>(
    channel: C,
    input: InvokeInput<C>
  ): Promise<Result<InvokeOutput<C>>> {
    this.calls.push({ channel, input });
    const handler = this.handlers.get(channel) as Handler<C> | undefined;
    if (!handler) return err('not-found', `No fake handler for ${channel}`);
    return handler(input);
  }

  on<E extends ContractEventName>(
    event: E,
    listener: (payload: ContractEventPayload<E>) => void
  ): () => void {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    set.add(listener as Listener);
    this.listeners.set(event, set);
    return () => set.delete(listener as Listener);
  }

  /** Pushes an event to every subscriber, as main would. */
  emit<E extends ContractEventName>(event: E, payload: ContractEventPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? [])
      (listener as (p: ContractEventPayload<E>) => void)(payload);
  }

  /** How many subscribers an event has (to check unsubscription). */
  listenerCount(event: ContractEventName): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  /** How many times a channel was invoked. */
  callCount(channel: InvokeChannel): number {
    return this.calls.filter((call) => call.channel === channel).length;
  }
}

/** A bridge for a first run: no profile yet, so the app shows onboarding's connect form. */
export function firstRunBridge(): FakeBridge {
  const bridge = new FakeBridge();
  bridge.status = sampleStatus({ profile: null, lastSyncAt: null });
  bridge.handle('account:get-summary', () => ok(syncedSummary()));
  bridge.handle('sync:get-state', () => ok({ entities: [] }));
  return bridge;
}
