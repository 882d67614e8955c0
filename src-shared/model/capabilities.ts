import { z } from 'zod';

/** What a connected provider can serve, so the UI hides sections it cannot fill. */
export const providerCapabilitiesSchema = z
  .object({
    account: z.boolean(),
    invoices: z.boolean(),
    invoicePdf: z.boolean(),
    credit: z.boolean(),
    transactions: z.boolean(),
    domains: z.boolean(),
    /** The provider renews a domain through its API (the built-in demo's DomainRenew). */
    domainRenew: z.boolean(),
    /**
     * The provider's client area has a domain renewal page under its address (WHMCS); where
     * neither this nor `domainRenew` holds, domains are renewed in the provider's own control
     * panel (Combell).
     */
    domainRenewalPage: z.boolean(),
    /**
     * The provider can turn a domain's auto-renew on and off (`domains:set-auto-renew`);
     * per domain it may still refuse (Combell: unless the domain says `can_toggle_renew`).
     */
    domainAutoRenewToggle: z.boolean(),
    services: z.boolean(),
    tickets: z.boolean(),
    ticketAttachments: z.boolean(),
    usageSnapshots: z.boolean(),
    /** The provider has no usage data: Hostdeck records its own hourly images at each sync. */
    usageRecording: z.boolean(),
    multiAccount: z.boolean()
  })
  .readonly();
export type ProviderCapabilities = z.infer<typeof providerCapabilitiesSchema>;
