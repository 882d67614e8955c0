import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/contract';
import { createDomainHandlers } from '@main/core/domains/domain-handlers';
import { upsertEntities } from '@main/core/cache/repositories/entities';
import type { StoredProfile } from '@main/core/profiles/profile-store';
import { type Session } from '@main/core/profile-session';
import { FakeClock } from '../../fakes/fake-clock';
import { makeTempDir } from '../../fakes/temp-dir';
import { openTestSession, sessionContext } from '../../fakes/core-kit';

function whmcsProfile(baseUrl: string): StoredProfile {
  return {
    id: 'p1',
    name: 'My host',
    kind: 'whmcs',
    baseUrl,
    authMode: 'classic',
    login: 'api-id',
    clientId: '7',
    createdAt: '2026-11-01T00:00:00Z'
  };
}

/**
 * A real provider renews domains on its own website: domains:renew opens its renewal page
 * (never touching the network or the adapter), and says so when the shell cannot open it.
 */
describe('domains:renew for a WHMCS provider', () => {
  const clock = new FakeClock('2026-11-22T09:30:00Z');
  let dir: { path: string; cleanup: () => void };
  let session: Session | null = null;
  let opened: string[];

  function handlersFor(baseUrl: string, canOpen: boolean) {
    session = openTestSession(whmcsProfile(baseUrl), dir.path, {
      clock,
      demo: null,
      timeZone: () => 'Europe/Brussels'
    });
    upsertEntities(
      session.cache.db,
      'domains',
      [
        {
          id: '12',
          name: 'client.be',
          status: 'active',
          registeredOn: null,
          expiresOn: '2026-11-25',
          nextDueOn: '2026-11-25',
          autoRenew: false,
          recurringAmount: null,
          registrar: null
        }
      ],
      'run'
    );
    const current = session;
    const ctx = sessionContext(() => current, {
      clock,
      settings: () => defaultSettings(),
      openExternal: async (url) => {
        opened.push(url);
        return canOpen;
      }
    });
    return createDomainHandlers(ctx);
  }

  beforeEach(() => {
    dir = makeTempDir();
    opened = [];
  });
  afterEach(async () => {
    await session?.close();
    session = null;
    dir.cleanup();
  });

  it("opens the provider's renewal page in the browser", async () => {
    const handlers = handlersFor('https://billing.example.com', true);
    await expect(handlers['domains:renew']({ id: '12' })).resolves.toMatchObject({
      mode: 'opened-page',
      url: 'https://billing.example.com/cart.php?gid=renewals'
    });
    expect(opened).toEqual(['https://billing.example.com/cart.php?gid=renewals']);
  });

  it('returns the page URL for the renderer to open when the shell cannot (web shell)', async () => {
    const handlers = handlersFor('https://example.com/billing/', false);
    await expect(handlers['domains:renew']({ id: '12' })).resolves.toMatchObject({
      mode: 'page-url',
      url: 'https://example.com/billing/cart.php?gid=renewals'
    });
  });

  it('refuses a provider address that is not https, and an unknown domain', async () => {
    const handlers = handlersFor('http://billing.example.com', true);
    await expect(handlers['domains:renew']({ id: '12' })).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringMatching(/http:/)
    });
    await expect(handlers['domains:renew']({ id: '404' })).rejects.toMatchObject({
      kind: 'not-found'
    });
    expect(opened).toEqual([]);
  });
});
