import type { ContractHandlers } from '../../../src-shared/contract';
import { AppFailure } from '../errors';
import type { HandlerContext } from '../handler-context';

/** Usage handlers. */
export function createUsageHandlers(_ctx: HandlerContext): Pick<ContractHandlers, 'usage:get-month' | 'usage:export-csv'> {
  const unavailable = async (): Promise<never> => {
    throw new AppFailure('unsupported', 'The usage screen is not available yet.');
  };
  return { 'usage:get-month': unavailable, 'usage:export-csv': unavailable };
}
