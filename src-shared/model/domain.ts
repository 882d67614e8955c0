import { z } from 'zod';
import { isoDateSchema, moneySchema, providerIdSchema } from './common';

/** Domain status, normalized from the WHMCS strings; unrecognised values become 'unknown'. */
export const domainStatusSchema = z.enum([
  'pending',
  'pending_registration',
  'pending_transfer',
  'active',
  'grace',
  'redemption',
  'expired',
  'cancelled',
  'fraud',
  'transferred_away',
  'unknown'
]);
export type DomainStatus = z.infer<typeof domainStatusSchema>;

/** A registered domain. */
export const domainSchema = z
  .object({
    id: providerIdSchema,
    name: z.string(),
    status: domainStatusSchema,
    registeredOn: isoDateSchema.nullable(),
    /** Registrar expiry. */
    expiresOn: isoDateSchema.nullable(),
    /** Billing renewal date; WHMCS renewal notices run on this one, and it can differ from expiry. */
    nextDueOn: isoDateSchema.nullable(),
    /** !donotrenew; null when the provider does not say. */
    autoRenew: z.boolean().nullable(),
    recurringAmount: moneySchema.nullable(),
    registrar: z.string().nullable()
  })
  .readonly();
export type Domain = z.infer<typeof domainSchema>;
