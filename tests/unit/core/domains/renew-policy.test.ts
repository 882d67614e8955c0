import { describe, expect, it } from 'vitest';
import { renewPath, type RenewCapabilities } from '@main/core/domains/renew-policy';

const API: RenewCapabilities = { domainRenew: true, domainRenewalPage: true };
const PAGE: RenewCapabilities = { domainRenew: false, domainRenewalPage: true };
const PANEL: RenewCapabilities = { domainRenew: false, domainRenewalPage: false };

describe('renewPath: how a domain is renewed, from the adapter capabilities', () => {
  it('renews through the API where the adapter can, whatever the address (the demo has none)', () => {
    expect(renewPath(API, null)).toEqual({ via: 'api' });
    expect(renewPath(API, 'http://billing.example.com')).toEqual({ via: 'api' });
    expect(renewPath({ domainRenew: true, domainRenewalPage: false }, null)).toEqual({
      via: 'api'
    });
  });

  it("opens the client area's renewal page when the API cannot renew", () => {
    expect(renewPath(PAGE, 'https://billing.example.com')).toEqual({
      via: 'renewal-page',
      url: 'https://billing.example.com/cart.php?gid=renewals'
    });
    expect(renewPath(PAGE, 'https://example.com/billing/')).toEqual({
      via: 'renewal-page',
      url: 'https://example.com/billing/cart.php?gid=renewals'
    });
  });

  it("sends the reseller to the provider's control panel when there is neither", () => {
    // Even with an https address: Combell's address is its API's, not a renewal page.
    expect(renewPath(PANEL, 'https://api.combell.com')).toEqual({ via: 'control-panel' });
    expect(renewPath(PANEL, null)).toEqual({ via: 'control-panel' });
  });

  it('says when a renewal page has no address to live under', () => {
    expect(renewPath(PAGE, null)).toEqual({ via: 'no-address' });
    expect(renewPath(PAGE, '')).toEqual({ via: 'no-address' });
    expect(renewPath(PAGE, undefined)).toEqual({ via: 'no-address' });
  });

  it('refuses a renewal page over http or with credentials in it, and says why', () => {
    expect(renewPath(PAGE, 'http://billing.example.com')).toMatchObject({
      via: 'page-refused',
      reason: expect.stringMatching(/http/) as string
    });
    expect(renewPath(PAGE, 'https://user:secret@billing.example.com')).toMatchObject({
      via: 'page-refused'
    });
    expect(renewPath(PAGE, 'not an address')).toMatchObject({ via: 'page-refused' });
  });
});
