import { describe, expect, it } from 'vitest';
import { renewalPageUrl } from '@main/core/domains/renewal-page';

describe("a WHMCS provider's renewal page", () => {
  it('lives directly under the client area, with or without a trailing slash', () => {
    expect(renewalPageUrl('https://billing.example.com')).toEqual({
      ok: true,
      url: 'https://billing.example.com/cart.php?gid=renewals'
    });
    expect(renewalPageUrl('https://example.com/billing/')).toEqual({
      ok: true,
      url: 'https://example.com/billing/cart.php?gid=renewals'
    });
    expect(renewalPageUrl('https://example.com/billing')).toEqual({
      ok: true,
      url: 'https://example.com/billing/cart.php?gid=renewals'
    });
  });

  it('is refused over plain http, with credentials in the address, or without an address', () => {
    expect(renewalPageUrl('http://billing.example.com')).toMatchObject({ ok: false });
    expect(renewalPageUrl('https://user:secret@billing.example.com')).toMatchObject({
      ok: false
    });
    expect(renewalPageUrl('not an address')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not an address')
    });
  });
});
