/**
 * A list's filters live in the address (issue 9): a search field's value is the address's
 * `q`. Each keystroke must be in the field and the address before the next one, however fast
 * the reseller types, and clearing the field shows the whole list again.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DOMAIN_PAGE_SIZE } from '@renderer/features/domains/domains-lib';
import { navigate } from '@renderer/lib/router';
import { domainsBridge } from '../domains-fixtures';
import { renderReadyApp } from '../render-app';

function rowNames(): string[] {
  return screen.queryAllByTestId('domain-row').map((row) => row.getAttribute('data-domain') ?? '');
}

describe('a search field kept in the address', () => {
  it('keeps every character typed without a pause, in the field and the address', async () => {
    await renderReadyApp(domainsBridge().bridge);
    act(() => navigate('domains'));
    await screen.findByTestId('domains-table');
    const search = screen.getByLabelText<HTMLInputElement>('Search');

    // Each key adds to what the field holds when it is pressed, with no pause in between.
    for (const key of 'GARAGE') fireEvent.change(search, { target: { value: search.value + key } });
    expect(search.value).toBe('GARAGE');
    expect(window.location.hash).toBe('#/domains?q=GARAGE');
    await waitFor(() => expect(rowNames()).toEqual(['delta-garage.eu']));

    // Emptied at once (select all, delete): the whole list, and no `q` left in the address.
    fireEvent.change(search, { target: { value: '' } });
    expect(search.value).toBe('');
    expect(window.location.hash).toBe('#/domains');
    await waitFor(() => expect(rowNames()).toHaveLength(5));
  });

  it('is kept for "← All domains" when a row is opened, and never read back empty meanwhile', async () => {
    const user = userEvent.setup();
    const { bridge } = domainsBridge();
    await renderReadyApp(bridge);
    act(() => navigate('domains?q=GARAGE'));
    await waitFor(() => expect(rowNames()).toEqual(['delta-garage.eu']));
    await user.click(screen.getByText('delta-garage.eu'));
    await screen.findByTestId('domain-detail');
    // Leaving the list did not make it ask for a page of unfiltered domains on its way out.
    const unfilteredPages = bridge.calls.filter(
      (call) =>
        call.channel === 'domains:list' &&
        (call.input as { q: string; limit: number }).q === '' &&
        (call.input as { limit: number }).limit === DOMAIN_PAGE_SIZE
    );
    expect(unfilteredPages).toEqual([]);

    await user.click(screen.getByRole('link', { name: '← All domains' }));
    await waitFor(() => expect(window.location.hash).toBe('#/domains?q=GARAGE'));
    await waitFor(() => expect(rowNames()).toEqual(['delta-garage.eu']));
    expect(screen.getByLabelText<HTMLInputElement>('Search').value).toBe('GARAGE');
  });
});
