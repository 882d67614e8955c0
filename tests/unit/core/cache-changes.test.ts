import { describe, expect, it } from 'vitest';
import type { ContractHandlers } from '@shared/contract';
import { announcingCacheChanges } from '@main/core/cache-changes';
import { AppFailure } from '@main/core/errors';
import { RecordingEventSink } from '../../fakes/recording-notifier';

/** Handlers for three channels; every other channel is never called here. */
function someHandlers(snoozeFails = false): ContractHandlers {
  return {
    'alerts:snooze': async () => {
      if (snoozeFails) throw new AppFailure('not-found', 'No such alert.');
      return { key: 'domain:1:threshold:30', snoozedUntil: '2026-12-01T00:00:00.000Z' };
    },
    'settings:get': async () => ({ theme: 'dark' }),
    'outbox:discard': async () => ({ discarded: true })
  } as unknown as ContractHandlers;
}

describe('a call announces what its channel declares it changes', () => {
  it('sends one cache:changed with the declared scopes after a successful write, and its answer', async () => {
    const events = new RecordingEventSink();
    const handlers = announcingCacheChanges(someHandlers(), events);
    const answer = await handlers['alerts:snooze']({ key: 'k', until: 'next-threshold' } as never);
    expect(answer).toEqual({
      key: 'domain:1:threshold:30',
      snoozedUntil: '2026-12-01T00:00:00.000Z'
    });
    expect(events.payloadsOf('cache:changed')).toEqual([{ scopes: ['alerts'] }]);
    await handlers['outbox:discard']({ id: '1' } as never);
    expect(events.payloadsOf('cache:changed')).toEqual([
      { scopes: ['alerts'] },
      { scopes: ['outbox'] }
    ]);
  });

  it('announces nothing when the write failed, and passes the failure on', async () => {
    const events = new RecordingEventSink();
    const handlers = announcingCacheChanges(someHandlers(true), events);
    await expect(
      handlers['alerts:snooze']({ key: 'k', until: 'next-threshold' } as never)
    ).rejects.toThrow('No such alert.');
    expect(events.events).toEqual([]);
  });

  it('announces nothing after a read', async () => {
    const events = new RecordingEventSink();
    const handlers = announcingCacheChanges(someHandlers(), events);
    expect(await handlers['settings:get'](undefined)).toEqual({ theme: 'dark' });
    expect(events.events).toEqual([]);
  });
});
