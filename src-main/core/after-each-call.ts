/**
 * Something to do once each call has settled, answered or refused. The shells give the request
 * to give memory back (../node/heap-release): the statement, its CSV or the accountant's ZIP
 * of a large reseller grows the heap as a sync does (a statement of four years of the `large`
 * demo data, its CSV and the ZIP: from 59 MB to 222 MB of heap, 491 MB resident; 32 MB and
 * 265 MB once given back), and the releaser decides whether the heap grew enough to be worth
 * a collection.
 */
import type { ContractHandlers, InvokeChannel } from '@shared/contract';

type AnyHandler = (input: never) => Promise<unknown>;

/** The handlers, each running `then` when its call has settled. */
export function afterEachCall(handlers: ContractHandlers, then: () => void): ContractHandlers {
  const wrapped: Partial<Record<InvokeChannel, AnyHandler>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [InvokeChannel, AnyHandler][]) {
    wrapped[channel] = async (input) => {
      try {
        return await handler(input);
      } finally {
        then();
      }
    };
  }
  return wrapped as ContractHandlers;
}
