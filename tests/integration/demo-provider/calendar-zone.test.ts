import { afterEach, describe, expect, it } from 'vitest';
import { configForProfile } from '@main/core/profiles/connect';
import type { StoredProfile } from '@main/core/profiles/profile-store';
import { createDemoProviderPort } from '@main/node/demo-provider-port';
import { FakeClock } from '../../fakes/fake-clock';

/**
 * The built-in demo follows the reseller's calendar: at 23:30 UTC on 29 February 2028 it is
 * already 1 March in Brussels, so the domain "expiring tomorrow" expires on 2 March there.
 */
describe('the built-in demo provider started for a profile', () => {
  const port = createDemoProviderPort({ clock: new FakeClock('2028-02-29T23:30:00Z') });
  afterEach(() => port.close());

  it('dates expiries from today in the reseller’s zone', async () => {
    const demoProfile: StoredProfile = {
      id: 'demo',
      name: 'Demo',
      kind: 'demo',
      baseUrl: null,
      authMode: 'demo',
      login: null,
      clientId: null,
      createdAt: '2028-02-29T23:30:00Z'
    };
    const config = await configForProfile(demoProfile, null, port, 'Europe/Brussels');
    if (config.auth.mode !== 'classic') throw new Error('the demo speaks the classic API');
    const form = new URLSearchParams({
      action: 'GetClientsDomains',
      responsetype: 'json',
      identifier: config.auth.identifier,
      secret: config.auth.secret,
      clientid: config.auth.clientId,
      limitnum: '1'
    });
    const reply = await fetch(`${config.baseUrl}/includes/api.php`, { method: 'POST', body: form });
    const body = (await reply.json()) as { domains: { domain: { expirydate: string }[] } };
    expect(body.domains.domain[0]?.expirydate).toBe('2028-03-02');
  });
});
