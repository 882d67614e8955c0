import { describe, expect, it } from 'vitest';
import type { ContractHandlers } from '@shared/contract';
import { afterEachCall } from '@main/core/after-each-call';
import { AppFailure } from '@main/core/errors';

describe('something to do after each call', () => {
  it('runs once a call has answered, after its work, and passes the answer on', async () => {
    const seen: string[] = [];
    const handlers = afterEachCall(
      {
        'settings:get': async () => {
          seen.push('work');
          return { theme: 'dark' };
        }
      } as unknown as ContractHandlers,
      () => seen.push('then')
    );
    expect(await handlers['settings:get'](undefined)).toEqual({ theme: 'dark' });
    expect(seen).toEqual(['work', 'then']);
  });

  it('runs after a refused call too, and passes the refusal on', async () => {
    let after = 0;
    const handlers = afterEachCall(
      {
        'alerts:snooze': async () => {
          throw new AppFailure('not-found', 'No such alert.');
        }
      } as unknown as ContractHandlers,
      () => (after += 1)
    );
    await expect(
      handlers['alerts:snooze']({ key: 'k', until: 'next-threshold' } as never)
    ).rejects.toThrow('No such alert.');
    expect(after).toBe(1);
  });
});
