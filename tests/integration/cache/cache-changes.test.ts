/**
 * What the composition both shells share (createServices) tells the renderer after a call:
 * one `cache:changed` with the scopes the channel declares it changes, after the call
 * succeeded; nothing after a read or a refused call. Against the demo provider over loopback
 * HTTP and a real SQLite cache.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CACHE_SCOPES,
  defaultSettings,
  invokeContract,
  type InvokeChannel,
  type InvokeInput,
  type InvokeOutput
} from '@shared/contract';
import type { Services } from '@main/core/create-core';
import { createDemoProviderPort } from '@main/node/demo-provider-port';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingEventSink } from '../../fakes/recording-notifier';
import { makeTempDir } from '../../fakes/temp-dir';
import { memorySettings, webServices } from '../../fakes/core-kit';

describe('the cache changes a call announces', () => {
  const clock = new FakeClock('2026-11-22T10:00:00Z');
  const events = new RecordingEventSink();
  const demo = createDemoProviderPort({ clock });
  const settingsStore = memorySettings({
    ...defaultSettings(),
    timeZone: 'Europe/Brussels',
    quietHours: null
  });
  let dir: { path: string; cleanup: () => void };
  let services: Services;

  const call = <C extends InvokeChannel>(
    channel: C,
    input: InvokeInput<C>
  ): Promise<InvokeOutput<C>> => {
    const parsed = invokeContract[channel].input.parse(input);
    const handler = services.handlers[channel] as (i: unknown) => Promise<InvokeOutput<C>>;
    return handler(parsed);
  };
  const announced = () => events.payloadsOf('cache:changed').map((p) => [...p.scopes].sort());

  beforeAll(async () => {
    dir = makeTempDir();
    services = webServices({
      dataDir: dir.path,
      clock,
      settings: settingsStore,
      events,
      demoProvider: demo
    });
    await call('profiles:use-demo', undefined);
    expect((await call('sync:run-now', { mode: 'full' })).ok).toBe(true);
  }, 60_000);

  afterAll(async () => {
    await services?.dispose();
    await demo.close();
    dir?.cleanup();
  });

  beforeEach(() => events.clear());

  it('a settings change: one announcement of the settings', async () => {
    await call('settings:update', { theme: 'dark' });
    expect(announced()).toEqual([['settings']]);
  });

  it('reads announce nothing', async () => {
    await call('domains:list', {});
    await call('alerts:list', { limit: 50 });
    await call('invoices:list', {});
    await call('account:get-summary', undefined);
    expect(announced()).toEqual([]);
  });

  it('a refused call announces nothing', async () => {
    await expect(call('alerts:acknowledge', { key: 'domain:nope:threshold:30' })).rejects.toThrow();
    await expect(call('profiles:rename', { id: 'nope', name: 'X' })).rejects.toThrow();
    expect(announced()).toEqual([]);
  });

  it('an acknowledged alert: the alerts, after the alert pass that ran for it', async () => {
    const { groups } = await call('alerts:list', { limit: 50 });
    const alert = groups.flatMap((g) => g.alerts)[0];
    expect(alert).toBeDefined();
    events.clear();
    await call('alerts:acknowledge', { key: alert!.key });
    expect(announced().at(-1)).toEqual(['alerts']);
  });

  it('a profile switch: one announcement of every scope but the settings', async () => {
    const { activeId } = await call('profiles:list', undefined);
    events.clear();
    await call('profiles:switch', { id: activeId! });
    const everyScopeButSettings = CACHE_SCOPES.filter((s) => s !== 'settings').sort();
    expect(announced()[0]).toEqual(everyScopeButSettings);
    expect(announced().filter((scopes) => scopes.length === everyScopeButSettings.length)).toEqual([
      everyScopeButSettings
    ]);
  });
});
