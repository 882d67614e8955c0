/**
 * "Renewals ahead" draws its bars only once the window has been still: the card's figures and
 * table come at once, the drawing's space says "Drawing the chart…", and a scroll of the list
 * before the quiet time is over puts the drawing off again.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RenewalsAhead } from '@shared/contract';
import { RenewalsChart } from '@renderer/features/domains/renewals-chart';

const SUMMARY: RenewalsAhead = {
  currency: 'EUR',
  months: Array.from({ length: 12 }, (_, i) => ({
    month: `2027-${String(i + 1).padStart(2, '0')}`,
    count: i % 3,
    costMinor: (i % 3) * 1_299,
    unpricedCount: 0
  })),
  totalCount: 12,
  totalCostMinor: 12 * 1_299
};

const bars = (): number => document.querySelectorAll('.recharts-bar-rectangle').length;

async function pass(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('the renewals-ahead chart', () => {
  beforeEach(() => {
    // jsdom lays nothing out: the card's space is given the width a window would.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows its figures at once and draws the bars once the window is still', async () => {
    render(<RenewalsChart summary={SUMMARY} />);
    const card = screen.getByTestId('renewals-ahead');
    expect(card.textContent).toContain('12 renewals in the next 12 months');
    expect(within(card).getAllByRole('row')).toHaveLength(13);
    expect(card.textContent).toContain('Drawing the chart…');
    expect(bars()).toBe(0);

    // The list scrolls before the quiet time is over: still no drawing.
    await pass(250);
    fireEvent.scroll(document.body);
    await pass(250);
    expect(bars()).toBe(0);
    expect(card.textContent).toContain('Drawing the chart…');

    await pass(60);
    vi.useRealTimers();
    await waitFor(() => expect(bars()).toBeGreaterThan(0));
    expect(card.textContent).not.toContain('Drawing the chart…');
  });
});
