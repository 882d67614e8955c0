/**
 * Starts the built-in demo provider in-process the first time a demo profile needs it.
 * Both shells use this; core only sees the DemoProviderPort.
 */
import type { Clock } from '../core/ports';
import type { DemoProviderPort } from '../core/profiles/connect';
import { demoCredentials, startDemoProvider, type FaultConfig } from '../demo-provider';

export interface DemoPortOptions {
  readonly clock?: Clock;
  readonly size?: 'demo' | 'large';
  readonly seed?: number;
  readonly faults?: FaultConfig;
  /** How long the demo staff takes to answer a ticket reply. */
  readonly staffReplyDelayMs?: number;
}

/** A lazily started demo provider, closed with `close()`. */
export function createDemoProviderPort(
  options: DemoPortOptions = {}
): DemoProviderPort & { close(): Promise<void> } {
  let started: ReturnType<typeof startDemoProvider> | null = null;
  return {
    async start() {
      started ??= startDemoProvider({
        port: 0,
        size: options.size ?? 'demo',
        seed: options.seed ?? 1,
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
    async close() {
      if (started) await (await started).close();
      started = null;
    }
  };
}
