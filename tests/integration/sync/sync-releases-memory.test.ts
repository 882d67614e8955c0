/**
 * Both shells give back the heap a sync grew (../../../src-main/node/heap-release): the
 * composition asks for it when a sync has ended, whether it succeeded or not, after it has told
 * the screens the sync is over, and after every call (an export grows the heap too). Against
 * the demo provider over loopback HTTP and a real cache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/contract';
import type { Services } from '@main/core/create-core';
import { createDemoProviderPort } from '@main/node/demo-provider-port';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingEventSink } from '../../fakes/recording-notifier';
import { makeTempDir } from '../../fakes/temp-dir';
import { memorySettings, webServices } from '../../fakes/core-kit';

describe('memory after a sync', () => {
  const clock = new FakeClock('2026-11-22T10:00:00Z');
  const events = new RecordingEventSink();
  const demo = createDemoProviderPort({ clock });
  let dir: { path: string; cleanup: () => void };
  let services: Services;
  /** What the shell saw when it was asked to give memory back: the last sync phase announced. */
  const releases: (string | null)[] = [];

  beforeAll(async () => {
    dir = makeTempDir();
    services = webServices({
      dataDir: dir.path,
      clock,
      settings: memorySettings({ ...defaultSettings(), quietHours: null }),
      events,
      demoProvider: demo,
      releaseMemory: () => releases.push(events.payloadsOf('sync:progress').at(-1)?.phase ?? null)
    });
    await services.handlers['profiles:use-demo'](undefined);
  }, 60_000);

  afterAll(async () => {
    await services?.dispose();
    await demo.close();
    dir?.cleanup();
  });

  it('is given back once a sync has finished, not before', async () => {
    // Using the demo provider starts an incremental sync of its own: let it end first.
    await services.session()?.sync('incremental');
    releases.length = 0;
    const report = await services.session()!.sync('full');
    expect(report.ok).toBe(true);
    expect(releases).toEqual(['finished']);
  });

  it('is given back after a sync that was stopped too', async () => {
    releases.length = 0;
    const session = services.session()!;
    const running = session.sync('full');
    // No release may run meanwhile.
    expect(services.busy()).toBe(true);
    expect(session.cancelSync()).toBe(true);
    const report = await running;
    expect(report.cancelled).toBe(true);
    expect(releases).toEqual(['cancelled']);
  });

  it('is given back after a call, an export of the statement', async () => {
    releases.length = 0;
    expect(services.busy()).toBe(false);
    // Over the contract, as the screens call it: once, when the call has answered.
    const exporting = services.handlers['statement:export-csv']({
      from: '2026-01-01',
      to: '2026-11-30'
    });
    // No release may run while it is under way.
    expect(services.busy()).toBe(true);
    const { csv } = await exporting;
    expect(csv).toContain('\n');
    expect(releases).toHaveLength(1);
    expect(services.busy()).toBe(false);
  });
});
