import { describe, expect, it } from 'vitest';
import { attachBackgroundTriggers, type BackgroundTrigger } from '@main/electron/background';
import { FakeEmitter } from '../../fakes/fake-electron';

function setup(initiallyOnline: boolean) {
  const powerMonitor = new FakeEmitter();
  const net = { online: initiallyOnline, isOnline: () => net.online };
  const triggers: BackgroundTrigger[] = [];
  let tick: () => void = () => undefined;
  const detach = attachBackgroundTriggers(
    { powerMonitor: powerMonitor as never, net },
    {
      onTrigger: (r) => triggers.push(r),
      setInterval: (fn) => (tick = fn),
      clearInterval: () => (tick = () => undefined)
    }
  );
  return { powerMonitor, net, triggers, tick: () => tick(), detach };
}

describe('background sync triggers', () => {
  it('syncs when the machine wakes from sleep', () => {
    const t = setup(true);
    t.powerMonitor.emit('resume');
    expect(t.triggers).toEqual(['resume']);
  });

  it('syncs once when the network comes back, not while it stays up', () => {
    const t = setup(false);
    t.tick();
    expect(t.triggers).toEqual([]);
    t.net.online = true;
    t.tick();
    t.tick();
    expect(t.triggers).toEqual(['online']);
    t.net.online = false;
    t.tick();
    t.net.online = true;
    t.tick();
    expect(t.triggers).toEqual(['online', 'online']);
  });

  it('stops listening once detached', () => {
    const t = setup(true);
    t.detach();
    t.powerMonitor.emit('resume');
    expect(t.triggers).toEqual([]);
  });
});
