/**
 * Starts the built-in demo provider in-process the first time a demo profile needs it.
 * Both shells use this; core only sees the DemoProviderPort.
 */
import type { Clock } from '../core/ports';
import type { DemoProviderPort } from '../core/profiles/connect';
import { demoCredentials, startDemoProvider, type FaultConfig } from '../demo-provider';
import {
  startCombellDemoProvider,
  type CombellDemoProvider
} from '../demo-provider/combell/server';

export interface DemoPortOptions {
  readonly clock?: Clock;
  readonly size?: 'demo' | 'large';
  readonly seed?: number;
  readonly faults?: FaultConfig;
  /** How long the demo staff takes to answer a ticket reply. */
  readonly staffReplyDelayMs?: number;
}

/** The port plus its lifecycle: `pause`/`resume` simulate an outage (test control only). */
export interface ManagedDemoProviderPort extends DemoProviderPort {
  /** Refuses connections until `resume()`, keeping the provider's data; no-op if not started. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  close(): Promise<void>;
}

/** A lazily started demo provider, closed with `close()`. */
export function createDemoProviderPort(options: DemoPortOptions = {}): ManagedDemoProviderPort {
  let started: ReturnType<typeof startDemoProvider> | null = null;
  let combell: Promise<CombellDemoProvider> | null = null;
  return {
    async startCombell() {
      combell ??= startCombellDemoProvider({
        port: 0,
        seed: options.seed ?? 1,
        ...(options.clock ? { clock: options.clock } : {})
      });
      const provider = await combell;
      return { url: provider.url, ...provider.credentials };
    },
    async start(startOptions) {
      // The first start fixes the demo's data, its calendar zone included.
      started ??= startDemoProvider({
        port: 0,
        size: options.size ?? 'demo',
        seed: options.seed ?? 1,
        ...(startOptions?.timeZone ? { timeZone: startOptions.timeZone } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.faults ? { faults: options.faults } : {}),
        staffReplyDelayMs: options.staffReplyDelayMs ?? 60_000
      });
      const provider = await started;
      return {
        url: provider.url,
        identifier: demoCredentials.identifier,
        secret: demoCredentials.secret,
        clientId: String(demoCredentials.clientId)
      };
    },
    async pause() {
      if (started) await (await started).pause();
    },
    async resume() {
      if (started) await (await started).resume();
    },
    async close() {
      if (started) await (await started).close();
      started = null;
      if (combell) await (await combell).close();
      combell = null;
    }
  };
}
