/**
 * Alerts move at a threshold crossing without a sync: the composition both shells share
 * (createServices, used by the web shell and Electron main) keeps a timer on the app's clock
 * that runs the stored alert pass when the next crossing arrives — here a domain entering the
 * 2-day window at local midnight in the reseller's zone.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '@shared/contract';
import type { Services } from '@main/core/create-core';
import { createDemoProviderPort } from '@main/node/demo-provider-port';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingEventSink, RecordingNotifier } from '../../fakes/recording-notifier';
import { makeTempDir } from '../../fakes/temp-dir';
import { memorySettings, webServices } from '../../fakes/core-kit';

const MINUTE = 60_000;

describe('the alert pass at a threshold crossing', () => {
  // 23:50 in Brussels: the demo's domain 2 expires in 3 days (stage 3) and, with a 2-day
  // threshold, enters the 2-day window at local midnight, ten minutes from now.
  const clock = new FakeClock('2026-11-22T22:50:00Z');
  const notifier = new RecordingNotifier();
  const events = new RecordingEventSink();
  const demo = createDemoProviderPort({ clock });
  const settingsStore = memorySettings({
    ...defaultSettings(),
    timeZone: 'Europe/Brussels',
    alertThresholds: [60, 30, 14, 7, 3, 2, 1],
    quietHours: null
  });
  let dir: { path: string; cleanup: () => void };
  let services: Services;

  const call = async <T>(channel: string, input?: unknown): Promise<T> =>
    (services.handlers as unknown as Record<string, (i: unknown) => Promise<T>>)[channel]!(input);
  /** The stored pass's alert for domain 2, read from the table itself (no read handler runs). */
  const storedKeyOf2 = (): string | undefined =>
    (
      services
        .session()!
        .cache.db.prepare("SELECT key FROM alert_results WHERE domain_id = '2'")
        .get() as { key: string } | undefined
    )?.key;
  const syncAttempts = async (): Promise<string> =>
    JSON.stringify(
      (
        await call<{ entities: { entity: string; lastAttemptAt: string | null }[] }>(
          'sync:get-state'
        )
      ).entities.map((e) => [e.entity, e.lastAttemptAt])
    );
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  beforeAll(async () => {
    dir = makeTempDir();
    services = webServices({
      dataDir: dir.path,
      clock,
      settings: settingsStore,
      notifier,
      events,
      demoProvider: demo
    });
    services.start();
    await call('profiles:use-demo');
    expect((await call<{ ok: boolean }>('sync:run-now', { mode: 'full' })).ok).toBe(true);
  }, 60_000);

  afterAll(async () => {
    await services?.dispose();
    await demo.close();
    dir?.cleanup();
  });

  it('stores the new stage, notifies and tells the renderer once local midnight passes', async () => {
    expect(storedKeyOf2()).toBe('domain:2:threshold:3');
    const attempts = await syncAttempts();
    notifier.clear();
    events.events.length = 0;

    // Five minutes before midnight nothing has crossed yet.
    clock.advance(5 * MINUTE);
    await settle();
    expect(storedKeyOf2()).toBe('domain:2:threshold:3');
    expect(notifier.ids).toEqual([]);

    // Past midnight: the timer runs the pass on its own.
    clock.advance(6 * MINUTE);
    await vi.waitFor(() => expect(storedKeyOf2()).toBe('domain:2:threshold:2'));
    expect(notifier.ids).toContain('domain:2:threshold:2');
    expect(events.payloadsOf('cache:changed').some((p) => p.scopes.includes('alerts'))).toBe(true);
    expect(events.payloadsOf('alerts:changed').length).toBeGreaterThan(0);
    // …and no sync ran for it.
    expect(await syncAttempts()).toBe(attempts);
  });
});
