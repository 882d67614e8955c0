import { describe, expect, it } from 'vitest';
import {
  HOURLY_SYNC_OFFSET_MS,
  createSyncScheduler,
  nextSyncDelayMs
} from '@main/core/sync/sync-scheduler';
import { FakeClock } from '@tests/fakes/fake-clock';
import { RecordingLogger } from '@tests/fakes/recording-logger';

const flush = () => new Promise((r) => setTimeout(r, 0));
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('background syncs of a profile that records hourly images', () => {
  it('waits at most until just after the next hour starts, whatever the interval', () => {
    const at = (text: string) => Date.parse(text);
    // A 4-hour interval still syncs in every hour slot.
    expect(nextSyncDelayMs(at('2026-11-10T10:30:00Z'), 240, true)).toBe(32 * MIN);
    // A sync that began in the 10:00 slot and ended just after 11:00 still catches 11:00.
    expect(nextSyncDelayMs(at('2026-11-10T11:00:30Z'), 60, true)).toBe(
      HOURLY_SYNC_OFFSET_MS - 30_000
    );
    // A shorter interval is kept.
    expect(nextSyncDelayMs(at('2026-11-10T10:30:00Z'), 15, true)).toBe(15 * MIN);
    // Other profiles keep the configured interval.
    expect(nextSyncDelayMs(at('2026-11-10T10:30:00Z'), 240, false)).toBe(240 * MIN);
  });

  it('runs once in every hour slot over a day while the setting says every 4 hours', async () => {
    const clock = new FakeClock('2026-11-10T10:30:00Z');
    const slots: number[] = [];
    const scheduler = createSyncScheduler({
      clock,
      logger: new RecordingLogger(),
      intervalMinutes: () => 240,
      hourly: () => true,
      run: async () => void slots.push(Math.floor(clock.now() / HOUR))
    });
    scheduler.start();
    for (let i = 0; i < 24 * 6; i += 1) {
      await flush();
      clock.advance(10 * MIN);
    }
    await flush();
    scheduler.stop();
    expect(slots).toHaveLength(24);
    expect(new Set(slots).size).toBe(24);
    expect(slots[0]).toBe(Math.floor(Date.parse('2026-11-10T11:02:00Z') / HOUR));
  });
});
