import { z } from 'zod';
import { isoDateSchema, moneySchema, providerIdSchema } from './common';

/** Service (hosting account) status; unrecognised values become 'unknown'. */
export const serviceStatusSchema = z.enum([
  'pending',
  'active',
  'suspended',
  'terminated',
  'cancelled',
  'fraud',
  'completed',
  'unknown'
]);
export type ServiceStatus = z.infer<typeof serviceStatusSchema>;

/**
 * Disk and bandwidth use of a hosting account against its limits, in megabytes as WHMCS
 * reports them (`diskusage`/`disklimit`, `bwusage`/`bwlimit`). A limit of null means the
 * provider sets none (WHMCS sends 0 for "unlimited").
 */
export const serviceUsageSchema = z
  .object({
    diskUsedMb: z.number().nonnegative(),
    diskLimitMb: z.number().positive().nullable(),
    bandwidthUsedMb: z.number().nonnegative(),
    bandwidthLimitMb: z.number().positive().nullable()
  })
  .readonly();
export type ServiceUsage = z.infer<typeof serviceUsageSchema>;

/** A hosting account or other product instance (the "pack" it runs on is `name`). */
export const serviceSchema = z
  .object({
    id: providerIdSchema,
    /** Product / pack name. */
    name: z.string(),
    productId: z.string().nullable(),
    group: z.string().nullable(),
    domain: z.string().nullable(),
    status: serviceStatusSchema,
    /** As the provider writes it ("Monthly", "Annually", "Free Account"...). */
    billingCycle: z.string().nullable(),
    registeredOn: isoDateSchema.nullable(),
    nextDueOn: isoDateSchema.nullable(),
    recurringAmount: moneySchema.nullable(),
    /**
     * Disk and bandwidth figures; absent when the provider gives none. Control-panel
     * passwords, which WHMCS sends next to them, are never part of the model.
     */
    usage: serviceUsageSchema.nullable().optional(),
    /** The server the account lives on, when the provider names it (single sign-on needs one). */
    serverHostname: z.string().nullable().optional(),
    /** Add-ons on the account (Combell), each billed on its own; absent where the provider has none. */
    addons: z
      .array(z.object({ id: z.string(), name: z.string() }).readonly())
      .readonly()
      .optional()
  })
  .readonly();
export type Service = z.infer<typeof serviceSchema>;
