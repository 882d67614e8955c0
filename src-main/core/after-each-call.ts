/**
 * Calls watched from start to end: `started` when a call begins, `settled` once it has
 * answered or been refused. Core counts the calls under way with it and asks the shell to give
 * memory back after each (../node/heap-release): the statement, its CSV or the accountant's
 * ZIP of a large reseller grows the heap as a sync does (a statement of four years of the
 * `large` demo data, its CSV and the ZIP: from 59 MB to 222 MB of heap, 491 MB resident; 32 MB
 * and 265 MB once given back), and the releaser decides whether the heap grew enough to be
 * worth a collection, and waits while calls are under way.
 */
import type { ContractHandlers, InvokeChannel } from '@shared/contract';

type AnyHandler = (input: never) => Promise<unknown>;

export interface CallWatch {
  readonly started: () => void;
  readonly settled: () => void;
}

/** The handlers, each telling `watch` when its call starts and when it has settled. */
export function afterEachCall(handlers: ContractHandlers, watch: CallWatch): ContractHandlers {
  const wrapped: Partial<Record<InvokeChannel, AnyHandler>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [InvokeChannel, AnyHandler][]) {
    wrapped[channel] = async (input) => {
      watch.started();
      try {
        return await handler(input);
      } finally {
        watch.settled();
      }
    };
  }
  return wrapped as ContractHandlers;
}
