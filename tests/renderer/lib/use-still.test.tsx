/**
 * Work that waits for a still window (the domains' renewals chart): it comes once nothing has
 * scrolled, wheeled or been typed for the quiet time, and every such move starts the wait again.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStillFor } from '@renderer/lib/use-still';

function Probe() {
  return <p data-testid="probe">{useStillFor(300) ? 'drawn' : 'waiting'}</p>;
}

const shown = (): string => screen.getByTestId('probe').textContent ?? '';

/** Lets `ms` pass (the idle moment the hook then waits for is a 0 ms task in jsdom). */
async function pass(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('useStillFor', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('waits for the quiet time, then stays true', async () => {
    render(<Probe />);
    expect(shown()).toBe('waiting');
    await pass(299);
    expect(shown()).toBe('waiting');
    await pass(1);
    await pass(1);
    expect(shown()).toBe('drawn');
    // A scroll after that changes nothing.
    fireEvent.scroll(document.body);
    await pass(1000);
    expect(shown()).toBe('drawn');
  });

  it('starts the wait again at each scroll, wheel, touch move or key press', async () => {
    const scroller = document.createElement('div');
    document.body.append(scroller);
    render(<Probe />);
    const moves = [
      () => fireEvent.scroll(scroller),
      () => fireEvent.wheel(scroller),
      () => fireEvent.touchMove(scroller),
      () => fireEvent.keyDown(scroller, { key: 'PageDown' })
    ];
    for (const move of moves) {
      await pass(250);
      move();
    }
    // 1,000 ms since the first render, 0 since the last move.
    await pass(299);
    expect(shown()).toBe('waiting');
    await pass(1);
    await pass(1);
    expect(shown()).toBe('drawn');
    scroller.remove();
  });

  it('stops listening when its component goes', async () => {
    const remove = vi.spyOn(document, 'removeEventListener');
    const { unmount } = render(<Probe />);
    unmount();
    expect(remove.mock.calls.map((call) => call[0]).sort()).toEqual([
      'keydown',
      'scroll',
      'touchmove',
      'wheel'
    ]);
    remove.mockRestore();
  });
});
