import { describe, expect, it } from 'vitest';
import { eventContract, invokeContract } from '@shared/contract';
import { EVENT_NAME_LIST, INVOKE_CHANNEL_NAMES } from '@shared/contract/channel-names';

describe('the names-only channel lists used by the preload and the web bridge', () => {
  it('hold exactly the invoke channels of the contract, once each', () => {
    expect([...INVOKE_CHANNEL_NAMES].sort()).toEqual(Object.keys(invokeContract).sort());
    expect(new Set(INVOKE_CHANNEL_NAMES).size).toBe(INVOKE_CHANNEL_NAMES.length);
  });

  it('hold exactly the events of the contract, once each', () => {
    expect([...EVENT_NAME_LIST].sort()).toEqual(Object.keys(eventContract).sort());
    expect(new Set(EVENT_NAME_LIST).size).toBe(EVENT_NAME_LIST.length);
  });
});
