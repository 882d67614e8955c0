import { afterAll, describe, expect, it } from 'vitest';
import type { RenewCapabilities } from '@main/core/domains/renew-policy';
import { combellAdapterForProfile } from '@main/core/profiles/connect-combell';
import {
  configForProfile,
  connect,
  renewCapabilitiesBeforeConnect,
  type ConnectDeps,
  type ProfileSecret
} from '@main/core/profiles/connect';
import type { StoredProfile } from '@main/core/profiles/profile-store';
import type { ProviderAdapter } from '@main/core/providers/provider';
import { createDemoProviderPort } from '@main/node/demo-provider-port';
import { createNodeHttp } from '@main/node/node-http';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingLogger } from '../../fakes/recording-logger';

const ZONE = 'Europe/Brussels';

function profile(
  kind: StoredProfile['kind'],
  authMode: StoredProfile['authMode'],
  baseUrl: string | null
): StoredProfile {
  return {
    id: `${kind}-${authMode}`,
    name: 'My host',
    kind,
    baseUrl,
    authMode,
    login: authMode === 'demo' ? null : 'login',
    clientId: authMode === 'classic' ? '7' : null,
    createdAt: '2026-11-01T00:00:00Z'
  };
}

function renewCapabilitiesOf(adapter: ProviderAdapter): RenewCapabilities {
  const { domainRenew, domainRenewalPage } = adapter.capabilities();
  return { domainRenew, domainRenewalPage };
}

/**
 * Before a profile's adapter connects, `domains:renew` reads how it will renew from the
 * profile (so a renewal page opens without a connection): that answer must be the one the
 * adapter built from the profile gives, for every kind of profile. No request is sent.
 */
describe('how a profile renews domains, before and after its adapter is built', () => {
  const clock = new FakeClock('2026-11-22T09:30:00Z');
  const demo = createDemoProviderPort({ clock });
  const http = createNodeHttp();
  const deps: ConnectDeps = { http, clock, logger: new RecordingLogger(), timeZone: ZONE };

  afterAll(async () => {
    await demo.close();
  });

  async function built(p: StoredProfile, secret: ProfileSecret | null): Promise<ProviderAdapter> {
    if (p.kind === 'combell') return combellAdapterForProfile(p, secret, demo, deps);
    return connect(await configForProfile(p, secret, demo, ZONE), http, deps);
  }

  it('the built-in demo renews through its API', async () => {
    const demoProfile = profile('demo', 'demo', null);
    expect(renewCapabilitiesBeforeConnect(demoProfile)).toEqual({
      domainRenew: true,
      domainRenewalPage: true
    });
    expect(renewCapabilitiesOf(await built(demoProfile, null))).toEqual(
      renewCapabilitiesBeforeConnect(demoProfile)
    );
  });

  it('a WHMCS provider, classic or REST, renews on its client-area renewal page', async () => {
    const cases: [StoredProfile, ProfileSecret][] = [
      [
        profile('whmcs', 'classic', 'https://billing.example.com'),
        { kind: 'classic', secret: 's3cr3t' }
      ],
      [profile('whmcs', 'rest', 'https://billing.example.com'), { kind: 'rest', password: 'pw' }]
    ];
    for (const [p, secret] of cases) {
      expect(renewCapabilitiesBeforeConnect(p)).toEqual({
        domainRenew: false,
        domainRenewalPage: true
      });
      expect(renewCapabilitiesOf(await built(p, secret))).toEqual(
        renewCapabilitiesBeforeConnect(p)
      );
    }
  });

  it('Combell, its demo or a real account, renews in its own control panel', async () => {
    const cases: [StoredProfile, ProfileSecret | null][] = [
      [profile('combell', 'demo', null), null],
      [profile('combell', 'classic', null), { kind: 'combell', apiSecret: 'secret' }]
    ];
    for (const [p, secret] of cases) {
      expect(renewCapabilitiesBeforeConnect(p)).toEqual({
        domainRenew: false,
        domainRenewalPage: false
      });
      expect(renewCapabilitiesOf(await built(p, secret))).toEqual(
        renewCapabilitiesBeforeConnect(p)
      );
    }
  });
});
