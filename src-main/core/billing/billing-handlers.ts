import type { ContractHandlers } from '../../../src-shared/contract';
import { AppFailure } from '../errors';
import type { HandlerContext } from '../handler-context';

/** Dashboard handlers. */
export function createBillingHandlers(_ctx: HandlerContext): Pick<ContractHandlers, 'account:get-summary'> {
  return {
    'account:get-summary': async () => {
      throw new AppFailure('unsupported', 'The dashboard is not available yet.');
    }
  };
}
