import { describe, expect, it } from 'vitest';
import { createKeytarSecretStore, probeKeytar } from '@main/node/keytar-secret-store';

/**
 * Talks to a real Secret Service (gnome-keyring under dbus-run-session in CI, see .ci/run).
 * Where none is running, the test says why it is skipped; with HOSTDECK_REQUIRE_KEYCHAIN=1
 * (set by .ci/run) a missing keychain is a failure instead.
 */
const service = `Hostdeck-test-${process.pid}`;
const probe = await probeKeytar(service);
const required = process.env['HOSTDECK_REQUIRE_KEYCHAIN'] === '1';
if (!probe.ok && !required) {
  console.log(
    `[keychain] skipped: no Secret Service reachable (${probe.reason}). Run under .ci/run to exercise it.`
  );
}

describe.skipIf(!probe.ok && !required)('the keytar secret store against the OS keychain', () => {
  it('is reachable', () => {
    expect(probe).toEqual({ ok: true });
  });

  it('stores, reads back, replaces and deletes a secret', async () => {
    const store = createKeytarSecretStore(service);
    expect(await store.get('profile:test')).toBeNull();
    await store.set('profile:test', 's3cret-value');
    expect(await store.get('profile:test')).toBe('s3cret-value');
    await store.set('profile:test', 'rotated');
    expect(await store.get('profile:test')).toBe('rotated');
    expect(await store.delete('profile:test')).toBe(true);
    expect(await store.get('profile:test')).toBeNull();
    expect(await store.delete('profile:test')).toBe(false);
  });

  it('keeps secrets of different accounts apart', async () => {
    const store = createKeytarSecretStore(service);
    await store.set('profile:a', 'alpha');
    await store.set('profile:b', 'beta');
    expect(await store.get('profile:a')).toBe('alpha');
    expect(await store.get('profile:b')).toBe('beta');
    await store.delete('profile:a');
    await store.delete('profile:b');
  });
});
