import { describe, expect, it } from 'vitest';
import type { ContractHandlers } from '@shared/contract';
import { afterEachCall } from '@main/core/after-each-call';
import { AppFailure } from '@main/core/errors';

describe('calls watched from start to end', () => {
  it('tells when a call starts and when it has answered, and passes the answer on', async () => {
    const seen: string[] = [];
    const handlers = afterEachCall(
      {
        'settings:get': async () => {
          seen.push('work');
          return { theme: 'dark' };
        }
      } as unknown as ContractHandlers,
      { started: () => seen.push('started'), settled: () => seen.push('settled') }
    );
    expect(await handlers['settings:get'](undefined)).toEqual({ theme: 'dark' });
    expect(seen).toEqual(['started', 'work', 'settled']);
  });

  it('tells when a refused call has settled too, and passes the refusal on', async () => {
    const seen: string[] = [];
    const handlers = afterEachCall(
      {
        'alerts:snooze': async () => {
          throw new AppFailure('not-found', 'No such alert.');
        }
      } as unknown as ContractHandlers,
      { started: () => seen.push('started'), settled: () => seen.push('settled') }
    );
    await expect(
      handlers['alerts:snooze']({ key: 'k', until: 'next-threshold' } as never)
    ).rejects.toThrow('No such alert.');
    expect(seen).toEqual(['started', 'settled']);
  });
});
