import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '@shared/contract';
import { ok } from '@shared/result';
import { FakeBridge, sampleStatus } from '../../fake-bridge';
import { DEMO_PROFILE, profileView, syncedSummary } from '../../onboarding-fixtures';
import { currentPage, renderReadyApp } from '../../render-app';

/** A bridge with two profiles (a WHMCS one active, plus the demo) that keeps its own list. */
function twoProfileBridge() {
  const bridge = new FakeBridge();
  let profiles: ProfileView[] = [profileView(), DEMO_PROFILE];
  let activeId: string | null = 'p1';
  const syncStatus = () => {
    const active = profiles.find((p) => p.id === activeId);
    bridge.status = sampleStatus({
      profile: active ? { id: active.id, name: active.name, kind: active.kind } : null
    });
  };
  syncStatus();
  bridge.handle('account:get-summary', () => ok(syncedSummary()));
  bridge.handle('sync:get-state', () => ok({ entities: [] }));
  bridge.handle('profiles:list', () => ok({ profiles, activeId }));
  bridge.handle('profiles:switch', ({ id }) => {
    activeId = id;
    syncStatus();
    return ok(profiles.find((p) => p.id === id) ?? DEMO_PROFILE);
  });
  bridge.handle('profiles:rename', ({ id, name }) => {
    profiles = profiles.map((p) => (p.id === id ? { ...p, name } : p));
    syncStatus();
    return ok(profiles.find((p) => p.id === id) ?? DEMO_PROFILE);
  });
  bridge.handle('profiles:remove', ({ id }) => {
    profiles = profiles.filter((p) => p.id !== id);
    if (activeId === id) activeId = null;
    syncStatus();
    return ok({ removed: true, activeId });
  });
  return bridge;
}

async function openProfiles(bridge: FakeBridge) {
  const user = userEvent.setup();
  await renderReadyApp(bridge);
  await user.click(
    within(screen.getByTestId('status-profile')).getByRole('link', { name: 'Acme Hosting' })
  );
  await screen.findByTestId('profile-p1');
  return user;
}

describe('the profiles page', () => {
  it('opens from the profile name in the status bar and lists every profile', async () => {
    await openProfiles(twoProfileBridge());
    expect(currentPage()).toBe('profiles');
    expect(window.location.hash).toBe('#/profiles');
    const active = screen.getByTestId('profile-p1');
    expect(active.getAttribute('aria-current')).toBe('true');
    expect(active.textContent).toContain('Active');
    expect(active.textContent).toContain('https://billing.acme.example');
    expect(active.textContent).toContain('api-reseller');
    expect(active.textContent).toContain('Classic API');
    const demo = screen.getByTestId('profile-demo');
    expect(demo.textContent).toContain('Demo provider');
    expect(demo.getAttribute('aria-current')).toBeNull();
    // The active profile cannot be switched to again.
    expect(within(active).queryByRole('button', { name: /Switch/ })).toBeNull();
  });

  it('switches to another profile', async () => {
    const bridge = twoProfileBridge();
    const user = await openProfiles(bridge);
    await user.click(screen.getByRole('button', { name: 'Switch to Demo provider' }));
    await waitFor(() =>
      expect(screen.getByTestId('profile-demo').getAttribute('aria-current')).toBe('true')
    );
    expect(bridge.calls.find((c) => c.channel === 'profiles:switch')?.input).toEqual({
      id: 'demo'
    });
    await waitFor(() =>
      expect(screen.getByTestId('status-profile').textContent).toContain('Demo provider')
    );
  });

  it('renames a profile inline, and Cancel leaves it unchanged', async () => {
    const bridge = twoProfileBridge();
    const user = await openProfiles(bridge);
    await user.click(screen.getByRole('button', { name: 'Rename Acme Hosting' }));
    expect(document.activeElement).toBe(screen.getByLabelText('New name for “Acme Hosting”'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(bridge.callCount('profiles:rename')).toBe(0);
    // Focus goes back to the button that opened the form, for Cancel and for Escape.
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Rename Acme Hosting' })
    );
    await user.click(screen.getByRole('button', { name: 'Rename Acme Hosting' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('New name for “Acme Hosting”')).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Rename Acme Hosting' })
    );

    await user.click(screen.getByRole('button', { name: 'Rename Acme Hosting' }));
    const input = screen.getByLabelText('New name for “Acme Hosting”');
    await user.clear(input);
    await user.type(input, 'Acme EU{Enter}');
    await waitFor(() =>
      expect(within(screen.getByTestId('profile-p1')).getByRole('heading').textContent).toContain(
        'Acme EU'
      )
    );
    expect(bridge.calls.find((c) => c.channel === 'profiles:rename')?.input).toEqual({
      id: 'p1',
      name: 'Acme EU'
    });
  });

  it('asks before removing, says what is deleted, and Cancel or Escape keep the profile', async () => {
    const bridge = twoProfileBridge();
    const user = await openProfiles(bridge);
    await user.click(screen.getByRole('button', { name: 'Remove Acme Hosting' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove “Acme Hosting”?' });
    expect(dialog.textContent).toContain('cached data');
    expect(dialog.textContent).toContain('secret stored in your keychain');
    // The safe choice has focus.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const opener = screen.getByRole('button', { name: 'Remove Acme Hosting' });
    expect(document.activeElement).toBe(opener);

    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(bridge.callCount('profiles:remove')).toBe(0);
  });

  it('removes the profile once confirmed', async () => {
    const bridge = twoProfileBridge();
    const user = await openProfiles(bridge);
    await user.click(screen.getByRole('button', { name: 'Remove Demo provider' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Remove provider' }));
    await waitFor(() => expect(screen.queryByTestId('profile-demo')).toBeNull());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // Its Remove button went with it: the list of providers takes focus, not the page body.
    expect(document.activeElement).toBe(screen.getByRole('list', { name: 'Providers' }));
    expect(bridge.calls.find((c) => c.channel === 'profiles:remove')?.input).toEqual({
      id: 'demo'
    });
  });

  it('offers the connect form under "Add provider", with focus in it and back on close', async () => {
    const user = await openProfiles(twoProfileBridge());
    await user.click(screen.getByRole('button', { name: 'Add provider' }));
    expect(screen.getByTestId('connect-form')).toBeTruthy();
    expect(screen.getByLabelText('WHMCS address')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Profile name'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('connect-form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add provider' }));

    await user.click(screen.getByRole('button', { name: 'Add provider' }));
    await user.type(screen.getByLabelText('WHMCS address'), 'https://billing.example.com');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('connect-form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add provider' }));
  });
});
