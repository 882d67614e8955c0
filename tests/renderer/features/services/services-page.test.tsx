import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatMb, meterWords, statusChoices } from '@renderer/features/services/services-lib';
import type { InvokeInput } from '@shared/contract';
import { err } from '@shared/result';
import { billingBridge, inputsOf, openRoute, service } from '../../billing-fixtures';
import { sampleStatus } from '../../fake-bridge';

type ListInput = InvokeInput<'services:list'>;

function viewState(): string | null {
  return document.querySelector('[data-page="services"]')?.getAttribute('data-view-state') ?? null;
}

async function waitForState(expected: string) {
  await waitFor(() => expect(viewState()).toBe(expected));
}

function domains(): string[] {
  return screen
    .getAllByTestId('service-row')
    .map((row) => within(row).getByRole('rowheader').textContent ?? '');
}

beforeEach(() => {
  window.location.hash = '';
});

describe('services helpers', () => {
  it('words use against limits the way WHMCS counts megabytes', () => {
    expect(formatMb(300)).toBe('300 MB');
    expect(formatMb(2_560)).toBe('2.5 GB');
    expect(meterWords({ usedMb: 2_560, limitMb: 10_240, percent: 25 })).toBe(
      '2.5 GB of 10 GB (25%)'
    );
    expect(meterWords({ usedMb: 300, limitMb: null, percent: null })).toBe('300 MB, no limit');
    expect(meterWords(null)).toBe('—');
  });

  it('offers the statuses that have services, active first, with their counts', () => {
    expect(statusChoices({ terminated: 2, active: 10 }, 'all')).toEqual([
      { value: 'all', label: 'All', count: 12 },
      { value: 'active', label: 'Active', count: 10 },
      { value: 'terminated', label: 'Terminated', count: 2 }
    ]);
  });
});

describe('the services list', () => {
  it('lists every service with pack, status, cycle, amount, next due and use against limits', async () => {
    await openRoute(billingBridge(), 'services');
    await waitForState('ready');
    expect(domains()).toEqual([
      'ateliertravel.be',
      'goldenyoga.be',
      'riverdesign.be',
      'tuindental.be'
    ]);
    const yoga = screen.getAllByTestId('service-row')[1]!;
    expect(yoga.textContent).toContain('Starter 1');
    expect(yoga.textContent).toContain('Monthly');
    const disk = within(yoga).getByRole('meter', { name: 'Disk use of goldenyoga.be' });
    expect(disk.getAttribute('aria-valuetext')).toBe('1013 MB of 1.0 GB (99%)');
    expect(disk.closest('[data-level]')?.getAttribute('data-level')).toBe('high');
    expect(screen.getAllByTestId('service-row')[3]!.textContent).toContain('—');
    expect(screen.getByTestId('services-count').textContent).toBe('4 services');
  });

  it('filters by status and search, and sorts by disk use', async () => {
    const user = userEvent.setup();
    const bridge = billingBridge();
    await openRoute(bridge, 'services');
    await waitForState('ready');

    await user.click(screen.getByRole('radio', { name: /Suspended/ }));
    await waitFor(() => expect(domains()).toEqual(['riverdesign.be']));
    expect(inputsOf<ListInput>(bridge, 'services:list').at(-1)).toMatchObject({
      status: 'suspended',
      offset: 0
    });

    await user.click(screen.getByRole('radio', { name: /All/ }));
    await user.type(screen.getByLabelText('Search'), 'starter');
    await waitFor(() => expect(domains()).toEqual(['goldenyoga.be']));

    await user.clear(screen.getByLabelText('Search'));
    const disk = screen.getByRole('columnheader', { name: /Disk/ });
    await user.click(within(disk).getByRole('button'));
    await waitFor(() => expect(domains()[0]).toBe('goldenyoga.be'));
    expect(disk.getAttribute('aria-sort')).toBe('descending');
    expect(inputsOf<ListInput>(bridge, 'services:list').at(-1)).toMatchObject({
      sort: 'disk',
      dir: 'desc'
    });
  });

  it('starts use and amounts largest first, the next due date soonest first', async () => {
    const user = userEvent.setup();
    const bridge = billingBridge();
    await openRoute(bridge, 'services');
    await waitForState('ready');
    const lastInput = () => inputsOf<ListInput>(bridge, 'services:list').at(-1);
    const sortBy = (name: RegExp) =>
      user.click(within(screen.getByRole('columnheader', { name })).getByRole('button'));
    await sortBy(/Domain/);
    await waitFor(() => expect(lastInput()).toMatchObject({ sort: 'domain', dir: 'desc' }));
    await sortBy(/Disk/);
    await waitFor(() => expect(lastInput()).toMatchObject({ sort: 'disk', dir: 'desc' }));
    await sortBy(/Next due/);
    await waitFor(() => expect(lastInput()).toMatchObject({ sort: 'next-due', dir: 'asc' }));
    expect(window.location.hash).toBe('#/services?sort=next-due&dir=asc');
  });

  it('says when nothing is cached yet', async () => {
    await openRoute(billingBridge({ services: [] }), 'services');
    await waitForState('empty');
    expect(screen.getByRole('heading', { name: 'No services cached yet' })).toBeTruthy();
  });

  it('says when nothing matches the filters', async () => {
    const user = userEvent.setup();
    await openRoute(billingBridge(), 'services');
    await waitForState('ready');
    await user.type(screen.getByLabelText('Search'), 'nothing like this');
    await waitForState('empty');
    expect(screen.getByRole('heading', { name: 'No services match these filters' })).toBeTruthy();
  });

  it('shows a read failure with Retry', async () => {
    const bridge = billingBridge();
    bridge.handle('services:list', () => err('internal', 'The cache could not be read.'));
    await openRoute(bridge, 'services');
    await waitForState('error');
    expect(screen.getByRole('alert').textContent).toContain('The cache could not be read.');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});

describe('one service', () => {
  it('opens with Enter, shows its facts, and goes back with Escape to its row', async () => {
    const user = userEvent.setup();
    await openRoute(billingBridge(), 'services');
    await waitForState('ready');
    within(screen.getAllByTestId('service-row')[0]!).getByRole('link').focus();
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/services/1');
    await waitForState('ready');
    const detail = screen.getByTestId('service-detail');
    await waitFor(() => expect(document.activeElement?.id).toBe('service-title'));
    expect(detail.textContent).toContain('Reseller Hosting');
    expect(detail.textContent).toContain('srv1.example.net');
    expect(
      within(detail).getByRole('meter', { name: 'Disk use' }).getAttribute('aria-valuetext')
    ).toBe('2.5 GB of 10 GB (25%)');
    await user.keyboard('{Escape}');
    await waitForState('ready');
    await waitFor(() =>
      expect(document.activeElement?.closest('tr')?.getAttribute('data-service')).toBe('1')
    );
  });

  it('logs in to the control panel through a one-time link opened outside the app', async () => {
    const user = userEvent.setup();
    const bridge = billingBridge();
    await openRoute(bridge, 'services/1');
    await waitForState('ready');
    await user.click(screen.getByRole('button', { name: 'Log in to control panel' }));
    await waitFor(() =>
      expect(inputsOf(bridge, 'app:open-external')).toEqual([
        { url: 'https://panel.example.net/sso?service=1&token=one-time' }
      ])
    );
    expect(inputsOf(bridge, 'services:login-url')).toEqual([{ id: '1' }]);
  });

  it('offers no control-panel login where the provider has none', async () => {
    await openRoute(billingBridge(), 'services/3');
    await waitForState('ready');
    expect(screen.getByTestId('service-detail').textContent).toContain('Suspended');
    expect(screen.queryByRole('button', { name: 'Log in to control panel' })).toBeNull();
  });

  it('cannot log in to the control panel offline', async () => {
    const offline = billingBridge({ services: [service('9')] });
    offline.status = sampleStatus({ online: false });
    await openRoute(offline, 'services/9');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Log in to control panel' })).toHaveProperty(
        'disabled',
        true
      )
    );
  });

  it('says when a service is not cached', async () => {
    await openRoute(billingBridge(), 'services/404');
    await waitForState('error');
    expect(screen.getByRole('alert').textContent).toContain('Service 404 is not in the cache');
  });
});
