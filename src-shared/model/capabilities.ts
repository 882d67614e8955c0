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
    domainRenew: z.boolean(),
    services: z.boolean(),
    tickets: z.boolean(),
    ticketAttachments: z.boolean(),
    usageSnapshots: z.boolean(),
    multiAccount: z.boolean()
  })
  .readonly();
export type ProviderCapabilities = z.infer<typeof providerCapabilitiesSchema>;
