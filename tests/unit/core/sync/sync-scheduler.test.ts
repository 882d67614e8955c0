import { describe, expect, it } from 'vitest';
import { createSyncScheduler } from '@main/core/sync/sync-scheduler';
import { FakeClock } from '@tests/fakes/fake-clock';
import { RecordingLogger } from '@tests/fakes/recording-logger';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the background sync scheduler', () => {
  it('syncs once per interval of the clock, and follows a changed interval', async () => {
    const clock = new FakeClock();
    let minutes = 30;
    let runs = 0;
    const scheduler = createSyncScheduler({
      clock,
      logger: new RecordingLogger(),
      intervalMinutes: () => minutes,
      run: async () => void runs++
    });
    scheduler.start();
    await flush();
    clock.advance(29 * 60_000);
    await flush();
    expect(runs).toBe(0);
    clock.advance(60_000);
    await flush();
    expect(runs).toBe(1);
    minutes = 5;
    scheduler.reschedule();
    await flush();
    clock.advance(5 * 60_000);
    await flush();
    expect(runs).toBe(2);
    scheduler.stop();
    clock.advance(60 * 60_000);
    await flush();
    expect(runs).toBe(2);
  });

  it('syncs at once on a kick and restarts the wait, so triggers coalesce', async () => {
    const clock = new FakeClock();
    let runs = 0;
    const scheduler = createSyncScheduler({
      clock,
      logger: new RecordingLogger(),
      intervalMinutes: () => 30,
      run: async () => void runs++
    });
    scheduler.start();
    await flush();
    clock.advance(20 * 60_000);
    scheduler.kick();
    await flush();
    expect(runs).toBe(1);
    clock.advance(20 * 60_000);
    await flush();
    expect(runs).toBe(1);
    clock.advance(10 * 60_000);
    await flush();
    expect(runs).toBe(2);
    scheduler.stop();
  });

  it('keeps running after a failed sync and logs it', async () => {
    const clock = new FakeClock();
    const logger = new RecordingLogger();
    let runs = 0;
    const scheduler = createSyncScheduler({
      clock,
      logger,
      intervalMinutes: () => 5,
      run: async () => {
        runs++;
        throw new Error('provider down');
      }
    });
    scheduler.start();
    await flush();
    for (let i = 0; i < 3; i++) {
      clock.advance(5 * 60_000);
      await flush();
    }
    expect(runs).toBe(3);
    expect(logger.entries.filter((e) => e.message === 'background sync failed')).toHaveLength(3);
    scheduler.stop();
  });
});
